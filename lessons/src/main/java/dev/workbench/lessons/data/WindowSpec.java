package dev.workbench.lessons.data;

import java.util.List;

/**
 * How to cut a series into supervised examples. A window is {@code length} consecutive rows of
 * every column; its targets are the {@code targets} columns {@code horizon} rows after the
 * window's last row, and for {@code steps > 1} the following {@code steps - 1} rows too.
 * With {@code horizon = 1, steps = 1} a window predicts the next value.
 *
 * @param targets names of the columns to predict; empty means every column
 */
public record WindowSpec(int length, int horizon, int steps, List<String> targets) {
    public WindowSpec {
        targets = List.copyOf(targets);
        if (length < 1 || horizon < 1 || steps < 1) {
            throw new IllegalArgumentException("length, horizon and steps must be at least 1: " + length + ", " + horizon + ", " + steps);
        }
    }

    /** One-step prediction of every column, {@code horizon} rows after the window. */
    public static WindowSpec of(int length, int horizon) {
        return new WindowSpec(length, horizon, 1, List.of());
    }

    /** Rows a window needs from its first input to its last target. */
    public int span() {
        return length + horizon + steps - 1;
    }
}
