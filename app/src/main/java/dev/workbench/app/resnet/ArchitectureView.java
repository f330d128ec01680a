package dev.workbench.app.resnet;

import dev.workbench.app.charts.MetricChart;
import dev.workbench.lessons.engine.MetricSpec;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.resnet.NetworkDiagram;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The network as the graph DL4J actually built, scrollable for deep networks, beside the gradient
 * norm of the layer the student clicks, over the run so far.
 */
final class ArchitectureView extends SplitPane {
    static final String ID = "resnet-architecture";
    static final String STYLE_CLASS = "resnet-architecture";
    static final String SUMMARY_CLASS = "resnet-summary";
    static final String HISTORY_TITLE_ID = "resnet-history-title";
    private static final String NORM_ID = "grad-norm";
    private static final String CHART = "gradient-norm";
    private static final String HINT = "Click a layer to see how much gradient reached it during the run.";

    private final DiagramPane diagram = new DiagramPane();
    private final Label summary = new Label("The diagram appears once a network is prepared.");
    private final Label historyTitle = new Label(HINT);
    private final Label historyNote = new Label();
    private final BorderPane chartHolder = new BorderPane();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected");
    private NetworkDiagram shown;
    private MetricChart chart;
    private Consumer<String> onSelect = name -> { };

    ArchitectureView() {
        setId(ID);
        getStyleClass().add(STYLE_CLASS);
        summary.getStyleClass().add(SUMMARY_CLASS);
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        diagram.setOnSelect(this::select);
        ScrollPane scroll = new ScrollPane(diagram);
        scroll.getStyleClass().add("resnet-diagram-scroll");
        VBox left = new VBox(summary, scroll);
        left.getStyleClass().add("resnet-diagram-column");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        historyTitle.setId(HISTORY_TITLE_ID);
        historyTitle.getStyleClass().add("resnet-history-title");
        historyTitle.setWrapText(true);
        historyTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        historyNote.getStyleClass().add(SUMMARY_CLASS);
        historyNote.setWrapText(true);
        historyNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox right = new VBox(historyTitle, chartHolder, historyNote);
        right.getStyleClass().add("resnet-history");
        VBox.setVgrow(chartHolder, Priority.ALWAYS);
        // At large font scales the chart and its note need more height than there is: scroll.
        ScrollPane rightScroll = new ScrollPane(right);
        rightScroll.setFitToWidth(true);
        rightScroll.setFitToHeight(true);
        rightScroll.getStyleClass().add("resnet-diagram-scroll");
        getItems().addAll(left, rightScroll);
        setDividerPositions(0.5);
    }

    void setOnSelect(Consumer<String> handler) {
        this.onSelect = handler;
    }

    /** The layer whose history is shown, or null. */
    ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    DiagramPane diagram() {
        return diagram;
    }

    void show(NetworkDiagram newDiagram) {
        shown = newDiagram;
        diagram.show(newDiagram);
        long layers = newDiagram.nodes().stream().filter(n -> n.kind() != NetworkDiagram.Kind.ADD
                && n.kind() != NetworkDiagram.Kind.INPUT).count();
        long skips = newDiagram.skipCount();
        summary.setText(String.format(Locale.ROOT, "%d layers · %s · %,d parameters", layers,
                skips == 0 ? "no skip connections" : skips + (skips == 1 ? " skip connection" : " skip connections")
                        + " (arcs into \"+\")", newDiagram.parameters()));
        if (selected.get() != null && find(selected.get()).isEmpty()) {
            selected.set(null);
            chartHolder.setCenter(null);
            historyTitle.setText(HINT);
        }
    }

    private Optional<NetworkDiagram.Node> find(String name) {
        return shown == null ? Optional.empty() : shown.nodes().stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** Selects a layer as a click does. */
    void select(String name) {
        selected.set(name);
        diagram.select(name);
        onSelect.accept(name);
    }

    /** Shows the selected layer's gradient norms (empty before the first update). */
    void showHistory(String layer, GradientHistory.Series series) {
        Optional<NetworkDiagram.Node> node = find(layer);
        if (node.isEmpty()) {
            return;
        }
        if (!node.get().gradient()) {
            historyTitle.setText(layer + " (" + node.get().type() + ")");
            historyNote.setText(node.get().kind() == NetworkDiagram.Kind.ADD
                    ? "An addition has no weights: it passes the gradient to both of its inputs unchanged."
                    : "This layer has no weight matrix, so no gradient norm is measured for it.");
            chartHolder.setCenter(null);
            chart = null;
            return;
        }
        historyTitle.setText("Gradient norm of " + layer + " (" + node.get().type() + ")");
        if (chart == null || !layer.equals(chart.getUserData())) {
            chart = new MetricChart(CHART, List.of(MetricSpec.perIteration(NORM_ID, layer, CHART,
                    MetricSpec.Goal.HIGHER_IS_BETTER)));
            chart.setUserData(layer);
            chart.setPlaceholder("The gradient norm appears once training starts");
            chartHolder.setCenter(chart);
        }
        chart.clear();
        List<IterationMetrics> points = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            points.add(new IterationMetrics(0, 0, series.iterations()[i], 0, Double.NaN,
                    Map.of(NORM_ID, series.norms()[i]), Double.NaN, Double.NaN, Double.NaN));
        }
        chart.addIterations(points);
        chart.redraw();
        historyNote.setText(series.size() == 0 ? "" : String.format(Locale.ROOT,
                "Latest: %.3g. Compare the stem with the output layer: without skips the first layers get "
                        + "orders of magnitude less.", series.norms()[series.size() - 1]));
    }

    /** The chart of the selected layer, or null (tests). */
    MetricChart chart() {
        return chart;
    }
}
