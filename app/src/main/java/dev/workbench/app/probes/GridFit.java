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
        if (count <= 0) {
            return new GridFit(0, 0, 0);
        }
        GridFit best = new GridFit(count, 1, 0);
        for (int columns = 1; columns <= count; columns++) {
            int rows = (count + columns - 1) / columns;
            double byWidth = (width - gap * (columns - 1)) / columns;
            double byHeight = ((height - gap * (rows - 1)) / rows - caption) / aspect;
            double cell = Math.floor(Math.min(byWidth, byHeight));
            if (cell > best.cell()) {
                best = new GridFit(columns, rows, cell);
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
