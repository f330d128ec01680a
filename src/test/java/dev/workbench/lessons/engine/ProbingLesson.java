package dev.workbench.lessons.engine;

import java.util.List;

/**
 * A lesson around {@link ProbingSession} for tests of the generic page and Compare tab: a real
 * network with its own declared metrics (a weight norm, a shuffled-label loss) and a live probe.
 */
public final class ProbingLesson implements Lesson {
    private static final List<HyperParameter> PARAMETERS = List.of(
            new HyperParameter.DecimalParameter("learning-rate", "Learning rate", "Step size.", List.of("lr"),
                    0.05, 1e-4, 1.0, true),
            new HyperParameter.IntegerParameter("epochs", "Epochs", "Passes.", List.of(), 30, 1, 1000));

    @Override
    public LessonInfo info() {
        return new LessonInfo("probing", "Probing lesson", "A perceptron with its own metrics and a probe.",
                LessonCategory.FOUNDATIONS, "# Probing\n\nThe weights' norm is $\\|w\\|_2$.");
    }

    @Override
    public List<HyperParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Metrics metrics() {
        return ProbingSession.METRICS;
    }

    @Override
    public List<ProbeSpec> probes() {
        return ProbingSession.PROBES;
    }

    @Override
    public LessonSession prepare(Settings settings) throws LessonException {
        try {
            return new ProbingSession(settings.integer("epochs"), settings.decimal("learning-rate"), settings.seed());
        } catch (Exception e) {
            throw new LessonException("cannot build the probing session: " + e.getMessage(), e);
        }
    }
}
