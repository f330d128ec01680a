package dev.workbench.app.landscape;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The optimizers' paths over the heat map. Paths only grow during a race, so each frame adds just
 * the new stretch to a canvas that keeps what it drew (points closer than a pixel are skipped); the
 * head markers live on a second canvas that is cleared every frame. A new race, a shorter race or a
 * resize redraws the paths from scratch.
 */
public final class TrajectoryLayer extends Pane {
    public static final String ID = "landscape-trajectories";
    private static final double MIN_PIXEL_STEP = 0.75;
    private static final double LIMIT = 1e5;
    private static final double LINE_WIDTH = 2.4;
    private static final double OUTLINE_WIDTH = 5;
    private static final double HEAD_RADIUS = 6.5;
    private static final double START_RADIUS = 8;
    private static final Color OUTLINE = LaneColours.OUTLINE.deriveColor(0, 1, 1, 0.75);

    private final Canvas trails = new Canvas();
    private final Canvas heads = new Canvas();
    private MapTransform transform;
    private long drawnGeneration = -1;
    private int[] drawnCounts = new int[0];
    private double[] lastX = new double[0];
    private double[] lastY = new double[0];
    private double[] scratchX = new double[1024];
    private double[] scratchY = new double[1024];

    public TrajectoryLayer() {
        setId(ID);
        getChildren().addAll(trails, heads);
        setMouseTransparent(true);
    }

    void resizeTo(MapTransform newTransform) {
        transform = newTransform;
        for (Canvas canvas : new Canvas[] {trails, heads}) {
            canvas.setWidth(newTransform.width());
            canvas.setHeight(newTransform.height());
        }
        drawnGeneration = -1;
    }

    /** Brings the picture up to {@code step} of the race. */
    void draw(RaceTracks tracks, int step) {
        if (transform == null || transform.isEmpty()) {
            return;
        }
        int lanes = tracks.lanes().size();
        boolean full = tracks.generation() != drawnGeneration || drawnCounts.length != lanes;
        for (int lane = 0; lane < lanes && !full; lane++) {
            full = tracks.lanes().get(lane).visibleCount(step) < drawnCounts[lane];
        }
        GraphicsContext g = trails.getGraphicsContext2D();
        if (full) {
            g.clearRect(0, 0, trails.getWidth(), trails.getHeight());
            drawnGeneration = tracks.generation();
            drawnCounts = new int[lanes];
            lastX = new double[lanes];
            lastY = new double[lanes];
            for (int lane = 0; lane < lanes; lane++) {
                LaneTrack track = tracks.lanes().get(lane);
                drawnCounts[lane] = 1;
                lastX[lane] = px(track.x(0));
                lastY[lane] = py(track.y(0));
            }
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (int lane = 0; lane < lanes; lane++) {
            LaneTrack track = tracks.lanes().get(lane);
            int visible = track.visibleCount(step);
            if (visible > drawnCounts[lane]) {
                extend(g, lane, track, visible);
            }
        }
        drawHeads(tracks, step);
    }

    private void extend(GraphicsContext g, int lane, LaneTrack track, int visible) {
        int n = 0;
        ensureScratch(visible - drawnCounts[lane] + 1);
        scratchX[n] = lastX[lane];
        scratchY[n] = lastY[lane];
        n++;
        for (int i = drawnCounts[lane]; i < visible; i++) {
            double x = px(track.x(i));
            double y = py(track.y(i));
            if (Math.abs(x - scratchX[n - 1]) >= MIN_PIXEL_STEP || Math.abs(y - scratchY[n - 1]) >= MIN_PIXEL_STEP) {
                scratchX[n] = x;
                scratchY[n] = y;
                n++;
            }
        }
        drawnCounts[lane] = visible;
        if (n < 2) {
            return;
        }
        lastX[lane] = scratchX[n - 1];
        lastY[lane] = scratchY[n - 1];
        g.setStroke(OUTLINE);
        g.setLineWidth(OUTLINE_WIDTH);
        g.strokePolyline(scratchX, scratchY, n);
        g.setStroke(LaneColours.of(track.config().kind()));
        g.setLineWidth(LINE_WIDTH);
        g.strokePolyline(scratchX, scratchY, n);
    }

    private void drawHeads(RaceTracks tracks, int step) {
        GraphicsContext g = heads.getGraphicsContext2D();
        g.clearRect(0, 0, heads.getWidth(), heads.getHeight());
        double sx = px(tracks.setup().start().x());
        double sy = py(tracks.setup().start().y());
        g.setLineWidth(4.5);
        g.setStroke(OUTLINE);
        g.strokeOval(sx - START_RADIUS, sy - START_RADIUS, 2 * START_RADIUS, 2 * START_RADIUS);
        g.setLineWidth(2);
        g.setStroke(Color.WHITE);
        g.strokeOval(sx - START_RADIUS, sy - START_RADIUS, 2 * START_RADIUS, 2 * START_RADIUS);
        if (step == 0) {
            return;
        }
        for (LaneTrack track : tracks.lanes()) {
            int last = track.visibleCount(step) - 1;
            Color colour = LaneColours.of(track.config().kind());
            double x = px(track.x(last));
            double y = py(track.y(last));
            if (track.divergedBy(step)) {
                drawCross(g, x, y, colour);
            } else if (x < 0 || y < 0 || x > heads.getWidth() || y > heads.getHeight()) {
                drawOffMap(g, x, y, colour);
            } else {
                g.setFill(colour);
                g.fillOval(x - HEAD_RADIUS, y - HEAD_RADIUS, 2 * HEAD_RADIUS, 2 * HEAD_RADIUS);
                g.setStroke(LaneColours.OUTLINE);
                g.setLineWidth(2);
                g.strokeOval(x - HEAD_RADIUS, y - HEAD_RADIUS, 2 * HEAD_RADIUS, 2 * HEAD_RADIUS);
            }
        }
    }

    /** A ring at the map's edge, where the path left it. */
    private void drawOffMap(GraphicsContext g, double x, double y, Color colour) {
        double cx = Math.max(HEAD_RADIUS, Math.min(heads.getWidth() - HEAD_RADIUS, x));
        double cy = Math.max(HEAD_RADIUS, Math.min(heads.getHeight() - HEAD_RADIUS, y));
        g.setLineWidth(4.5);
        g.setStroke(LaneColours.OUTLINE);
        g.strokeOval(cx - HEAD_RADIUS, cy - HEAD_RADIUS, 2 * HEAD_RADIUS, 2 * HEAD_RADIUS);
        g.setLineWidth(2.5);
        g.setStroke(colour);
        g.strokeOval(cx - HEAD_RADIUS, cy - HEAD_RADIUS, 2 * HEAD_RADIUS, 2 * HEAD_RADIUS);
    }

    private static void drawCross(GraphicsContext g, double x, double y, Color colour) {
        double r = HEAD_RADIUS;
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? LaneColours.OUTLINE : colour);
            g.setLineWidth(pass == 0 ? 5.5 : 3);
            g.strokeLine(x - r, y - r, x + r, y + r);
            g.strokeLine(x - r, y + r, x + r, y - r);
        }
    }

    private void ensureScratch(int size) {
        if (scratchX.length < size) {
            scratchX = new double[Math.max(size, scratchX.length * 2)];
            scratchY = new double[scratchX.length];
        }
    }

    private double px(double x) {
        return Math.max(-LIMIT, Math.min(LIMIT, transform.toPixelX(x)));
    }

    private double py(double y) {
        return Math.max(-LIMIT, Math.min(LIMIT, transform.toPixelY(y)));
    }
}
