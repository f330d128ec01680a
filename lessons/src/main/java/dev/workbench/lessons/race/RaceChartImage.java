package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.AtomicFiles;
import dev.workbench.lessons.engine.Numbers;
import dev.workbench.lessons.engine.Palette;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Draws a race's smoothed loss curves, one colour per lane, into a PNG without a screen (plain
 * Java 2D), for the CLI's {@code compare} command.
 */
public final class RaceChartImage {
    /** The app's series colours, so a lane has the same colour here as in the Compare tab. */
    static final Color[] LANE_COLOURS = Palette.LIGHT.stream().map(hex -> new Color(Palette.rgb(hex))).toArray(Color[]::new);
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;
    private static final int MARGIN = 70;
    private static final double SMOOTHING = 0.9;

    private RaceChartImage() {
    }

    public static void write(Race race, String title, Path file) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        List<List<IterationMetrics>> curves = race.runs().stream().map(r -> r.history().iterations()).toList();
        long maxIteration = curves.stream().mapToLong(c -> c.isEmpty() ? 1 : c.get(c.size() - 1).iteration()).max().orElse(1);
        double maxLoss = 0;
        for (List<IterationMetrics> curve : curves) {
            for (IterationMetrics it : curve) {
                if (Double.isFinite(it.loss())) {
                    maxLoss = Math.max(maxLoss, it.loss());
                }
            }
        }
        maxLoss = maxLoss <= 0 ? 1 : Math.min(maxLoss, 2 * firstLoss(curves));
        // The axis ends on a round value so its ticks read 1, 2, 3 rather than 1.01, 2.01, 3.01.
        double lossStep = niceStep(maxLoss / 5);
        maxLoss = Math.ceil(maxLoss / lossStep - 1e-9) * lossStep;

        drawAxes(g, maxIteration, maxLoss, title);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        // The legend sits in the top right corner, as wide as its longest label.
        int legendWidth = race.lanes().stream().mapToInt(lane -> g.getFontMetrics().stringWidth(lane.label())).max().orElse(0);
        int legendX = Math.max(MARGIN + 10, WIDTH - MARGIN - legendWidth - 30);
        for (int lane = 0; lane < curves.size(); lane++) {
            g.setColor(LANE_COLOURS[lane % LANE_COLOURS.length]);
            g.setStroke(new BasicStroke(2f));
            g.draw(path(curves.get(lane), maxIteration, maxLoss));
            g.fillRect(legendX, MARGIN + 10 + lane * 22, 14, 14);
            g.setColor(Color.DARK_GRAY);
            g.drawString(race.lanes().get(lane).label(), legendX + 20, MARGIN + 22 + lane * 22);
        }
        g.dispose();
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }

    private static double firstLoss(List<List<IterationMetrics>> curves) {
        return curves.stream().filter(c -> !c.isEmpty()).mapToDouble(c -> c.get(0).loss())
                .filter(Double::isFinite).max().orElse(1);
    }

    private static Path2D path(List<IterationMetrics> curve, long maxIteration, double maxLoss) {
        Path2D path = new Path2D.Double();
        double smoothed = Double.NaN;
        boolean started = false;
        for (IterationMetrics it : curve) {
            if (!Double.isFinite(it.loss())) {
                break;
            }
            smoothed = Double.isNaN(smoothed) ? it.loss() : SMOOTHING * smoothed + (1 - SMOOTHING) * it.loss();
            double x = MARGIN + (WIDTH - 2.0 * MARGIN) * it.iteration() / maxIteration;
            double y = HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * Math.min(smoothed, maxLoss) / maxLoss;
            if (started) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                started = true;
            }
        }
        return path;
    }

    private static void drawAxes(Graphics2D g, long maxIteration, double maxLoss, String title) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        List<Double> lossTicks = ticks(maxLoss);
        g.setColor(new Color(0xe0e0e0));
        for (double tick : lossTicks) {
            int y = (int) Math.round(HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * tick / maxLoss);
            g.drawLine(MARGIN, y, WIDTH - MARGIN, y);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(MARGIN, HEIGHT - MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN);
        g.drawLine(MARGIN, MARGIN, MARGIN, HEIGHT - MARGIN);
        for (double tick : lossTicks) {
            int y = (int) Math.round(HEIGHT - MARGIN - (HEIGHT - 2.0 * MARGIN) * tick / maxLoss);
            g.drawString(Numbers.compact(tick), 20, y + 5);
        }
        for (double tick : ticks(maxIteration).stream().filter(t -> t == Math.rint(t)).toList()) {
            int x = (int) Math.round(MARGIN + (WIDTH - 2.0 * MARGIN) * tick / maxIteration);
            g.drawString(Numbers.compact(tick), x - 10, HEIGHT - MARGIN + 20);
        }
        g.drawString("iteration", WIDTH / 2 - 30, HEIGHT - 25);
        g.drawString("training loss (smoothed)", 20, MARGIN - 15);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, MARGIN, 30);
    }

    /**
     * Tick values from 0 to {@code max} in steps of 1, 2 or 5 times a power of ten, about five of
     * them: what a person would write on an axis. Rounded so that 0.1 * 3 reads 0.3.
     */
    static List<Double> ticks(double max) {
        if (!(max > 0) || !Double.isFinite(max)) {
            return List.of(0.0);
        }
        double step = niceStep(max / 5);
        List<Double> ticks = new java.util.ArrayList<>();
        for (int i = 0; i * step <= max * (1 + 1e-9); i++) {
            ticks.add(Double.parseDouble(String.format(Locale.ROOT, "%.12g", i * step)));
        }
        return ticks;
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= rough * (1 - 1e-9)) {
                return factor * power;
            }
        }
        return 10 * power;
    }
}
