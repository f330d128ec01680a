package dev.workbench.app.gan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Points the student placed, and their text form for the lesson's {@code points} setting
 * ("x,y x,y ...", two decimals). Immutable.
 */
public record DrawnPoints(List<double[]> points) {
    public static final DrawnPoints NONE = new DrawnPoints(List.of());

    public DrawnPoints {
        points = points.stream().map(double[]::clone).toList();
    }

    @Override
    public List<double[]> points() {
        return points.stream().map(double[]::clone).toList();
    }

    public int size() {
        return points.size();
    }

    public DrawnPoints plus(double x, double y) {
        List<double[]> more = new ArrayList<>(points);
        more.add(new double[]{x, y});
        return new DrawnPoints(more);
    }

    /** "x,y x,y ...", as the lesson's points setting reads it. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (double[] p : points) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(String.format(Locale.ROOT, "%.2f,%.2f", p[0], p[1]));
        }
        return text.toString();
    }

    /** The points of a setting's text; pairs that are not two numbers are skipped (the form reports them). */
    public static DrawnPoints parse(String text) {
        List<double[]> points = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.trim().split("[;\\s]+")) {
                String[] parts = pair.split(",");
                if (parts.length == 2) {
                    try {
                        double x = Double.parseDouble(parts[0]);
                        double y = Double.parseDouble(parts[1]);
                        if (Double.isFinite(x) && Double.isFinite(y)) {
                            points.add(new double[]{x, y});
                        }
                    } catch (NumberFormatException e) {
                        // not a point: the lesson names it when the run is prepared
                    }
                }
            }
        }
        return new DrawnPoints(points);
    }
}
