package dev.workbench.app.landscape;

import dev.workbench.app.charts.HeatColours;
import dev.workbench.app.charts.AxisTicks;
import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.landscape.GridScale;
import dev.workbench.lessons.landscape.Landscape;
import dev.workbench.lessons.landscape.Vec2;
import dev.workbench.lessons.landscape.ViewWindow;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The map: the surface's heat map (rendered off the FX thread once per surface and size), the
 * racing paths above it, axis ticks, and small read-outs in the corners. The plane keeps its aspect
 * ratio, so a round bowl looks round. A click picks a new start point.
 */
public final class LandscapeMap extends Region {
    public static final String STYLE_CLASS = "landscape-map";
    public static final String AREA_ID = "landscape-map-area";
    public static final String TICK_CLASS = "map-tick";
    public static final String CHIP_CLASS = "map-chip";
    public static final String FPS_ID = "landscape-fps";
    public static final String READOUT_ID = "landscape-readout";
    public static final String SCALE_ID = "landscape-scale";
    public static final String STATUS_ID = "landscape-status";
    private static final Logger LOG = LoggerFactory.getLogger(LandscapeMap.class);
    private static final Duration RESIZE_SETTLE = Duration.millis(120);
    /** Heat-map samples per screen pixel: the image is smoothed when scaled up. */
    private static final double SAMPLES_PER_PIXEL = 0.5;
    private static final int MAX_SAMPLES = 480;
    private static final double TICK_SPACING_EM = 7;

    private final HeatMapView heat = new HeatMapView();
    private final TrajectoryLayer trajectories = new TrajectoryLayer();
    private final StackPane area;
    private final Pane ticks = new Pane();
    private final List<Label> tickLabels = new ArrayList<>();
    private final Label fps = chip(FPS_ID, Pos.TOP_RIGHT);
    private final Label readout = chip(READOUT_ID, Pos.BOTTOM_LEFT);
    private final Label scale = chip(SCALE_ID, Pos.TOP_LEFT);
    private final Label status = chip(STATUS_ID, Pos.BOTTOM_RIGHT);
    private final Executor renderer;
    private final PauseTransition settle = new PauseTransition(RESIZE_SETTLE);
    private Landscape landscape;
    private MapTransform transform;
    private RaceTracks tracks;
    private int step;
    private Consumer<Vec2> onPick = point -> { };
    private long renderRequest;

    /** @param renderer runs heat-map rendering off the FX thread */
    public LandscapeMap(Executor renderer) {
        this.renderer = renderer;
        getStyleClass().add(STYLE_CLASS);
        area = new StackPane(heat, trajectories, scale, readout, fps, status);
        area.setId(AREA_ID);
        area.getStyleClass().add("map-area");
        area.setCursor(Cursor.CROSSHAIR);
        area.setAlignment(Pos.TOP_LEFT);
        area.setMinSize(0, 0);
        ticks.setManaged(false);
        ticks.setMouseTransparent(true);
        getChildren().addAll(ticks, area);
        readout.setVisible(false);
        status.setVisible(false);
        settle.setOnFinished(e -> render());
        area.setOnMouseMoved(e -> showReadout(e.getX(), e.getY()));
        area.setOnMouseExited(e -> readout.setVisible(false));
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && transform != null && e.isStillSincePress()) {
                onPick.accept(transform.toPlane(e.getX(), e.getY()));
            }
        });
    }

    /** Called with the plane point the user clicked. */
    public void setOnPick(Consumer<Vec2> action) {
        this.onPick = action;
    }

    /** Shows a surface; the heat map is rendered in the background and appears when ready. */
    public void show(Landscape newLandscape) {
        this.landscape = newLandscape;
        transform = null;
        heat.show(new HeatMapPicture(1, 1, new int[] {HeatColours.argb(0)}, new float[0][], GridScale.LINEAR, 0, 0), List.of());
        scale.setVisible(false);
        requestLayout();
    }

    /** Draws the race as it stands at {@code shownStep}; cheap when only a few steps were added. */
    public void drawRace(RaceTracks raceTracks, int shownStep) {
        this.tracks = raceTracks;
        this.step = shownStep;
        trajectories.draw(raceTracks, shownStep);
    }

    /** The frame-rate chip's text, e.g. {@code 60 fps}. */
    public void showFrameRate(double framesPerSecond) {
        fps.setText(framesPerSecond > 0 ? String.format(Locale.ROOT, "%.0f fps", framesPerSecond) : "– fps");
    }

    /** A note in the corner, e.g. why the race stopped; null hides it. */
    public void showStatus(String text) {
        status.setText(text == null ? "" : text);
        status.setVisible(text != null);
    }

    public HeatMapView heatMap() {
        return heat;
    }

    /** The node that takes clicks, for tests. */
    public Region area() {
        return area;
    }

    /** Plane to map-area pixels (null before the first layout). */
    public MapTransform transform() {
        return transform;
    }

    @Override
    protected void layoutChildren() {
        if (landscape == null) {
            return;
        }
        double em = fps.getFont().getSize();
        Insets pad = new Insets(0.6 * em, 0.8 * em, 2.0 * em, 3.6 * em);
        double availableWidth = Math.max(0, getWidth() - pad.getLeft() - pad.getRight());
        double availableHeight = Math.max(0, getHeight() - pad.getTop() - pad.getBottom());
        ViewWindow window = landscape.window();
        double aspect = window.width() / window.height();
        double w = Math.floor(Math.min(availableWidth, availableHeight * aspect));
        double h = Math.floor(w / aspect);
        double x = Math.round(pad.getLeft() + (availableWidth - w) / 2);
        double y = Math.round(pad.getTop() + (availableHeight - h) / 2);
        area.resizeRelocate(x, y, w, h);
        ticks.resizeRelocate(0, 0, getWidth(), getHeight());
        MapTransform next = new MapTransform(window, w, h);
        if (!next.equals(transform)) {
            boolean firstForSurface = transform == null;
            transform = next;
            heat.resizeTo(next);
            trajectories.resizeTo(next);
            if (tracks != null && tracks.setup().landscape() == landscape) {
                trajectories.draw(tracks, step);
            }
            if (firstForSurface) {
                render();
            } else {
                settle.playFromStart();
            }
        }
        layoutTicks(x, y, w, h, em);
    }

    private void render() {
        if (transform == null || transform.isEmpty()) {
            return;
        }
        Landscape surface = landscape;
        int cols = samples(transform.width());
        int rows = samples(transform.height());
        long request = ++renderRequest;
        CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            HeatMapPicture picture = HeatMapRenderer.render(surface, cols, rows);
            LOG.debug("{} heat map {}x{} rendered in {} ms", surface.name(), cols, rows, (System.nanoTime() - start) / 1_000_000);
            return picture;
        }, renderer).whenCompleteAsync((picture, error) -> {
            if (request != renderRequest) {
                return;
            }
            if (error != null) {
                LOG.warn("Could not render the {} heat map", surface.name(), error);
                return;
            }
            heat.show(picture, surface.minima());
            scale.setText(scaleText(picture));
            scale.setVisible(true);
        }, Platform::runLater);
    }

    private static int samples(double pixels) {
        return (int) Math.max(16, Math.min(MAX_SAMPLES, Math.round(pixels * SAMPLES_PER_PIXEL)));
    }

    private static String scaleText(HeatMapPicture picture) {
        String range = "f from " + ChartFormat.compact(picture.min()) + " to " + ChartFormat.compact(picture.max());
        return picture.scale() == GridScale.LOG ? range + " · log colour scale" : range;
    }

    private void layoutTicks(double x0, double y0, double w, double h, double em) {
        ViewWindow window = landscape.window();
        List<Double> xs = AxisTicks.linear(window.xMin(), window.xMax(), (int) Math.max(2, w / (TICK_SPACING_EM * em)), false).ticks();
        List<Double> ys = AxisTicks.linear(window.yMin(), window.yMax(), (int) Math.max(2, h / (TICK_SPACING_EM * em)), false).ticks();
        while (tickLabels.size() < xs.size() + ys.size()) {
            Label label = new Label();
            label.getStyleClass().add(TICK_CLASS);
            label.setManaged(false);
            tickLabels.add(label);
        }
        ticks.getChildren().setAll(tickLabels.subList(0, xs.size() + ys.size()));
        int i = 0;
        for (double value : xs) {
            Label label = tickLabels.get(i++);
            label.setText(ChartFormat.compact(value));
            label.autosize();
            label.relocate(x0 + transform.toPixelX(value) - label.getWidth() / 2, y0 + h + 0.25 * em);
        }
        for (double value : ys) {
            Label label = tickLabels.get(i++);
            label.setText(ChartFormat.compact(value));
            label.autosize();
            label.relocate(x0 - label.getWidth() - 0.45 * em, y0 + transform.toPixelY(value) - label.getHeight() / 2);
        }
    }

    private void showReadout(double x, double y) {
        if (transform == null || landscape == null) {
            return;
        }
        Vec2 p = transform.toPlane(x, y);
        readout.setText("x " + ChartFormat.compact(p.x()) + "   y " + ChartFormat.compact(p.y())
                + "   f " + ChartFormat.compact(landscape.value(p)) + "   · click to start here");
        readout.setVisible(true);
    }

    private static Label chip(String id, Pos position) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(CHIP_CLASS);
        label.setMouseTransparent(true);
        StackPane.setAlignment(label, position);
        StackPane.setMargin(label, new Insets(6));
        return label;
    }
}
