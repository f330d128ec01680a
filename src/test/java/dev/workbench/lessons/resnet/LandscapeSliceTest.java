package dev.workbench.lessons.resnet;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slices the loss of a really trained residual network and checks it sits in a valley. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LandscapeSliceTest {
    private static final Logger LOG = LoggerFactory.getLogger(LandscapeSliceTest.class);
    private static final int UPDATES = 300;

    private final ResNetLesson lesson = new ResNetLesson();
    private ResNetSession residual;

    @BeforeAll
    void trainTheDefaultResidualNet() throws Exception {
        NativeSetup.configure();
        NativeSetup.applyThreadPolicy();
        residual = lesson.prepare(lesson.validate(Map.of(), Settings.DEFAULT_SEED).orElseThrow());
        for (int i = 0; i < UPDATES; i++) {
            residual.trainStep();
        }
    }

    @Test
    void trainedResidualNetSitsLowerAtTheCentreThanAtTheEdges() {
        AtomicInteger lastDone = new AtomicInteger();
        long start = System.nanoTime();
        LandscapeSlice slice = residual.landscapeSlice((done, total) -> lastDone.set(done), () -> false);
        LOG.info("{}x{} slice of the default residual net ({} points) in {} ms: centre {}, border mean {}",
                LandscapeSlice.SIDE, LandscapeSlice.SIDE, slice.points(), (System.nanoTime() - start) / 1_000_000,
                slice.centreLoss(), slice.borderMean());
        assertEquals(LandscapeSlice.SIDE * LandscapeSlice.SIDE, slice.grid().values().length);
        assertEquals(LandscapeSlice.SIDE * LandscapeSlice.SIDE, lastDone.get(), "progress reaches the last cell");
        assertEquals(LandscapeSlice.EVALUATION_POINTS, slice.points());
        assertTrue(slice.borderMean() > slice.centreLoss(),
                "border mean " + slice.borderMean() + " should exceed the centre " + slice.centreLoss());
        double trained = residual.score(java.util.List.of(residual.data().landscapeSet(LandscapeSlice.EVALUATION_POINTS))).loss();
        assertEquals(trained, slice.centreLoss(), 1e-6, "the centre is the trained network itself");
    }

    @Test
    void sameSeedGivesTheSameSliceAndTheWeightsComeBack() {
        INDArray before = residual.graph().params().dup();
        LandscapeSlice first = residual.landscapeSlice(5, LandscapeSlice.Progress.NONE, () -> false);
        LandscapeSlice second = residual.landscapeSlice(5, LandscapeSlice.Progress.NONE, () -> false);
        assertArrayEquals(first.grid().values(), second.grid().values(), 1e-9);
        assertEquals(before, residual.graph().params(), "weights restored after a slice");
    }

    @Test
    void cancellingStopsAndRestoresTheWeights() {
        INDArray before = residual.graph().params().dup();
        AtomicInteger rows = new AtomicInteger();
        assertThrows(CancellationException.class, () -> residual.landscapeSlice(
                (done, total) -> rows.incrementAndGet(), () -> rows.get() >= 2));
        assertEquals(2, rows.get(), "no rows computed after the cancel");
        assertEquals(before, residual.graph().params(), "weights restored after a cancel");
    }

    @Test
    void directionsMatchEveryFilterLengthOfTheWeights() {
        INDArray w = residual.graph().getLayer("dense3").getParam("W");
        INDArray d = LandscapeSlice.direction(w, new Random(1));
        assertArrayEquals(w.shape(), d.shape());
        // Dense weights are [in, out]: a filter is a column.
        assertArrayEquals(w.norm2(0).toDoubleVector(), d.norm2(0).toDoubleVector(), 1e-4);
    }
}
