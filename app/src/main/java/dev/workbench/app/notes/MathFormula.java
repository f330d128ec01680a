package dev.workbench.app.notes;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * One TeX formula, parsed by JLaTeXMath and drawn with Java2D into an image. Java2D rather than
 * a JavaFX canvas because JLaTeXMath draws its own TeX fonts, which JavaFX cannot name; the image
 * is drawn at {@code scale} times the size it is shown at, so it stays sharp.
 */
final class MathFormula {
    /** Inline formulas sit in a line of text; display formulas stand on their own, larger limits and fractions. */
    enum Style {
        INLINE(TeXConstants.STYLE_TEXT), DISPLAY(TeXConstants.STYLE_DISPLAY);

        private final int texStyle;

        Style(int texStyle) {
            this.texStyle = texStyle;
        }
    }

    /**
     * A drawn formula: the image and its size where it is shown (image pixels / scale), with the
     * distance from its top down to the baseline of the text around it.
     */
    record Picture(WritableImage image, double width, double height, double baseline) {
    }

    /** A formula JLaTeXMath cannot read, or whose braces do not pair up; the message says why. */
    static final class SyntaxException extends Exception {
        SyntaxException(String message) {
            super(message);
        }
    }

    /** Room around the glyphs (in image pixels) so that antialiased edges are not cut off. */
    private static final int MARGIN = 2;
    /**
     * JLaTeXMath loads its fonts and tables lazily into static fields; every call into it holds
     * this lock, so the warm-up thread and the FX thread never load them at the same time.
     */
    private static final Object JLATEXMATH = new Object();

    private final TeXFormula formula;

    private MathFormula(TeXFormula formula) {
        this.formula = formula;
    }

    static MathFormula parse(String tex) throws SyntaxException {
        // JLaTeXMath quietly closes an unclosed group ("\frac{1}{" reads as 1/nothing): a typo
        // that should fail the notes test rather than render as something else.
        String braces = unbalancedBraces(tex);
        if (braces != null) {
            throw new SyntaxException(braces);
        }
        try {
            synchronized (JLATEXMATH) {
                return new MathFormula(new TeXFormula(tex));
            }
        } catch (ParseException e) {
            throw new SyntaxException(e.getMessage());
        } catch (RuntimeException e) {
            throw new SyntaxException("cannot read the formula (" + e + ")");
        }
    }

    /**
     * Draws the formula with its letters {@code fontSize} pixels high, in {@code colour}, at
     * {@code scale} image pixels per shown pixel.
     */
    Picture draw(Style style, double fontSize, Color colour, double scale) {
        BufferedImage image;
        double baseline;
        synchronized (JLATEXMATH) {
            TeXIcon icon = formula.createTeXIcon(style.texStyle, (float) (fontSize * scale));
            // "true" insets: without it JLaTeXMath adds 0.18 em on every side.
            icon.setInsets(new Insets(MARGIN, MARGIN, MARGIN, MARGIN), true);
            icon.setForeground(new java.awt.Color((float) colour.getRed(), (float) colour.getGreen(),
                    (float) colour.getBlue(), (float) colour.getOpacity()));
            image = paint(icon);
            // JLaTeXMath draws the box's baseline this far below the top inset (see TeXIcon.paintIcon).
            baseline = MARGIN + icon.getTrueIconHeight() - icon.getTrueIconDepth();
        }
        int width = image.getWidth();
        int height = image.getHeight();
        WritableImage fxImage = new WritableImage(width, height);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        fxImage.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        return new Picture(fxImage, width / scale, height / scale, baseline / scale);
    }

    /**
     * Loads JLaTeXMath's fonts and tables (a second or two the first time) on a background
     * thread, so that the first notes page with formulas opens without that wait.
     */
    static void warmUpInBackground() {
        Thread thread = new Thread(() -> {
            try {
                synchronized (JLATEXMATH) {
                    paint(new TeXFormula("\\eta_0 \\cdot \\frac{1}{\\sqrt{B}} \\sum_k \\ell(x_k, y_k)")
                            .createTeXIcon(TeXConstants.STYLE_DISPLAY, 20));
                }
            } catch (RuntimeException e) {
                // The notes will meet the same problem and show it where it matters.
            }
        }, "tex-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    private static BufferedImage paint(TeXIcon icon) {
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Why the braces of {@code tex} do not pair up, or null when they do ({@code \{} and {@code \}} are literal). */
    static String unbalancedBraces(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return "a '}' closes a group that was never opened (at character " + (i + 1) + ")";
            }
        }
        return depth == 0 ? null : depth + " '{' never closed";
    }
}
