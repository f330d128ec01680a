package dev.workbench.lessons.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Labelled points in the plane, for the small classifiers and generators whose decision
 * boundaries or samples can be drawn. Point {@code i} is ({@code x[i]}, {@code y[i]}) with class
 * {@code label[i]} in {@code 0..classes-1}. The arrays are copied in and out, so a set never
 * changes once made.
 */
public record PointSet(double[] x, double[] y, int[] label, int classes, String name) {
    public PointSet {
        if (x.length != y.length || x.length != label.length) {
            throw new IllegalArgumentException("x, y and label must have the same length: "
                    + x.length + ", " + y.length + ", " + label.length);
        }
        Objects.requireNonNull(name, "name");
        if (classes <= 0) {
            throw new IllegalArgumentException("classes must be positive: " + classes);
        }
        for (int i = 0; i < label.length; i++) {
            if (label[i] < 0 || label[i] >= classes) {
                throw new IllegalArgumentException("point " + i + " has label " + label[i]
                        + ", but labels must be 0.." + (classes - 1));
            }
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
        }
        x = x.clone();
        y = y.clone();
        label = label.clone();
    }

    /** A training part and a validation part of one point set. */
    public record Split(PointSet train, PointSet validation) {
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public int[] label() {
        return label.clone();
    }

    public int size() {
        return label.length;
    }

    public double x(int index) {
        return x[index];
    }

    public double y(int index) {
        return y[index];
    }

    public int label(int index) {
        return label[index];
    }

    public int[] countsPerClass() {
        int[] counts = new int[classes];
        for (int l : label) {
            counts[l]++;
        }
        return counts;
    }

    /**
     * Holds out {@code validationFraction} of each class (rounded) as a validation set, chosen at
     * random with {@code seed}; per class, so both parts keep the class balance. Points keep their
     * relative order within each part.
     */
    public Split split(double validationFraction, long seed) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be between 0 and 1 (exclusive): " + validationFraction);
        }
        Random random = new Random(seed);
        boolean[] heldOut = new boolean[size()];
        for (int c = 0; c < classes; c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                if (label[i] == c) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            int take = (int) Math.round(members.size() * validationFraction);
            for (int k = 0; k < take; k++) {
                heldOut[members.get(k)] = true;
            }
        }
        return new Split(select(heldOut, false, name + " (train)"), select(heldOut, true, name + " (validation)"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointSet p && classes == p.classes && name.equals(p.name)
                && Arrays.equals(x, p.x) && Arrays.equals(y, p.y)
                && Arrays.equals(label, p.label);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, classes, Arrays.hashCode(x),
                Arrays.hashCode(y), Arrays.hashCode(label));
    }

    @Override
    public String toString() {
        return "PointSet[" + name + ", " + size() + " points, " + classes + " classes]";
    }

    private PointSet select(boolean[] mask, boolean wanted, String partName) {
        int n = 0;
        for (boolean m : mask) {
            n += m == wanted ? 1 : 0;
        }
        double[] nx = new double[n];
        double[] ny = new double[n];
        int[] nl = new int[n];
        int k = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i] == wanted) {
                nx[k] = x[i];
                ny[k] = y[i];
                nl[k] = label[i];
                k++;
            }
        }
        return new PointSet(nx, ny, nl, classes, partName);
    }
}
