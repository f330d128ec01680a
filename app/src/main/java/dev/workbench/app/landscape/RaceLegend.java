package dev.workbench.app.landscape;

import atlantafx.base.theme.Styles;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.landscape.Arrival;
import dev.workbench.lessons.landscape.Vec2;
import dev.workbench.lessons.optim.OptimizerConfig;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.util.ArrayList;
import java.util.List;

/**
 * One row per racing optimizer: its colour and name, its loss at the step on screen, and whether it
 * is still going, has left the map, has arrived at the minimum or has diverged. The leader is
 * marked: the first to arrive at the minimum, or until then the lowest loss ({@link Arrival}).
 */
public final class RaceLegend extends VBox {
    public static final String STYLE_CLASS = "race-legend";
    public static final String ROW_CLASS = "legend-row";
    public static final String LOSS_CLASS = "legend-loss";
    public static final String STATUS_CLASS = "legend-status";
    public static final PseudoClass DIVERGED = PseudoClass.getPseudoClass("diverged");
    public static final PseudoClass LEADER = PseudoClass.getPseudoClass("leader");

    private final List<Row> rows = new ArrayList<>();
    private List<OptimizerConfig> shown = List.of();

    /** The widgets of one lane's row. */
    private record Row(HBox box, Label loss, Label status, String rate) {
    }

    public RaceLegend() {
        getStyleClass().add(STYLE_CLASS);
        Label heading = new Label("Loss f(x, y)");
        heading.getStyleClass().addAll(Styles.TITLE_4, "legend-heading");
        getChildren().add(heading);
    }

    /** Row {@code lane}'s loss text, for tests. */
    public String lossText(int lane) {
        return rows.get(lane).loss().getText();
    }

    /** Row {@code lane}'s status text, e.g. {@code η 0.1 · diverged at step 12}. */
    public String statusText(int lane) {
        return rows.get(lane).status().getText();
    }

    void show(RaceTracks tracks, int step) {
        List<OptimizerConfig> configs = tracks.setup().lanes();
        if (!configs.equals(shown)) {
            rebuild(configs);
        }
        List<Arrival.Standing> standings = new ArrayList<>();
        for (int lane = 0; lane < configs.size(); lane++) {
            LaneTrack track = tracks.lanes().get(lane);
            int last = track.visibleCount(step) - 1;
            double loss = track.loss(last);
            boolean diverged = track.divergedBy(step);
            boolean offMap = !tracks.setup().landscape().window().contains(new Vec2(track.x(last), track.y(last)));
            Row row = rows.get(lane);
            setText(row.loss(), diverged ? "–" : ChartFormat.compact(loss));
            int arrivedAt = track.arrivedBy(last);
            setText(row.status(), row.rate() + (diverged ? "diverged at step " + ChartFormat.whole(track.divergedAt())
                    : offMap ? "off the map at step " + ChartFormat.whole(last)
                    : arrivedAt >= 0 ? "at the minimum since step " + ChartFormat.whole(arrivedAt)
                    : "step " + ChartFormat.whole(last)));
            row.box().pseudoClassStateChanged(DIVERGED, diverged);
            standings.add(new Arrival.Standing(loss, diverged, arrivedAt));
        }
        // Lanes at the minimum tie on loss (6e-64 is no better than 4e-43): the first to arrive leads.
        List<Integer> leaders = Arrival.leaders(standings);
        for (int lane = 0; lane < rows.size(); lane++) {
            rows.get(lane).box().pseudoClassStateChanged(LEADER, leaders.contains(lane) && step > 0 && rows.size() > 1);
        }
    }

    private void rebuild(List<OptimizerConfig> configs) {
        shown = configs;
        getChildren().removeIf(node -> node.getStyleClass().contains(ROW_CLASS));
        rows.clear();
        for (OptimizerConfig config : configs) {
            Circle swatch = new Circle(7, LaneColours.of(config.kind()));
            swatch.getStyleClass().add(OptimizerPanel.SWATCH_CLASS);
            Label name = new Label(config.kind().label());
            name.getStyleClass().add("legend-name");
            Label status = new Label();
            status.getStyleClass().add(STATUS_CLASS);
            // "at the minimum since step 1,234" does not fit a narrow card: wrap rather than cut it.
            status.setWrapText(true);
            status.setMinHeight(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label loss = new Label();
            loss.getStyleClass().add(LOSS_CLASS);
            loss.setMinWidth(Region.USE_PREF_SIZE);
            HBox bottom = new HBox(status, spacer, loss);
            bottom.setAlignment(Pos.BASELINE_LEFT);
            bottom.getStyleClass().add("legend-bottom");
            VBox text = new VBox(name, bottom);
            text.getStyleClass().add("legend-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(swatch, text);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add(ROW_CLASS);
            box.setId("legend-" + config.kind().cliName());
            rows.add(new Row(box, loss, status,
                    config.kind().hasLearningRate() ? "η " + ChartFormat.compact(config.learningRate()) + " · " : ""));
            getChildren().add(box);
        }
    }

    private static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }
}
