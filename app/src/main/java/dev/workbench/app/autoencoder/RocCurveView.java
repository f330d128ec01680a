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
        double leftSpace = 2.4 * em + textWidth("100%");
        double bottomSpace = 2.8 * em;
        double rightSpace = textWidth("100%") / 2 + pad;
        double side = Math.min(w - leftSpace - rightSpace, h - bottomSpace - pad);
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
        g.fillText("false alarms (normal items flagged)", left + side / 2, top + side + 1.5 * em, w);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t = 0; t <= 1.0001; t += 0.25) {
            g.fillText(ChartFormat.percent(t), left - pad, top + side - t * side);
        }
        g.save();
        g.translate(0.7 * em, top + side / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("anomalies caught (recall)", 0, 0);
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
