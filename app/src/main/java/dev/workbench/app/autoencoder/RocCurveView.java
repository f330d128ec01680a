package dev.workbench.app.autoencoder;

import dev.workbench.app.charts.ChartFormat;
import dev.workbench.lessons.autoencoder.AnomalyScores;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;

/**
 * The ROC curve: for every threshold, the share of normal items wrongly flagged (x) against the share
 * of anomalies caught (y). The diagonal is guessing; the area under the curve (AUC) is the chance a
 * random anomaly has a larger error than a random normal item. A dot marks the current threshold.
 */
final class RocCurveView extends PlotCanvas {
    private static final String X_CAPTION = "false alarms (normal items flagged)";
    private static final String Y_CAPTION = "anomalies caught (recall)";

    private List<AnomalyScores.RocPoint> roc = List.of();
    private double auc = Double.NaN;
    private AnomalyScores.Confusion current;

    RocCurveView() {
        super("ae-roc");
    }

    void show(List<AnomalyScores.RocPoint> curve, double area) {
        roc = List.copyOf(curve);
        auc = area;
        redraw();
    }

    void mark(AnomalyScores.Confusion confusion) {
        current = confusion;
        redraw();
    }

    double auc() {
        return auc;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (roc.isEmpty()) {
            centred(g, "Waiting for the anomaly scores", w, h);
            return;
        }
        double em = em();
        double pad = 0.5 * em;
        double line = 1.2 * em;
        List<String> xCaption = wrap(X_CAPTION, w - pad);
        double bottomSpace = 1.6 * em + xCaption.size() * line;
        double rightSpace = textWidth("100%") / 2 + pad;
        // The y caption turns on its side; it takes a second line when the square is too short for one.
        List<String> yCaption = List.of(Y_CAPTION);
        double side = 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            double leftSpace = 1.2 * em + yCaption.size() * line + textWidth("100%");
            side = Math.min(w - leftSpace - rightSpace, h - bottomSpace - pad);
            if (textWidth(Y_CAPTION) <= side) {
                break;
            }
            yCaption = wrap(Y_CAPTION, side);
        }
        double leftSpace = 1.2 * em + yCaption.size() * line + textWidth("100%");
        if (side < 4 * em) {
            return;
        }
        double left = leftSpace + (w - leftSpace - rightSpace - side) / 2;
        double top = pad;
        g.setStroke(axisPaint());
        g.setLineWidth(1);
        g.strokeRect(left, top, side, side);
        g.setLineDashes(4, 4);
        g.strokeLine(left, top + side, left + side, top);
        g.setLineDashes((double[]) null);
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t = 0; t <= 1.0001; t += 0.25) {
            g.fillText(ChartFormat.percent(t), left + t * side, top + side + pad / 2);
        }
        for (int i = 0; i < xCaption.size(); i++) {
            // Under the square, but moved in where a line would run past the canvas.
            double half = Math.min(w, textWidth(xCaption.get(i))) / 2;
            double x = Math.max(half, Math.min(left + side / 2, w - half));
            g.fillText(xCaption.get(i), x, top + side + 1.5 * em + i * line, w);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t = 0; t <= 1.0001; t += 0.25) {
            g.fillText(ChartFormat.percent(t), left - pad, top + side - t * side);
        }
        g.save();
        g.translate(left - leftSpace + 0.3 * em + line / 2, top + side / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < yCaption.size(); i++) {
            g.fillText(yCaption.get(i), 0, i * line);
        }
        g.restore();

        Color colour = normalColour();
        g.setStroke(colour);
        g.setLineWidth(2.2);
        g.beginPath();
        for (int i = 0; i < roc.size(); i++) {
            double x = left + roc.get(i).falsePositiveRate() * side;
            double y = top + side - roc.get(i).truePositiveRate() * side;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.setFill(textPaint());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(String.format(Locale.ROOT, "AUC %.3f", auc), left + side - pad, top + side - pad);
        if (current != null && Double.isFinite(current.falsePositiveRate()) && Double.isFinite(current.recall())) {
            double x = left + current.falsePositiveRate() * side;
            double y = top + side - current.recall() * side;
            double r = 0.45 * em;
            g.setFill(accentColour());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + 24 * em();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + 20 * em();
    }
}
