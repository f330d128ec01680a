package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.EpochEvaluation;
import dev.workbench.lessons.engine.LessonSession;
import dev.workbench.lessons.engine.Settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** A lane's session that computes only while holding the race's {@link CpuBaton}. */
final class BatonSession implements LessonSession {
    private final LessonSession inner;
    private final CpuBaton baton;

    BatonSession(LessonSession inner, CpuBaton baton) {
        this.inner = inner;
        this.baton = baton;
    }

    @Override
    public Settings settings() {
        return inner.settings();
    }

    @Override
    public int epochs() {
        return inner.epochs();
    }

    @Override
    public int iterationsPerEpoch() {
        return inner.iterationsPerEpoch();
    }

    @Override
    public int samplesPerIteration() {
        return inner.samplesPerIteration();
    }

    @Override
    public void startEpoch(int epoch) {
        inner.startEpoch(epoch);
    }

    @Override
    public double trainIteration() {
        return baton.hold(inner::trainIteration);
    }

    @Override
    public EpochEvaluation evaluate() {
        return baton.hold(inner::evaluate);
    }

    @Override
    public String divergenceHint() {
        return inner.divergenceHint();
    }

    @Override
    public void saveCheckpoint(Path file) throws IOException {
        inner.saveCheckpoint(file);
    }

    @Override
    public OptionalDouble testAccuracy() {
        return baton.hold(inner::testAccuracy);
    }

    @Override
    public void close() {
        inner.close();
    }

    LessonSession inner() {
        return inner;
    }
}
