package dev.workbench.lessons.sequences;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingFeedTest {
    private static final SequencesLesson LESSON = new SequencesLesson();
    private static final String AUGMENTATION = "jitter:0.05@0.7,scaling:0.2@0.7,time-warp:0.3@0.7,window-slice:0.2@0.5";

    @BeforeAll
    static void threads() {
        NativeSetup.applyThreadPolicy();
    }

    private static Settings settings(Map<String, String> raw) {
        return LESSON.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }

    @Test
    void previewShowsExactlyWhatTheSessionsIteratorFeedsEachEpoch() throws Exception {
        Settings settings = settings(Map.of(SequencesLesson.AUGMENTATION, AUGMENTATION, SequencesLesson.SERIES, "co2",
                SequencesLesson.BATCH_SIZE, "16"));
        TrainingFeed feed = FeedPreview.of(settings).feed();
        int[] watched = {5, 400, 1000, feed.trainingWindows() - 1};
        try (SequencesSession session = LESSON.prepare(settings)) {
            assertEquals(feed.iterationsPerEpoch(), session.iterationsPerEpoch(), "one pass per epoch");
            for (int epoch = 1; epoch <= 2; epoch++) {
                session.startEpoch(epoch);
                DataSetIterator batches = session.trainingBatches();
                int checked = 0;
                int expected = 0;
                for (int window : watched) {
                    final int e = epoch;
                    expected += (int) feed.asFed(window, epoch).stream().filter(f -> f.epoch() == e).count();
                }
                for (int batch = 0; batch < session.iterationsPerEpoch(); batch++) {
                    DataSet fed = batches.next();
                    for (int window : watched) {
                        for (TrainingFeed.FedWindow shown : feed.asFed(window, epoch)) {
                            if (shown.epoch() == epoch && shown.batch() == batch) {
                                float[] features = fed.getFeatures().slice(shown.row()).reshape(-1).toFloatVector();
                                double[] values = shown.values();
                                assertEquals(features.length, values.length);
                                for (int t = 0; t < values.length; t++) {
                                    assertEquals(features[t], (float) values[t], 0f, "epoch " + epoch + " window " + window + " step " + t);
                                }
                                checked++;
                            }
                        }
                    }
                }
                assertFalse(batches.hasNext(), "an epoch is exactly one pass");
                assertEquals(expected, checked, "every watched window fed in epoch " + epoch + " was found");
                assertTrue(checked >= watched.length - 1, "at most one watched window in a dropped partial batch");
            }
        }
    }

    @Test
    void eachEpochChangesTheWindowDifferently() throws Exception {
        FeedPreview preview = FeedPreview.of(settings(Map.of(SequencesLesson.AUGMENTATION, "jitter:0.05@1")));
        FeedPreview.Shown shown = preview.show(123);
        List<TrainingFeed.FedWindow> fed = shown.fed();
        assertEquals(3, fed.size(), "the default run's three epochs");
        assertFalse(java.util.Arrays.equals(fed.get(0).values(), fed.get(1).values()));
        assertFalse(java.util.Arrays.equals(fed.get(0).values(), shown.original()));
    }

    @Test
    void withoutAugmentationTheWindowIsFedAsItIs() throws Exception {
        FeedPreview.Shown shown = FeedPreview.of(settings(Map.of())).show(42);
        for (TrainingFeed.FedWindow fed : shown.fed()) {
            assertArrayEquals(shown.original(), fed.values(), 1e-4);
        }
    }
}
