package dev.workbench.lessons.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LandscapeFunctionsTest {
    private static final double H = 1e-5;

    /** The noise-free landscapes, plus the noisy bowl with its noise turned off. */
    static Stream<Landscape> exactLandscapes() {
        return Stream.concat(
                Landscapes.all().stream().filter(landscape -> !(landscape instanceof NoisyBowl)),
                Stream.of(new NoisyBowl(0, NoisyBowl.DEFAULT_SEED)));
    }

    @ParameterizedTest
    @MethodSource("exactLandscapes")
    void gradientMatchesCentralFiniteDifference(Landscape landscape) {
        ViewWindow window = landscape.window();
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            double x = window.xMin() + random.nextDouble() * window.width();
            double y = window.yMin() + random.nextDouble() * window.height();
            Vec2 g = landscape.gradient(x, y);
            double fdX = (landscape.value(x + H, y) - landscape.value(x - H, y)) / (2 * H);
            double fdY = (landscape.value(x, y + H) - landscape.value(x, y - H)) / (2 * H);
            assertEquals(fdX, g.x(), 1e-5 * (1 + Math.abs(fdX)), landscape.name() + " d/dx at " + x + ", " + y);
            assertEquals(fdY, g.y(), 1e-5 * (1 + Math.abs(fdY)), landscape.name() + " d/dy at " + x + ", " + y);
        }
    }

    @ParameterizedTest
    @MethodSource("exactLandscapes")
    void knownMinimaHaveZeroGradientAndLieBelowTheirNeighbours(Landscape landscape) {
        assertFalse(landscape.minima().isEmpty(), landscape.name() + " lists its minima");
        for (Vec2 minimum : landscape.minima()) {
            assertTrue(landscape.gradient(minimum).norm() < 1e-9,
                    landscape.name() + " gradient at " + minimum + " is " + landscape.gradient(minimum));
            double f = landscape.value(minimum);
            for (double angle = 0; angle < 2 * Math.PI; angle += Math.PI / 4) {
                Vec2 near = new Vec2(minimum.x() + 1e-3 * Math.cos(angle), minimum.y() + 1e-3 * Math.sin(angle));
                assertTrue(landscape.value(near) > f, landscape.name() + " rises away from " + minimum);
            }
        }
    }

    @Test
    void rosenbrockAndHimmelblauMinimaAreWhereTheLiteratureSays() {
        assertEquals(List.of(new Vec2(1, 1)), new Rosenbrock().minima());
        Himmelblau himmelblau = new Himmelblau();
        assertEquals(4, himmelblau.minima().size());
        for (Vec2 minimum : himmelblau.minima()) {
            assertEquals(0, himmelblau.value(minimum), 1e-20);
        }
        assertEquals(0, new Beale().value(3, 0.5), 0);
        assertEquals(-0.25, new SaddlePoint().value(0, 1), 0);
    }

    @Test
    void saddleIsFlatAtTheOriginButNotAMinimum() {
        SaddlePoint saddle = new SaddlePoint();
        assertEquals(new Vec2(0, 0), saddle.gradient(0, 0));
        assertTrue(saddle.value(0, 0.1) < saddle.value(0, 0), "falls along y");
        assertTrue(saddle.value(0.1, 0) > saddle.value(0, 0), "rises along x");
    }

    @Test
    void everyLandscapeStartsInsideItsWindowAwayFromAMinimum() {
        for (Landscape landscape : Landscapes.all()) {
            assertTrue(landscape.window().contains(landscape.start()), landscape.name());
            for (Vec2 minimum : landscape.minima()) {
                assertTrue(landscape.window().contains(minimum), landscape.name() + " shows " + minimum);
                assertTrue(landscape.value(landscape.start()) > landscape.value(minimum), landscape.name());
            }
            assertFalse(landscape.label().isBlank());
            assertFalse(landscape.description().isBlank());
        }
    }

    @Test
    void namesAreUniqueAndLookUpTheirLandscape() {
        var names = new HashSet<String>();
        for (Landscape landscape : Landscapes.all()) {
            assertTrue(names.add(landscape.name()), "duplicate " + landscape.name());
            assertEquals(landscape, Landscapes.byName(landscape.name().toUpperCase()));
        }
        assertEquals(6, names.size());
    }

    @Test
    void unknownLandscapeNameListsTheValidOnes() {
        var error = assertThrows(IllegalArgumentException.class, () -> Landscapes.byName("everest"));
        assertTrue(error.getMessage().contains("everest"));
        assertTrue(error.getMessage().contains("rosenbrock, saddle, himmelblau, beale"), error.getMessage());
    }
}
