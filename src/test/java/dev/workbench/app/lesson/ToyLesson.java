package dev.workbench.app.lesson;

import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.HyperParameter.DecimalParameter;
import dev.workbench.lessons.engine.HyperParameter.FlagParameter;
import dev.workbench.lessons.engine.HyperParameter.IntegerParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Settings;

import java.nio.file.Path;
import java.util.List;

/**
 * A lesson without a network: its "loss" falls as 1/iteration, or turns NaN at iteration 3 when
 * the learning rate is above 0.5, and preparing fails when the data is "missing". It shows that
 * the page works for any lesson.
 */
final class ToyLesson implements Lesson {
    static final String RATES_ID = "rates";
    /** Notes with a formula and "try this" links: two that work and one naming a setting the lesson lacks. */
    static final String NOTES = """
            # Toy

            The loss is $1/t$. [Try a slower rate](set:learning-rate=0.01&epochs=3),
            [race two rates](compare:rates) or [try momentum](set:momentum=0.9).
            """;
    static final String MISSING_DATA_MESSAGE = "The toy dataset is missing: put toy.csv in datasets/";

    private static final List<HyperParameter> PARAMETERS = List.of(
            new DecimalParameter("learning-rate", "Learning rate", "Step size.", List.of("lr"), 0.1, 1e-4, 1.0, true),
            new IntegerParameter("epochs", "Epochs", "Passes.", List.of(), 2, 1, 100),
            new FlagParameter("missing-data", "Pretend the data is missing", "For tests.", List.of(), false),
            new FlagParameter("slow-prepare", "Prepare slowly", "Reports progress for a minute, for tests.", List.of(), false));

    @Override
    public dev.workbench.lessons.engine.Metrics metrics() {
        return dev.workbench.lessons.engine.Metrics.classifier(0.6);
    }

    @Override
    public LessonInfo info() {
        return new LessonInfo("toy", "Toy lesson", "A falling curve.", LessonCategory.FOUNDATIONS, NOTES);
    }

    @Override
    public List<dev.workbench.lessons.engine.Comparison> comparisons() {
        return List.of(new dev.workbench.lessons.engine.Comparison(RATES_ID, "Two rates", "A fast and a slow rate.",
                java.util.Map.of("epochs", "1"), List.of(
                new dev.workbench.lessons.engine.Comparison.Lane("fast", java.util.Map.of("learning-rate", "0.1")),
                new dev.workbench.lessons.engine.Comparison.Lane("slow", java.util.Map.of("learning-rate", "0.01"))),
                0, false));
    }

    @Override
    public List<HyperParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public LessonSession prepare(Settings settings) throws LessonException {
        if (settings.flag("missing-data")) {
            throw new LessonException(MISSING_DATA_MESSAGE);
        }
        return new ToySession(settings);
    }

    /** With "slow-prepare", reports progress for up to a minute, as a lesson building a vocabulary would. */
    @Override
    public LessonSession prepare(Settings settings, dev.workbench.lessons.engine.Preparation preparation)
            throws LessonException {
        if (settings.flag("slow-prepare")) {
            for (int step = 0; step < 600; step++) {
                preparation.progress("Building the toy vocabulary", step / 600.0);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LessonException("interrupted");
                }
            }
        }
        return prepare(settings);
    }

    private static final class ToySession implements LessonSession {
        private static final int ITERATIONS_PER_EPOCH = 50;
        private final Settings settings;
        private int iteration;

        ToySession(Settings settings) {
            this.settings = settings;
        }

        @Override
        public Settings settings() {
            return settings;
        }

        @Override
        public int epochs() {
            return settings.integer("epochs");
        }

        @Override
        public int iterationsPerEpoch() {
            return ITERATIONS_PER_EPOCH;
        }

        @Override
        public int samplesPerIteration() {
            return 1;
        }

        @Override
        public void startEpoch(int epoch) {
        }

        @Override
        public double trainIteration() {
            iteration++;
            try {
                Thread.sleep(4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (settings.decimal("learning-rate") > 0.5 && iteration >= 3) {
                return Double.NaN;
            }
            return 1.0 / iteration;
        }

        @Override
        public EpochEvaluation evaluate() {
            return EpochEvaluation.classifier(0.5, 1.0 / iteration, 0.4);
        }

        @Override
        public String divergenceHint() {
            return "learning rate " + settings.decimal("learning-rate");
        }

        @Override
        public void saveCheckpoint(Path file) {
            throw new UnsupportedOperationException("toy lessons have no checkpoints");
        }
    }
}
