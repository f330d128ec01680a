package dev.workbench.app.compare;

import dev.workbench.app.charts.ChartFormat;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.List;

/**
 * The lanes of a ready-made comparison, read-only, each with its chart colour and, while it races,
 * its speed in updates and samples per second (the point of the batch-size lesson).
 */
public final class LaneChips extends FlowPane {
    public static final String STYLE_CLASS = "lane-chips";
    public static final String CHIP_CLASS = "lane-chip";
    public static final String SPEED_CLASS = "lane-speed";

    private final List<Label> speeds = new ArrayList<>();

    public LaneChips() {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
    }

    public void show(List<String> labels) {
        getChildren().clear();
        speeds.clear();
        for (int i = 0; i < labels.size(); i++) {
            Circle swatch = new Circle(7);
            swatch.getStyleClass().addAll(RaceTable.SWATCH_CLASS, RaceTable.laneClass(i));
            Label speed = new Label();
            speed.getStyleClass().add(SPEED_CLASS);
            speed.managedProperty().bind(speed.visibleProperty());
            speed.setVisible(false);
            speed.setTooltip(new Tooltip("Parameter updates and training samples per second of the lane's own training time"));
            speeds.add(speed);
            Label chip = new Label(labels.get(i), swatch);
            chip.getStyleClass().add(CHIP_CLASS);
            HBox box = new HBox(chip, speed);
            box.getStyleClass().add("lane-chip-box");
            box.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(box);
        }
    }

    /** Puts each row's speed beside its lane; an empty list hides the speeds. */
    public void showSpeeds(List<RaceRow> rows) {
        for (int i = 0; i < speeds.size(); i++) {
            Label speed = speeds.get(i);
            RaceRow row = i < rows.size() ? rows.get(i) : null;
            boolean known = row != null && Double.isFinite(row.updatesPerSecond());
            speed.setVisible(known);
            speed.setText(known ? ChartFormat.whole(row.updatesPerSecond()) + " updates/s · "
                    + ChartFormat.whole(row.samplesPerSecond()) + " samples/s" : "");
        }
    }

    /** The speed text of a lane (0-based), empty while unknown. */
    public String speedText(int lane) {
        return lane < speeds.size() ? speeds.get(lane).getText() : "";
    }
}
