package dev.workbench.lessons.text;

import dev.workbench.lessons.kit.FastLstm;
import dev.workbench.lessons.data.DatasetException;
import dev.workbench.lessons.engine.Checkpoints;
import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.Metrics;
import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.StepResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The char-LSTM on the shipped novel: one short training run (a small model, 80 updates) shared
 * by the tests that need a model that has learnt something.
 */
class TextLessonTest {
    private static final TextLesson LESSON = new TextLesson();
    /** Small enough to train in seconds on two busy cores, big enough to beat the unigram line. */
    private static final Map<String, String> SMALL = Map.of(TextLesson.HIDDEN, "64", TextLesson.SEQUENCE_LENGTH, "32",
            TextLesson.EPOCHS, "1", TextLesson.ITERATIONS, "80");

    private static TextSession trained;
    private static double firstBits;
    private static EpochEvaluation afterTraining;

    @BeforeAll
    static void train() throws Exception {
        NativeSetup.applyThreadPolicy();
        trained = LESSON.prepare(settings(SMALL));
        trained.startEpoch(1);
        StepResult first = trained.trainStep();
        firstBits = first.loss();
        assertEquals(trained.unigramBits(), first.value(TextLesson.UNIGRAM_BITS), "the entropy lines come with every update");
        for (int i = 1; i < trained.iterationsPerEpoch(); i++) {
            trained.trainIteration();
        }
        afterTraining = trained.evaluate();
    }

    @AfterAll
    static void close() {
        trained.close();
    }

    private static Settings settings(Map<String, String> raw) {
        return LESSON.validate(raw, Settings.DEFAULT_SEED).orElseThrow();
    }

    private static Map<String, String> small(String name, String value) {
        Map<String, String> raw = new HashMap<>(SMALL);
        raw.put(name, value);
        return raw;
    }

    @Test
    void bitsPerCharacterFallFromUniformToBelowTheUnigramEntropy() {
        int vocabulary = trained.vocabulary().size();
        assertEquals(75, vocabulary, "Pride and Prejudice uses 75 characters");
        double uniform = Math.log(vocabulary) / Math.log(2);
        assertEquals(uniform, firstBits, 0.3, "an untrained model is about as unsure as a uniform guess");
        double unigram = trained.unigramBits();
        double bigram = trained.bigramBits();
        assertEquals(4.46, unigram, 0.05);
        assertEquals(3.49, bigram, 0.05);
        double validation = afterTraining.value(Metrics.VALIDATION_LOSS.id());
        assertTrue(FastLstm.passes(trained.network().getLayer(0)).hiddenMajorBackwards() > 0,
                "the 128-unit LSTM trains in the hidden-major loop");
        assertTrue(validation < unigram - 0.2, "held-out bits/char " + validation + " should beat the unigram line " + unigram);
    }

    @Test
    void theSameSeedWritesTheSameTextAndAnotherSeedOtherText() {
        Writing first = trained.write("Elizabeth", 0.8, 200, 7);
        Writing again = trained.write("Elizabeth", 0.8, 200, 7);
        Writing other = trained.write("Elizabeth", 0.8, 200, 8);
        assertEquals(first, again);
        assertNotEquals(first, other);
        Writing.Written written = assertInstanceOf(Writing.Written.class, first);
        assertEquals(200, written.continuation().codePointCount(0, written.continuation().length()));
        assertTrue(written.text().startsWith("Elizabeth"));
    }

    @Test
    void lowerTemperatureWritesLessVariedText() {
        double cold = 0;
        double hot = 0;
        for (long seed = 1; seed <= 3; seed++) {
            cold += characterEntropy(trained.write("The ", 0.3, 400, seed));
            hot += characterEntropy(trained.write("The ", 1.5, 400, seed));
        }
        assertTrue(cold < hot - 0.3, "entropy of the characters written at T=0.3 (" + cold / 3 + ") vs T=1.5 (" + hot / 3 + ")");
    }

    @Test
    void aPrimeWithCharactersTheNovelNeverUsesIsRefusedByName() {
        Writing.Refused refused = assertInstanceOf(Writing.Refused.class, trained.write("Élise paid 5 €", 0.8, 50, 1));
        assertTrue(refused.reason().contains("'É' (U+00C9)") && refused.reason().contains("'€' (U+20AC)"), refused.reason());
        assertTrue(refused.reason().contains("pride-and-prejudice.txt"), refused.reason());

        LessonException atStart = assertThrows(LessonException.class,
                () -> LESSON.prepare(settings(small(TextLesson.PRIME, "Señor"))));
        assertTrue(atStart.getMessage().contains("'ñ' (U+00F1)"), atStart.getMessage());
    }

    @Test
    void theProbeShowsTheSettingsPrimeAndTemperature() {
        ProbeRecord.Text text = assertInstanceOf(ProbeRecord.Text.class, trained.probe(TextLesson.SAMPLE).orElseThrow());
        Writing.Written same = (Writing.Written) trained.write(TextLesson.DEFAULT_PRIME, TextLesson.DEFAULT_TEMPERATURE,
                TextLesson.DEFAULT_SAMPLE_LENGTH, Settings.DEFAULT_SEED);
        assertEquals(same.text(), text.text());
    }

    @Test
    void aMissingOrBinaryTextFileIsNamed(@TempDir Path dir) throws Exception {
        Map<String, String> missing = small(TextLesson.DATA_DIR, dir.toString());
        missing.put(TextLesson.TEXT_FILE, "no-such-novel.txt");
        DatasetException absent = assertThrows(DatasetException.class, () -> LESSON.prepare(settings(missing)));
        assertTrue(absent.getMessage().contains("no-such-novel.txt") && absent.getMessage().contains("does not exist"),
                absent.getMessage());

        Path binary = Files.write(dir.resolve("novel.txt"), new byte[]{'a', 'b', (byte) 0xC3, 0x28, 'c'});
        DatasetException corrupt = assertThrows(DatasetException.class,
                () -> LESSON.prepare(settings(small(TextLesson.TEXT_FILE, binary.toString()))));
        assertTrue(corrupt.getMessage().contains("novel.txt") && corrupt.getMessage().contains("not valid UTF-8"),
                corrupt.getMessage());

        Path tiny = Files.writeString(dir.resolve("tiny.txt"), "It is a truth universally acknowledged.");
        LessonException tooShort = assertThrows(LessonException.class,
                () -> LESSON.prepare(settings(small(TextLesson.TEXT_FILE, tiny.toString()))));
        assertTrue(tooShort.getMessage().contains("too short"), tooShort.getMessage());
    }

    @Test
    void aCheckpointKeepsWhatTheModelLearnt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("char-lstm" + Checkpoints.EXTENSION);
        trained.saveCheckpoint(file);
        try (TextSession restored = LESSON.restore(Checkpoints.load(file))) {
            assertTrue(FastLstm.isInstalled(restored.network().getLayer(0)), "a restored model gets the fast LSTM too");
            assertEquals(trained.testMeasurements(), restored.testMeasurements());
            assertEquals(trained.write("Mr. Darcy", 0.7, 120, 3), restored.write("Mr. Darcy", 0.7, 120, 3));
        }
    }

    /** Shannon entropy, in bits, of the characters a sample added. */
    private static double characterEntropy(Writing writing) {
        String text = ((Writing.Written) writing).continuation();
        Map<Integer, Integer> counts = new HashMap<>();
        text.codePoints().forEach(cp -> counts.merge(cp, 1, Integer::sum));
        int n = text.codePointCount(0, text.length());
        double bits = 0;
        for (int count : counts.values()) {
            double p = (double) count / n;
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
