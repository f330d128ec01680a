package dev.workbench.app.rate;

import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.LearningRateControl;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonException;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.optim.LrRangeTest;
import dev.workbench.lessons.optim.OptimizerKind;
import dev.workbench.lessons.race.OptimizerLanes;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The view-model of the range test: prepares a fresh session of the lesson with the form's
 * settings and sweeps the learning rate on it, in the background (never the page's training
 * run), then publishes the result on the FX thread. Holds no nodes.
 */
public final class RangeTestRunner {
    /** Iterations of the sweep unless the student picks another number. */
    public static final int DEFAULT_ITERATIONS = 200;
    public static final int MIN_ITERATIONS = 20;
    public static final int MAX_ITERATIONS = 2000;

    private final Lesson lesson;
    private final BackgroundWorker worker;
    private final Executor fx;
    private final double minRate;
    private final double maxRate;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<LrRangeTest.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");

    /** Sweeps the range the lesson allows for its learning rate. */
    public RangeTestRunner(Lesson lesson, BackgroundWorker worker, Executor fx) {
        this.lesson = lesson;
        this.worker = worker;
        this.fx = fx;
        HyperParameter.DecimalParameter rate = learningRateParameter(lesson)
                .orElseThrow(() -> new IllegalArgumentException("lesson " + lesson.id() + " has no learning rate"));
        this.minRate = rate.min();
        this.maxRate = rate.max();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last completed sweep, or null. */
    public ReadOnlyObjectProperty<LrRangeTest.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the last sweep failed, or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public double minRate() {
        return minRate;
    }

    public double maxRate() {
        return maxRate;
    }

    /** Why these settings cannot be swept (an optimizer without a learning rate), or empty. */
    public static Optional<String> problem(Settings settings) {
        Object optimizer = settings.values().get(OptimizerLanes.OPTIMIZER);
        if (optimizer instanceof String name && !OptimizerKind.fromCliName(name).hasLearningRate()) {
            return Optional.of(OptimizerKind.fromCliName(name).label()
                    + " has no learning rate to test: pick another optimizer in the settings.");
        }
        return Optional.empty();
    }

    /** Starts a sweep of {@code iterations} updates on a fresh network; ignored while one runs. */
    public void run(Settings settings, int iterations) {
        if (running.get()) {
            return;
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be in " + MIN_ITERATIONS + ".." + MAX_ITERATIONS);
        }
        running.set(true);
        failure.set(null);
        worker.submit(() -> sweep(settings, iterations)).whenCompleteAsync((done, error) -> {
            running.set(false);
            if (error != null) {
                failure.set(LessonRunner.describe(error));
            } else {
                result.set(done);
            }
        }, fx);
    }

    private LrRangeTest.Result sweep(Settings settings, int iterations) throws LessonException {
        try (LessonSession session = lesson.prepare(settings)) {
            if (!(session instanceof LearningRateControl)) {
                throw new LessonException("The " + lesson.info().title() + " lesson cannot change its learning rate while training.");
            }
            LrRangeTest.Result sweep = LrRangeTest.run((LessonSession & LearningRateControl) session, minRate, maxRate, iterations);
            if (sweep.learningRates().length < 3) {
                throw new LessonException("The loss blew up at once; the range test found no learning rate to suggest.");
            }
            return sweep;
        }
    }

    static Optional<HyperParameter.DecimalParameter> learningRateParameter(Lesson lesson) {
        return lesson.parameters().stream()
                .filter(p -> p.name().equals(OptimizerLanes.LEARNING_RATE))
                .filter(HyperParameter.DecimalParameter.class::isInstance)
                .map(HyperParameter.DecimalParameter.class::cast)
                .findFirst();
    }
}
