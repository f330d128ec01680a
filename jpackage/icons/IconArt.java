import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the Deep Learning Workbench icon (a small neural network with a falling loss curve in
 * front of it) and writes every file the installers need: PNGs, a Windows ICO and a macOS ICNS.
 *
 * <p>Run from the repository root: {@code java jpackage/icons/IconArt.java jpackage/icons}.
 * The outputs are committed, so installer builds do not depend on this program.
 */
public final class IconArt {
    private static final Color BACKGROUND_TOP = new Color(0x28, 0x35, 0x93);
    private static final Color BACKGROUND_BOTTOM = new Color(0x00, 0x83, 0x8F);
    private static final Color NETWORK = new Color(255, 255, 255);
    private static final Color LOSS_CURVE = new Color(0xFF, 0xB3, 0x00);
    /** Node rows per layer, as fractions of the icon: input, hidden, output. */
    private static final double[][] LAYERS = {{0.26, 0.42, 0.58}, {0.20, 0.34, 0.48, 0.62}, {0.33, 0.49}};
    /** Small icons get fewer, bigger nodes so they stay readable at 16 px. */
    private static final double[][] TINY_LAYERS = {{0.26, 0.52}, {0.18, 0.40, 0.62}, {0.40}};
    private static final double[] LAYER_X = {0.42, 0.62, 0.82};

    private IconArt() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[]{16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encodePng(draw(size)));
        }
        Files.write(out.resolve("deep-learning-workbench-256.png"), png.get(256));
        Files.write(out.resolve("deep-learning-workbench-512.png"), png.get(512));
        writeIco(out.resolve("deep-learning-workbench.ico"), png, new int[]{16, 24, 32, 48, 64, 128, 256});
        writeIcns(out.resolve("deep-learning-workbench.icns"), png);
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size, size);
        boolean tiny = size <= 32;

        double margin = tiny ? 0.02 : 0.06;
        g.setPaint(new GradientPaint(0, 0, BACKGROUND_TOP, 1, 1, BACKGROUND_BOTTOM));
        g.fill(new RoundRectangle2D.Double(margin, margin, 1 - 2 * margin, 1 - 2 * margin, 0.36, 0.36));

        // Tiny icons keep only the nodes and the curve: edges would blur into a grey smear.
        double[][] layers = tiny ? TINY_LAYERS : LAYERS;
        if (!tiny) {
            g.setColor(withAlpha(NETWORK, 0.30));
            g.setStroke(new BasicStroke(0.012f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int layer = 0; layer + 1 < LAYERS.length; layer++) {
                for (double from : LAYERS[layer]) {
                    for (double to : LAYERS[layer + 1]) {
                        g.draw(new Line2D.Double(LAYER_X[layer], from, LAYER_X[layer + 1], to));
                    }
                }
            }
        }
        double radius = tiny ? 0.085 : 0.05;
        for (int layer = 0; layer < layers.length; layer++) {
            for (double y : layers[layer]) {
                g.setColor(withAlpha(NETWORK, 0.92));
                g.fill(new Ellipse2D.Double(LAYER_X[layer] - radius, y - radius, 2 * radius, 2 * radius));
            }
        }

        Path2D curve = lossCurve();
        float width = tiny ? 0.11f : 0.065f;
        g.setColor(withAlpha(BACKGROUND_TOP.darker(), 0.55));
        g.setStroke(new BasicStroke(width * 1.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        g.setColor(LOSS_CURVE);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        g.dispose();
        return image;
    }

    /** A training-loss shape: a steep fall that flattens out (screen y grows downwards). */
    private static Path2D lossCurve() {
        Path2D path = new Path2D.Double();
        int steps = 64;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double x = 0.17 + 0.66 * t;
            double y = 0.80 - 0.60 * Math.exp(-6.5 * t);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        return path;
    }

    private static Color withAlpha(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(alpha * 255));
    }

    private static byte[] encodePng(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG-compressed entries, which Windows reads since Vista. */
    private static void writeIco(Path file, Map<Integer, byte[]> png, int[] sizes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int size : sizes) {
            byte[] data = png.get(size);
            out.byte8(size >= 256 ? 0 : size);
            out.byte8(size >= 256 ? 0 : size);
            out.byte8(0);
            out.byte8(0);
            out.short16(1);
            out.short16(32);
            out.int32(data.length);
            out.int32(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            bytes.write(png.get(size));
        }
        Files.write(file, bytes.toByteArray());
    }

    /** ICNS: a big-endian container of typed PNG entries, the set macOS's iconutil writes. */
    private static void writeIcns(Path file, Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> entries = new LinkedHashMap<>();
        entries.put("ic11", 32);   // 16 pt @2x
        entries.put("ic12", 64);   // 32 pt @2x
        entries.put("ic07", 128);
        entries.put("ic13", 256);  // 128 pt @2x
        entries.put("ic08", 256);
        entries.put("ic14", 512);  // 256 pt @2x
        entries.put("ic09", 512);
        entries.put("ic10", 1024); // 512 pt @2x
        int total = 8;
        for (int size : entries.values()) {
            total += 8 + png.get(size).length;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(total);
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            byte[] data = png.get(entry.getValue());
            out.writeBytes(entry.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        Files.write(file, bytes.toByteArray());
    }

    private record LittleEndian(OutputStream out) {
        void byte8(int value) throws IOException {
            out.write(value);
        }

        void short16(int value) throws IOException {
            out.write(value & 0xff);
            out.write((value >>> 8) & 0xff);
        }

        void int32(int value) throws IOException {
            short16(value & 0xffff);
            short16(value >>> 16);
        }
    }
}
