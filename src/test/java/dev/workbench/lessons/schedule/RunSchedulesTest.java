package dev.workbench.lessons.schedule;

import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.cnn.CnnSession;
import dev.workbench.lessons.engine.NativeSetup;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunSchedulesTest {
    @Test
    void runLengthSchedulesEndWhereTheySay() {
        int total = 300;
        assertEquals(0.1, ScheduleSpec.class.cast(RunSchedules.forRun(ScheduleKind.EXPONENTIAL, 1.0, total, 100, 0))
                .toSchedule().valueAt(total, 0), 1e-9);
        assertEquals(1.0 / 10, RunSchedules.forRun(ScheduleKind.INVERSE, 1.0, total, 100, 0).toSchedule().valueAt(total, 0), 1e-12);
        assertEquals(0.25, RunSchedules.forRun(ScheduleKind.STEP, 1.0, total, 100, 0).toSchedule().valueAt(200, 0), 1e-12);
        assertEquals(0.0, RunSchedules.forRun(ScheduleKind.COSINE, 1.0, total, 100, 0).toSchedule().valueAt(total, 0), 1e-12);
        assertEquals(0.5, RunSchedules.forRun(ScheduleKind.FIXED, 1.0, total, 100, 10).toSchedule().valueAt(4, 0), 1e-12);
    }

    @Test
    void theChosenScheduleIsAppliedInTraining() throws Exception {
        NativeSetup.configure();
        CnnLesson lesson = new CnnLesson();
        try (CnnSession session = lesson.prepare(lesson.validate(
                Map.of("optimizer", "sgd", "learning-rate", "0.1", "lr-schedule", "step", "epochs", "3"), 1).orElseThrow())) {
            var net = session.network();
            // step: halved every epoch (156 iterations)
            assertEquals(0.1, net.getLearningRate(0), 1e-9);
            session.startEpoch(1);
            for (int i = 0; i < 157; i++) {
                session.trainIteration();
            }
            assertEquals(0.05, net.getLearningRate(0), 1e-9);
        }
    }
}
