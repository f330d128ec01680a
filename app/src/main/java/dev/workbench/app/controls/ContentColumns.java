package dev.workbench.app.controls;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * Keeps a table's columns at least as wide as their header and their widest cell, measured in
 * the font the table shows now (so also at 200%): "Subsampling" and "Parameters" are read in
 * full, not as "Subsampl..." or "Param...". Spare width is shared out among the columns; when
 * they need more than the table has, the table scrolls sideways instead of clipping them.
 */
public final class ContentColumns<T> {
    /** Cell padding and the header's sort arrow room, in em. */
    private static final double PADDING_EM = 1.6;

    private final TableView<T> table;
    private final java.util.Map<TableColumn<T, ?>, Function<T, String>> texts = new java.util.LinkedHashMap<>();

    private ContentColumns(TableView<T> table) {
        this.table = table;
        table.getItems().addListener((ListChangeListener<T>) change -> fit());
        table.skinProperty().addListener((obs, old, skin) -> watchFont());
        table.sceneProperty().addListener((obs, old, scene) -> fit());
        // Both change during a CSS or layout pass, when the table must not be restructured: after it.
        table.widthProperty().addListener((obs, old, width) -> later(this::choosePolicy));
    }

    /** Fits the columns added with {@link #column} to their content from now on. */
    public static <T> ContentColumns<T> of(TableView<T> table) {
        return new ContentColumns<>(table);
    }

    /** Fits {@code column}, whose cells show {@code text} of a row. */
    public ContentColumns<T> column(TableColumn<T, ?> column, Function<T, String> text) {
        texts.put(column, text);
        fit();
        return this;
    }

    /** The width {@code column} needs for its header and cells in the table's font now. */
    public double neededWidth(TableColumn<T, ?> column) {
        Font font = font();
        double widest = width(column.getText(), Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()));
        Function<T, String> text = texts.get(column);
        if (text != null) {
            for (T row : table.getItems()) {
                widest = Math.max(widest, width(text.apply(row), font));
            }
        }
        return Math.ceil(widest + PADDING_EM * font.getSize());
    }

    private void fit() {
        texts.keySet().forEach(column -> {
            double needed = neededWidth(column);
            column.setMinWidth(needed);
            column.setPrefWidth(Math.max(column.getPrefWidth(), needed));
        });
        choosePolicy();
    }

    /**
     * Columns share the width while they fit; a constrained table would clip what does not fit,
     * so then each keeps its own width and the table gets a horizontal scroll bar.
     */
    private void choosePolicy() {
        double needed = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        double available = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 20;
        boolean fits = table.getWidth() <= 0 || needed <= available;
        var policy = fits ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
        }
    }

    /** Refits when the text size changes (the header labels exist once the table has its skin). */
    private void watchFont() {
        javafx.application.Platform.runLater(() -> {
            Node header = table.lookup(".column-header .label");
            if (header instanceof Label label) {
                label.fontProperty().addListener((obs, old, now) -> later(this::fit));
            }
            fit();
        });
    }

    private void later(Runnable action) {
        javafx.application.Platform.runLater(action);
    }

    private Font font() {
        Node header = table.lookup(".column-header .label");
        return header instanceof Label label ? label.getFont() : Font.getDefault();
    }

    private static double width(String s, Font font) {
        Text text = new Text(s == null ? "" : s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
