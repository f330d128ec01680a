package dev.workbench.app.sequences;

import dev.workbench.app.charts.ChartFormat;
import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.QuerySlot;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.app.notes.NoteAction;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.insight.CellInterior;
import dev.workbench.lessons.insight.MemoryHorizon;
import dev.workbench.lessons.insight.RecurrentInsight;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;

/**
 * The recurrent lessons' memory views. "Memory": the memory-horizon probe at initialisation (the
 * run's first record, kept) and now, which cell this run uses, and a button that races a plain RNN
 * against an LSTM. "Inside the cell": the first recurrent layer's gates and states over a chosen
 * window, asked from the model through {@link RecurrentInsight}.
 */
public final class MemoryPart implements LessonPagePart {
    public static final String MEMORY_TAB_ID = "memory-tab";
    public static final String CELL_TAB_ID = "cell-tab";
    public static final String CELL_STATEMENT_ID = "memory-cell-statement";
    public static final String REACH_ID = "memory-reach";
    public static final String RACE_ID = "memory-race";
    /** Both recurrent lessons call their cell setting this, and their RNN-against-LSTM comparison that. */
    static final String CELL_SETTING = "cell";
    static final String RNN_VS_LSTM = "rnn-vs-lstm";
    private static final String STYLESHEET = "/dev/workbench/app/css/memory.css";

    private final PartContext context;
    private final MemoryHorizonChart chart = new MemoryHorizonChart();
    private final Label cellStatement = new Label();
    private final Label reach = new Label();
    private final CellInteriorPane cellPane = new CellInteriorPane();
    private final Tab memoryTab;
    private final Tab cellTab;
    private TrainingRun run;
    private QuerySlot<RecurrentInsight, CellInterior> cellQueries;
    private QuerySlot<RecurrentInsight, ProbeRecord.Bars> initialQuery;
    /** The horizon when the model was made; null until the model answered. */
    private double[] first;
    private double[] now;
    private long nowIteration;

    public MemoryPart(PartContext context) {
        this.context = context;
        cellStatement.setId(CELL_STATEMENT_ID);
        cellStatement.getStyleClass().add("memory-statement");
        cellStatement.setWrapText(true);
        cellStatement.setMinHeight(Region.USE_PREF_SIZE);
        reach.setId(REACH_ID);
        reach.getStyleClass().add("memory-reach");
        reach.setWrapText(true);
        reach.setMinHeight(Region.USE_PREF_SIZE);
        Button race = new Button("Race a plain RNN against an LSTM");
        race.setId(RACE_ID);
        race.setMinWidth(Region.USE_PREF_SIZE);
        race.setTooltip(new Tooltip("Opens Compare and trains both cells with the same settings side by side"));
        race.setOnAction(e -> context.tryLink().accept(
                new NoteAction.StartComparison(NoteAction.COMPARE_SCHEME + RNN_VS_LSTM, RNN_VS_LSTM)));
        VBox top = new VBox(cellStatement, race, reach);
        top.getStyleClass().add("memory-top");
        BorderPane memory = new BorderPane(chart);
        memory.setTop(top);
        memory.getStyleClass().add("memory-content");
        memoryTab = new Tab("Memory", memory);
        memoryTab.setId(MEMORY_TAB_ID);
        cellTab = new Tab("Inside the cell", cellPane);
        cellTab.setId(CELL_TAB_ID);
        cellTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                askCell();
            }
        });
        cellPane.windowProperty().addListener((obs, old, now) -> askCell());
        showCell(null);
    }

    @Override
    public Node overview() {
        return null;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(memoryTab, cellTab);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(MemoryPart.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    @Override
    public void refresh() {
        askCell();
    }

    @Override
    public void runAttached(TrainingRun newRun) {
        run = newRun;
        cellQueries = new QuerySlot<>(RecurrentInsight.class, () -> run, context.fx(), context.reportError());
        initialQuery = new QuerySlot<>(RecurrentInsight.class, () -> run, context.fx(), context.reportError());
        first = null;
        now = null;
        chart.clear();
        reach.setText("");
        cellPane.clear();
        Object cell = newRun.settings().values().get(CELL_SETTING);
        showCell(cell == null ? null : cell.toString());
        initialQuery.ask(RecurrentInsight::initialMemoryHorizon, initial -> {
            first = initial.values();
            showHorizon();
        });
        if (cellTab.isSelected()) {
            askCell();
        }
    }

    @Override
    public void update(TrainingRun updated, RunUpdate update) {
        ProbeSample latest = null;
        for (ProbeSample sample : update.probes()) {
            if (MemoryHorizon.PROBE_ID.equals(sample.probeId()) && sample.record() instanceof ProbeRecord.Bars) {
                latest = sample;
            }
        }
        if (latest == null) {
            return;
        }
        now = ((ProbeRecord.Bars) latest.record()).values();
        nowIteration = latest.iteration();
        showHorizon();
        if (cellTab.isSelected()) {
            askCell();
        }
    }

    private void showHorizon() {
        if (now == null && first == null) {
            return;
        }
        chart.show(first, now, nowIteration);
        reach.setText(reachText(first, now));
    }

    private void askCell() {
        if (cellQueries == null) {
            return;
        }
        int window = cellPane.windowProperty().get();
        cellQueries.ask(session -> session.cellInterior(window), cellPane::show);
    }

    private void showCell(String cell) {
        if ("rnn".equals(cell)) {
            cellStatement.setText("This run uses a plain RNN: h_t = tanh(W x_t + R h_t-1 + b). Every step back multiplies "
                    + "the gradient by R and the tanh slope, so it tends to fade geometrically.");
        } else if ("lstm".equals(cell)) {
            cellStatement.setText("This run uses an LSTM: its cell state is only scaled by the forget gate and added to, "
                    + "so the gradient can travel back along it without fading as fast.");
        } else {
            cellStatement.setText("Train to see how far back this network's gradient reaches.");
        }
    }

    /** How much weaker the gradient is at the longest lag than at the last step, at initialisation and now. */
    static String reachText(double[] first, double[] now) {
        double[] shape = now != null ? now : first;
        String start = "At lag " + (shape.length - 1) + " (the window's first value) the gradient is ";
        if (now == null) {
            return start + ratio(first) + " of its size at lag 0 at initialisation; train to see it now.";
        }
        String firstRatio = first != null && first.length == now.length ? ratio(first) : "";
        return start + ratio(now) + " of its size at lag 0 now"
                + (firstRatio.isEmpty() ? "." : ", " + firstRatio + " at initialisation.");
    }

    private static String ratio(double[] byLag) {
        double near = byLag[0];
        double far = byLag[byLag.length - 1];
        if (!(near > 0)) {
            return "undefined (no gradient at lag 0)";
        }
        double share = far / near;
        if (share >= 0.1) {
            return ChartFormat.compact(100 * share) + " %";
        }
        if (!(share > 0)) {
            return "nothing";
        }
        return "1/" + ChartFormat.whole(Math.round(1 / share));
    }
}
