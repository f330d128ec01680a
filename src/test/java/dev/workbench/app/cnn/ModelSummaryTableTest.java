package dev.workbench.app.cnn;

import dev.workbench.app.FxWait;
import dev.workbench.app.shell.Theme;
import dev.workbench.lessons.insight.LayerSummary;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layer table at 200% text in a narrow pane: every header and cell is read in full. */
@ExtendWith(ApplicationExtension.class)
class ModelSummaryTableTest {
    private ModelSummaryTable summary;

    @Start
    void start(Stage stage) {
        summary = new ModelSummaryTable();
        StackPane root = new StackPane(summary);
        root.setStyle("-fx-font-size: 26px;");
        Scene scene = new Scene(root, 500, 500);
        scene.getStylesheets().addAll(Theme.areaSheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void noHeaderOrCellIsCutShort(FxRobot robot) {
        robot.interact(() -> summary.show(List.of(
                new LayerSummary(0, "conv1", "ConvolutionLayer", "[20, 24, 24]", 520),
                new LayerSummary(1, "pool1", "SubsamplingLayer", "[20, 12, 12]", 0),
                new LayerSummary(2, "dense", "DenseLayer", "[500]", 1_600_500))));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = FxWait.fx(10, () -> java.util.stream.Stream.concat(
                        robot.lookup(".column-header .text").queryAllAs(Text.class).stream(),
                        robot.lookup(".table-cell .text").queryAllAs(Text.class).stream())
                .map(Text::getText).filter(text -> text.endsWith("…") || text.endsWith("...")).toList());
        assertTrue(cut.isEmpty(), "cut short: " + cut);
        for (TableColumn<LayerSummary, ?> column : FxWait.fx(10, () -> summary.table().getColumns())) {
            assertTrue(FxWait.fx(10, column::getWidth) >= FxWait.fx(10, column::getMinWidth) - 0.5, column.getText());
        }
        // Too narrow for all four at 200%: it scrolls sideways rather than clipping the last columns.
        robot.interact(() -> summary.setMaxWidth(300));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FxWait.fx(10, () -> summary.table().getColumnResizePolicy() == javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY));
    }
}
