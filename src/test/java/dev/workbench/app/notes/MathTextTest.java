package dev.workbench.app.notes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MathTextTest {

    @Test
    void greekLettersAndOperatorsBecomeUnicode() {
        assertEquals("log 10 ≈ 2.30", MathText.plain("\\log 10 \\approx 2.30"));
        assertEquals("σ(x)", MathText.plain("\\sigma(x)"));
    }

    @Test
    void scriptsBecomeSubAndSuperscriptPieces() {
        List<MathText.Piece> pieces = MathText.parse("x_{i+u}^2");
        assertEquals(List.of(
                new MathText.Piece("x", MathText.Position.NORMAL),
                new MathText.Piece("i+u", MathText.Position.SUB),
                new MathText.Piece("2", MathText.Position.SUPER)), pieces);
    }

    @Test
    void sizingCommandsDisappear() {
        assertEquals("(b)", MathText.plain("\\Big(b\\Big)"));
    }

    @Test
    void formulasSurviveMarkdownParsing() {
        MathMarkers.Extracted extracted = MathMarkers.extract("Loss $L = -\\log p_c$ and `$not math$`.\n\n$$ y_{i,j} $$\n");
        assertEquals(List.of("L = -\\log p_c", "y_{i,j}"), extracted.formulas());
        assertTrue(extracted.markdown().contains("`$not math$`"));
    }
}
