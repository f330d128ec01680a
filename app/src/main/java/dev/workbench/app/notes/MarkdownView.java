package dev.workbench.app.notes;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import javafx.scene.layout.GridPane;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lesson notes rendered as JavaFX nodes (there is no WebView): headings, paragraphs, lists,
 * tables, code, bold and italic, {@code $...$} / {@code $$...$$} TeX formulas (drawn by
 * {@link MathView}), and "try this" links ({@link NoteAction}) that it reports to
 * {@link #setOnNoteAction} for the page to carry out.
 */
public final class MarkdownView extends VBox {
    public static final String STYLE_CLASS = "markdown-view";
    public static final String TEXT_CLASS = "md-text";
    public static final String PARAGRAPH_CLASS = "md-paragraph";
    public static final String HEADING_CLASS_PREFIX = "md-h";
    public static final String LIST_CLASS = "md-list";
    public static final String LIST_ITEM_CLASS = "md-list-item";
    public static final String BULLET_CLASS = "md-bullet";
    public static final String CODE_CLASS = "md-code";
    public static final String CODE_BLOCK_CLASS = "md-code-block";
    public static final String STRONG_CLASS = "md-strong";
    public static final String EMPHASIS_CLASS = "md-em";
    public static final String LINK_CLASS = "md-link";
    public static final String MATH_CLASS = MathView.STYLE_CLASS;
    public static final String MATH_BLOCK_CLASS = "md-math-block";
    /** A "try this" link ({@link NoteAction}). */
    public static final String ACTION_CLASS = "md-action";
    public static final String QUOTE_CLASS = "md-quote";
    public static final String TABLE_CLASS = "md-table";
    public static final String TABLE_HEAD_CLASS = "md-table-head";
    public static final String TABLE_CELL_CLASS = "md-table-cell";

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final MathMarkers.Extracted source;
    private Consumer<NoteAction> onNoteAction = action -> { };

    public MarkdownView(String markdown) {
        getStyleClass().add(STYLE_CLASS);
        source = MathMarkers.extract(markdown);
        getChildren().addAll(blocks(PARSER.parse(source.markdown())));
    }

    /** Loads the TeX fonts in the background, so that the first notes with formulas open at once. */
    public static void warmUpFormulas() {
        MathFormula.warmUpInBackground();
    }

    /** Who carries out the notes' "try this" links; without one, clicking them does nothing. */
    public void setOnNoteAction(Consumer<NoteAction> handler) {
        onNoteAction = handler == null ? action -> { } : handler;
    }

    /** Every "try this" link in {@code markdown}, in reading order, as this view reads them. */
    public static List<NoteAction> actions(String markdown) {
        List<NoteAction> actions = new ArrayList<>();
        PARSER.parse(MathMarkers.extract(markdown).markdown()).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                NoteAction.parse(link.getDestination()).ifPresent(actions::add);
                visitChildren(link);
            }
        });
        return actions;
    }

    /** Every formula in {@code markdown} (inline and display), as TeX, in reading order. */
    public static List<String> formulas(String markdown) {
        return MathMarkers.extract(markdown).formulas();
    }

    private List<javafx.scene.Node> blocks(Node parent) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            javafx.scene.Node node = block(child);
            if (node != null) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private javafx.scene.Node block(Node block) {
        if (block instanceof Heading heading) {
            TextFlow flow = inlineFlow(heading);
            flow.getStyleClass().add(HEADING_CLASS_PREFIX + Math.min(heading.getLevel(), 4));
            return flow;
        }
        if (block instanceof Paragraph paragraph) {
            List<String> display = displayMath(paragraph);
            if (!display.isEmpty()) {
                VBox box = new VBox();
                display.forEach(tex -> box.getChildren().add(new MathView(tex, MathFormula.Style.DISPLAY)));
                box.getStyleClass().add(MATH_BLOCK_CLASS);
                box.setAlignment(Pos.CENTER);
                return box;
            }
            TextFlow flow = inlineFlow(paragraph);
            flow.getStyleClass().add(PARAGRAPH_CLASS);
            return flow;
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            return list(block);
        }
        if (block instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof BlockQuote) {
            VBox quote = new VBox();
            quote.getStyleClass().add(QUOTE_CLASS);
            quote.getChildren().addAll(blocks(block));
            return quote;
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        if (block instanceof TableBlock) {
            return table(block);
        }
        return null;
    }

    /** A GitHub-style table: one grid row per table row, header cells bold. */
    private javafx.scene.Node table(Node table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(TABLE_CLASS);
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node tableRow = section.getFirstChild(); tableRow != null; tableRow = tableRow.getNext()) {
                int column = 0;
                for (Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TextFlow flow = inlineFlow(cell);
                    flow.getStyleClass().add(section instanceof TableHead ? TABLE_HEAD_CLASS : TABLE_CELL_CLASS);
                    // A formula makes its cell's first line taller: the row's words share one baseline.
                    GridPane.setValignment(flow, javafx.geometry.VPos.BASELINE);
                    grid.add(flow, column++, row);
                }
                row++;
            }
        }
        return grid;
    }

    private javafx.scene.Node list(Node list) {
        VBox box = new VBox();
        box.getStyleClass().add(LIST_CLASS);
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label bullet = new Label(list instanceof OrderedList ? number++ + "." : "•");
            bullet.getStyleClass().add(BULLET_CLASS);
            bullet.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox content = new VBox();
            content.getStyleClass().add("md-list-content");
            content.getChildren().addAll(blocks(item));
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(bullet, content);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add(LIST_ITEM_CLASS);
            box.getChildren().add(row);
        }
        return box;
    }

    private javafx.scene.Node codeBlock(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add(CODE_BLOCK_CLASS);
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }

    /** The formulas if this paragraph is nothing but {@code $$...$$} formulas, one or more lines of them; else none. */
    private List<String> displayMath(Paragraph paragraph) {
        List<String> formulas = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                continue;
            }
            String formula = child instanceof Text text ? source.displayFormula(text.getLiteral().trim()) : null;
            if (formula == null) {
                return List.of();
            }
            formulas.add(formula);
        }
        return formulas;
    }

    private TextFlow inlineFlow(Node parent) {
        TextFlow flow = new TextFlow();
        new InlineRenderer(flow).visitChildren(parent);
        return flow;
    }

    /** A "try this" link, labelled with the link's text (formulas as their source). */
    private Hyperlink actionLink(Link link, NoteAction action) {
        StringBuilder label = new StringBuilder();
        link.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                source.split(text.getLiteral()).forEach(segment -> label.append(segment.text()));
            }

            @Override
            public void visit(Code code) {
                label.append(code.getLiteral());
            }
        });
        return ActionLink.of(label.toString(), action, chosen -> onNoteAction.accept(chosen));
    }

    /** Adds the inline content of one block to a text flow, carrying bold/italic/code down the tree. */
    private final class InlineRenderer extends AbstractVisitor {
        private final TextFlow flow;
        private final List<String> styles = new ArrayList<>();

        InlineRenderer(TextFlow flow) {
            this.flow = flow;
        }

        @Override
        public void visitChildren(Node parent) {
            super.visitChildren(parent);
        }

        @Override
        public void visit(Text text) {
            for (MathMarkers.Segment segment : source.split(text.getLiteral())) {
                if (segment.math()) {
                    flow.getChildren().add(new MathView(segment.text(), MathFormula.Style.INLINE));
                } else {
                    add(segment.text());
                }
            }
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), CODE_CLASS);
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled(emphasis, EMPHASIS_CLASS);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled(strong, STRONG_CLASS);
        }

        @Override
        public void visit(Link link) {
            Optional<NoteAction> action = NoteAction.parse(link.getDestination());
            if (action.isPresent()) {
                flow.getChildren().add(actionLink(link, action.get()));
            } else {
                styled(link, LINK_CLASS);
            }
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            add(" ");
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            add("\n");
        }

        private void styled(Node node, String styleClass) {
            styles.add(styleClass);
            visitChildren(node);
            styles.remove(styles.size() - 1);
        }

        private void add(String content, String... extra) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(content);
            text.getStyleClass().add(TEXT_CLASS);
            text.getStyleClass().addAll(styles);
            text.getStyleClass().addAll(extra);
            flow.getChildren().add(text);
        }
    }
}
