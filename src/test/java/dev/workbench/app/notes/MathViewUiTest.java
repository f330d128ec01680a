package dev.workbench.app.notes;

import dev.workbench.app.FxWait;
import dev.workbench.app.shell.Theme;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formulas in the notes take the theme's text colour and grow with the text zoom. */
@ExtendWith(ApplicationExtension.class)
class MathViewUiTest {
    private StackPane root;
    private Scene scene;
    private MarkdownView view;

    @Start
    void start(Stage stage) {
        view = new MarkdownView("Noise shrinks like $1/\\sqrt{B}$ per step.\n\n$$ g = \\frac{1}{B} \\sum_{k=1}^{B} \\ell(x_k, y_k) $$\n\n"
                + "A typo: $\\frac{1}{B$.");
        root = new StackPane(view);
        scene = new Scene(root, 900, 500);
        scene.getStylesheets().addAll(Theme.areaSheets());
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void formulasTakeTheThemesTextColour(FxRobot robot) {
        assertTrue(brightness(inline()) < 0.3, "dark ink on the light theme");
        robot.interact(() -> Theme.DARK.apply(scene));
        assertTrue(fx(() -> brightness(inline())) > 0.7, "light ink on the dark theme");
        robot.interact(() -> Theme.LIGHT.apply(scene));
    }

    @Test
    void formulasGrowWithTheTextZoom(FxRobot robot) {
        double small = fx(() -> inline().picture().width());
        robot.interact(() -> root.setStyle("-fx-font-size: 30px;"));
        double large = fx(() -> inline().picture().width());
        assertTrue(large > 1.7 * small, small + " -> " + large);
    }

    @Test
    void aFormulaWithAMistakeShowsItsSource() {
        MathView typo = fx(() -> view.lookupAll("." + MathView.STYLE_CLASS).stream().map(MathView.class::cast)
                .filter(m -> m.tex().equals("\\frac{1}{B")).findFirst().orElseThrow());
        assertFalse(fx(typo::isDrawn));
        assertTrue(fx(() -> typo.getStyleClass().contains(MathView.ERROR_CLASS)));
        MathView display = fx(() -> (MathView) view.lookup("." + MarkdownView.MATH_BLOCK_CLASS + " ." + MathView.STYLE_CLASS));
        assertTrue(fx(display::isDrawn));
    }

    private MathView inline() {
        return (MathView) view.lookup("." + MarkdownView.PARAGRAPH_CLASS + " ." + MathView.STYLE_CLASS);
    }

    /** Brightness of the most opaque pixel of the formula's picture: its ink. */
    private static double brightness(MathView math) {
        PixelReader pixels = math.picture().image().getPixelReader();
        Color ink = Color.TRANSPARENT;
        for (int y = 0; y < (int) math.picture().image().getHeight(); y++) {
            for (int x = 0; x < (int) math.picture().image().getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (c.getOpacity() > ink.getOpacity()) {
                    ink = c;
                }
            }
        }
        return ink.getBrightness();
    }

    private static <T> T fx(Callable<T> query) {
        return FxWait.fx(10, query);
    }
}
