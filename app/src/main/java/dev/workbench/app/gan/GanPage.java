package dev.workbench.app.gan;

import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.data.PointSets;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.gan.GanLesson;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;

/**
 * The GAN lesson's plane tab: a {@link GanPlaneView} fed from the run's probes (D's map, the
 * samples, the manifold and G's gradients), switches for its layers, and a draw mode whose points
 * become the lesson's {@code drawn} target through the settings form, so they apply to the next
 * run like any other setting (Train or Reset builds it).
 */
public final class GanPage implements LessonPagePart {
    public static final String TAB_ID = "gan-plane-tab";
    public static final String HEAT_MAP_ID = "gan-layer-heat-map";
    public static final String ARROWS_ID = "gan-layer-arrows";
    public static final String MANIFOLD_ID = "gan-layer-manifold";
    public static final String DRAW_ID = "gan-draw";
    public static final String CLEAR_ID = "gan-clear-points";
    public static final String MESSAGE_ID = "gan-plane-message";
    public static final String TAB_CLASS = "gan-plane-tab";
    public static final String TOP_CLASS = "gan-plane-top";
    public static final String TOOLS_CLASS = "gan-plane-tools";
    public static final String HINT_CLASS = "gan-plane-hint";
    public static final String MESSAGE_CLASS = "gan-plane-message";
    public static final String HOLDER_CLASS = "gan-plane-holder";
    /** On the tools when they stand beside the plane. */
    public static final String SIDE_CLASS = "gan-plane-side";
    private static final String STYLESHEET = "/dev/workbench/app/css/gan.css";

    private final PartContext context;
    private final GanPlaneView view = new GanPlaneView();
    private final CheckBox heatMap = check(HEAT_MAP_ID, "Heat map D(x)",
            "The discriminator's output: light where it says 'real', dark where it says 'generated'");
    private final CheckBox arrows = check(ARROWS_ID, "Arrows: G's gradient",
            "Where the generator's next update pushes some of its samples (towards what D calls real)");
    private final CheckBox manifold = check(MANIFOLD_ID, "Manifold",
            "Where a regular grid of noise lands: the generator bends the noise square into this mesh");
    private final ToggleButton draw = new ToggleButton("✎  Draw target");
    private final Button clear = new Button("Clear points");
    private final Label hint = new Label();
    private final Label message = new Label("The plane shows the 2-D model. This run learns images: "
            + "its samples are in Live views. Set Model to 2d to draw and watch in the plane.");
    private final Tab tab;
    private final ReadOnlyIntegerWrapper frames = new ReadOnlyIntegerWrapper(this, "frames");
    private DrawnPoints drawn = DrawnPoints.NONE;
    private boolean imageRun;

    public GanPage(PartContext context) {
        this.context = context;
        view.setOnDraw(this::place);
        for (CheckBox box : List.of(heatMap, arrows, manifold)) {
            box.selectedProperty().addListener((obs, was, now) -> view.setLayers(
                    new PlaneLayers(heatMap.isSelected(), arrows.isSelected(), manifold.isSelected())));
        }
        draw.setId(DRAW_ID);
        draw.setTooltip(new Tooltip("Click or drag in the plane to place the points the generator must imitate"));
        draw.selectedProperty().addListener((obs, was, on) -> {
            view.setDrawMode(on);
            showHint();
        });
        clear.setId(CLEAR_ID);
        clear.setTooltip(new Tooltip("Remove every drawn point"));
        clear.setOnAction(e -> setDrawn(DrawnPoints.NONE));

        Separator gap = new Separator(Orientation.VERTICAL);
        FlowPane tools = new FlowPane(heatMap, arrows, manifold, gap, draw, clear);
        tools.getStyleClass().add(TOOLS_CLASS);
        tools.setAlignment(Pos.CENTER_LEFT);
        hint.getStyleClass().add(HINT_CLASS);
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Said only when there is something to say, so at large text the plane keeps the height.
        hint.managedProperty().bind(hint.visibleProperty());
        Tooltip.install(view, new Tooltip("Light where D says 'real', dark where it says 'generated'. Arrows: where G's "
                + "next update moves its samples. Slow motion in the run bar lets you watch them move."));
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(MESSAGE_CLASS);
        message.setWrapText(true);
        message.setVisible(false);
        StackPane plane = new StackPane(view, message);
        plane.getStyleClass().add(HOLDER_CLASS);
        VBox top = new VBox(tools, hint);
        top.getStyleClass().add(TOP_CLASS);
        tools.prefWrapLengthProperty().bind(top.widthProperty());
        BorderPane content = new BorderPane(plane);
        content.getStyleClass().add(TAB_CLASS);
        placeTools(content, top, tools, gap, false);
        // Wide and low (large text, a short window): the switches go beside the plane, which then
        // gets the whole height; otherwise above it.
        javafx.beans.InvalidationListener arrange = obs -> {
            double em = hint.getFont().getSize();
            placeTools(content, top, tools, gap, content.getWidth() > content.getHeight() + SIDE_TOOLS_EM * em);
        };
        content.widthProperty().addListener(arrange);
        content.heightProperty().addListener(arrange);
        tab = new Tab("Plane (GAN Lab)", content);
        tab.setId(TAB_ID);

        var points = context.form().textProperty(GanLesson.POINTS);
        points.addListener((obs, old, text) -> {
            if (!Objects.equals(text, drawn.text())) {
                drawn = DrawnPoints.parse(text);
                view.showDrawn(drawn);
                showHint();
            }
        });
        drawn = DrawnPoints.parse(points.get());
        view.showDrawn(drawn);
        context.form().textProperty(GanLesson.MODEL).addListener((obs, old, model) -> showModel());
        showHint();
    }

    /** The tools go beside the plane when the tab is wider than high by more than this many em. */
    private static final double SIDE_TOOLS_EM = 16;

    /**
     * Puts the switches above the plane in a row that wraps, or beside it in a column; the
     * hint follows them.
     */
    private static void placeTools(BorderPane content, VBox top, FlowPane tools, Separator gap, boolean side) {
        boolean placed = content.getTop() == top || content.getRight() == top;
        if (placed && side == (content.getRight() == top)) {
            return;
        }
        content.setTop(null);
        content.setRight(null);
        List<Node> controls = new java.util.ArrayList<>(top.getChildren().get(0) instanceof javafx.scene.layout.Pane pane
                ? pane.getChildren() : List.of());
        Node hint = top.getChildren().get(1);
        if (side) {
            gap.setOrientation(Orientation.HORIZONTAL);
            VBox column = new VBox();
            column.getStyleClass().add(TOOLS_CLASS);
            column.getChildren().setAll(controls);
            top.getChildren().setAll(column, hint);
            top.getStyleClass().add(SIDE_CLASS);
            content.setRight(top);
        } else {
            gap.setOrientation(Orientation.VERTICAL);
            tools.getChildren().setAll(controls);
            top.getChildren().setAll(tools, hint);
            top.getStyleClass().removeAll(SIDE_CLASS);
            content.setTop(top);
        }
    }

    private static CheckBox check(String id, String text, String tip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(true);
        box.setTooltip(new Tooltip(tip));
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    @Override
    public Node overview() {
        return null;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(tab);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(GanPage.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    @Override
    public void refresh() {
        // The plane follows the probes the run streams; nothing to ask for.
    }

    public GanPlaneView view() {
        return view;
    }

    public DrawnPoints drawn() {
        return drawn;
    }

    /** How many frames brought the plane something new (tests wait on it). */
    public ReadOnlyIntegerProperty framesProperty() {
        return frames.getReadOnlyProperty();
    }

    @Override
    public void runAttached(TrainingRun run) {
        view.clear();
        imageRun = !GanLesson.MODEL_2D.equals(run.settings().values().get(GanLesson.MODEL));
        showModel();
    }

    @Override
    public void update(TrainingRun run, RunUpdate update) {
        ProbeRecord.Grid map = null;
        ProbeRecord.Points samples = null;
        ProbeRecord.Points mesh = null;
        ProbeRecord.Points push = null;
        for (ProbeSample sample : update.probes()) {
            ProbeRecord record = sample.record();
            switch (sample.probeId()) {
                case GanLesson.DISCRIMINATOR_MAP -> map = record instanceof ProbeRecord.Grid g ? g : map;
                case GanLesson.SAMPLES -> samples = record instanceof ProbeRecord.Points p ? p : samples;
                case GanLesson.MANIFOLD -> mesh = record instanceof ProbeRecord.Points p ? p : mesh;
                case GanLesson.G_GRADIENTS -> push = record instanceof ProbeRecord.Points p ? p : push;
                default -> {
                }
            }
        }
        if (map != null) {
            view.showMap(map);
        }
        if (samples != null) {
            view.showSamples(samples);
        }
        if (mesh != null) {
            view.showManifold(mesh);
        }
        if (push != null) {
            view.showArrows(push);
        }
        if (map != null || samples != null || mesh != null || push != null) {
            frames.set(frames.get() + 1);
        }
    }

    /** A point placed in draw mode: the target becomes the drawn points, for the next run. */
    private void place(double x, double y) {
        setDrawn(drawn.plus(x, y));
    }

    private void setDrawn(DrawnPoints points) {
        drawn = points;
        view.showDrawn(points);
        if (points.size() > 0) {
            context.form().setText(GanLesson.TARGET, GanLesson.DRAWN_TARGET);
        }
        context.form().setText(GanLesson.POINTS, points.text());
        showHint();
    }

    private void showModel() {
        String formModel = context.form().textProperty(GanLesson.MODEL).get();
        boolean image = imageRun || formModel != null && !formModel.isBlank() && !GanLesson.MODEL_2D.equals(formModel.trim());
        message.setVisible(image);
        view.setOpacity(image ? 0.25 : 1);
        draw.setDisable(image);
    }

    private void showHint() {
        int n = drawn.size();
        int needed = PointSets.MIN_CLICKED_POINTS;
        String count = n == 0 ? "no points yet" : n == 1 ? "1 point" : n + " points";
        if (draw.isSelected()) {
            hint.setText("Draw mode: click or drag in the plane (" + count + (n < needed ? ", at least " + needed + " needed" : "")
                    + "). Your points become the target of the next run: press Reset, or Stop and Train.");
        } else if (n > 0) {
            hint.setText("Your drawn target has " + count + (n < needed ? " (at least " + needed + " needed)" : "")
                    + "; it is used while the Target setting is 'drawn'.");
        } else {
            hint.setText("");
        }
        hint.setVisible(!hint.getText().isEmpty());
        clear.setDisable(n == 0);
    }
}
