package dev.workbench.app.notes;

import dev.workbench.lessons.LessonCatalog;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every formula in every lesson's notes parses and draws. */
class NoteFormulasTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyFormulaInEveryNoteParsesAndDraws() {
        Map<String, String> notes = NotesOnClassPath.all();
        assertTrue(notes.size() >= LessonCatalog.all().size(), "notes found: " + notes.keySet());
        List<String> problems = new ArrayList<>();
        int formulas = 0;
        for (Map.Entry<String, String> note : notes.entrySet()) {
            for (String tex : MarkdownView.formulas(note.getValue())) {
                formulas++;
                try {
                    for (MathFormula.Style style : MathFormula.Style.values()) {
                        MathFormula.Picture picture = MathFormula.parse(tex).draw(style, 16, Color.BLACK, 2);
                        if (!(picture.width() > 0 && picture.baseline() > 0 && picture.baseline() <= picture.height())) {
                            problems.add(note.getKey() + ": $" + tex + "$ draws as an empty or misplaced picture: " + picture);
                        }
                    }
                } catch (MathFormula.SyntaxException e) {
                    problems.add(note.getKey() + ": $" + tex + "$: " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(formulas > 50, "only " + formulas + " formulas found");
    }

    /** A TextFlow puts a formula's baseline on the line's: it must be where the letters stand. */
    @Test
    void theBaselineIsWhereLettersWithoutDescendersEnd() throws Exception {
        MathFormula.Picture plain = MathFormula.parse("B = 1").draw(MathFormula.Style.INLINE, 20, Color.BLACK, 2);
        assertEquals(plain.baseline(), inkBottom(plain), 0.75);
        MathFormula.Picture descending = MathFormula.parse("x_k").draw(MathFormula.Style.INLINE, 20, Color.BLACK, 2);
        assertTrue(inkBottom(descending) > descending.baseline() + 2, "the subscript hangs below the baseline");
    }

    @Test
    void mistakesAreNamed() {
        MathFormula.SyntaxException unknown = assertThrows(MathFormula.SyntaxException.class,
                () -> MathFormula.parse("\\fracc{1}{B}"));
        assertTrue(unknown.getMessage().contains("fracc"), unknown.getMessage());
        MathFormula.SyntaxException open = assertThrows(MathFormula.SyntaxException.class,
                () -> MathFormula.parse("\\frac{1}{\\sqrt{B}"));
        assertTrue(open.getMessage().contains("never closed"), open.getMessage());
    }

    /** The lowest row with ink, in shown pixels from the top. */
    private static double inkBottom(MathFormula.Picture picture) {
        javafx.scene.image.PixelReader pixels = picture.image().getPixelReader();
        int height = (int) picture.image().getHeight();
        for (int y = height - 1; y >= 0; y--) {
            for (int x = 0; x < (int) picture.image().getWidth(); x++) {
                if (pixels.getColor(x, y).getOpacity() > 0.5) {
                    return (y + 1) / (picture.image().getHeight() / picture.height());
                }
            }
        }
        return 0;
    }

    @Test
    void formulasSurviveMarkdownParsing() {
        MathMarkers.Extracted extracted = MathMarkers.extract("Loss $L = -\\log p_c$ and `$not math$`.\n\n$$ y_{i,j} $$\n");
        assertEquals(List.of("L = -\\log p_c", "y_{i,j}"), extracted.formulas());
        assertTrue(extracted.markdown().contains("`$not math$`"));
    }
}
