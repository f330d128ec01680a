package dev.workbench.app.probes;

/**
 * How many same-sized cells fit an area best: the column count that makes each cell largest.
 * Used for images (with a caption line under each) and for the panel's cards.
 *
 * @param columns cells per row
 * @param rows    rows needed for all cells
 * @param cell    width of one cell (its height follows from the aspect ratio)
 */
record GridFit(int columns, int rows, double cell) {

    /**
     * Places {@code count} cells of {@code aspect} (height / width) in {@code width x height},
     * with {@code gap} between cells and {@code caption} pixels of text under each.
     */
    static GridFit images(int count, double aspect, double width, double height, double gap, double caption) {
        return images(count, 0, aspect, width, height, gap, caption);
    }

    /** As above with a fixed number of {@code columns}, or 0 to choose the one that gives the largest cells. */
    static GridFit images(int count, int columns, double aspect, double width, double height, double gap, double caption) {
        if (count <= 0) {
            return new GridFit(0, 0, 0);
        }
        if (columns > 0) {
            int fixed = Math.min(columns, count);
            int rows = (count + fixed - 1) / fixed;
            double byWidth = (width - gap * (fixed - 1)) / fixed;
            double byHeight = ((height - gap * (rows - 1)) / rows - caption) / aspect;
            return new GridFit(fixed, rows, Math.max(0, Math.floor(Math.min(byWidth, byHeight))));
        }
        GridFit best = new GridFit(count, 1, 0);
        for (int candidate = 1; candidate <= count; candidate++) {
            int rows = (count + candidate - 1) / candidate;
            double byWidth = (width - gap * (candidate - 1)) / candidate;
            double byHeight = ((height - gap * (rows - 1)) / rows - caption) / aspect;
            double cell = Math.floor(Math.min(byWidth, byHeight));
            if (cell > best.cell()) {
                best = new GridFit(candidate, rows, cell);
            }
        }
        return best;
    }

    /** Columns of cards about {@code cardWidth} wide (never fewer than one, never more than cards). */
    static int columns(double width, double cardWidth, double gap, int cards) {
        if (cards <= 0 || !(cardWidth > 0)) {
            return 1;
        }
        int fit = (int) Math.floor((width + gap) / (cardWidth + gap));
        return Math.max(1, Math.min(cards, fit));
    }
}
