package dev.workbench.app.notes;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.LessonInfo;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownViewTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void tablesBecomeGridsWithBoldHeaders() {
        MarkdownView view = new MarkdownView("""
                | surface | what it teaches |
                |---|---|
                | bowl | *zig-zags* |
                | saddle | $x^2 - y^2$ |
                """);
        GridPane grid = (GridPane) view.getChildren().get(0);
        assertEquals(6, grid.getChildren().size());
        TextFlow head = (TextFlow) grid.getChildren().get(0);
        assertTrue(head.getStyleClass().contains(MarkdownView.TABLE_HEAD_CLASS));
        assertEquals("surface", text(head));
        assertEquals("zig-zags", text((TextFlow) grid.getChildren().get(3)));
    }

    @Test
    void displayFormulasOnConsecutiveLinesStackInOneBlock() {
        MarkdownView view = new MarkdownView("$$ a = 1 $$\n$$ b = 2 $$\n\nText with $c$.\n");
        javafx.scene.layout.VBox block = (javafx.scene.layout.VBox) view.getChildren().get(0);
        assertTrue(block.getStyleClass().contains(MarkdownView.MATH_BLOCK_CLASS));
        assertEquals(List.of("a = 1", "b = 2"), block.getChildren().stream().map(n -> ((MathView) n).tex()).toList());
        assertTrue(view.getChildren().get(1).getStyleClass().contains(MarkdownView.PARAGRAPH_CLASS));
    }

    @Test
    void noLessonNotesShowRawTableMarkup() {
        for (LessonInfo info : LessonCatalog.all().stream().map(l -> l.info()).toList()) {
            assertNoPipes(new MarkdownView(info.notesMarkdown()), info.id());
        }
        for (LessonInfo info : LessonCatalog.demos()) {
            assertNoPipes(new MarkdownView(info.notesMarkdown()), info.id());
        }
    }

    private static void assertNoPipes(MarkdownView view, String id) {
        view.getChildren().stream().filter(TextFlow.class::isInstance).map(TextFlow.class::cast)
                .forEach(flow -> assertFalse(text(flow).startsWith("|"), id + ": " + text(flow)));
    }

    private static String text(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .collect(Collectors.joining());
    }
}
