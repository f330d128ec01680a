package dev.workbench.lessons.schedule;

/**
 * Picks each schedule's free parameters from the length of a training run, so a lesson can offer
 * "step", "cosine"... as one choice: step halves the rate every epoch, exponential and inverse
 * end the run at about a tenth of the base rate, poly and cosine reach zero at the last iteration.
 */
public final class RunSchedules {
    static final double STEP_GAMMA = 0.5;
    static final double END_FRACTION = 0.1;

    private RunSchedules() {
    }

    public static ScheduleSpec forRun(ScheduleKind kind, double baseRate, int totalIterations, int iterationsPerEpoch,
                                      int warmupIterations) {
        int total = Math.max(1, totalIterations);
        ScheduleSpec spec = switch (kind) {
            case FIXED -> ScheduleSpec.fixed(baseRate);
            case STEP -> ScheduleSpec.step(baseRate, STEP_GAMMA,
                    Math.max(1, iterationsPerEpoch < total ? iterationsPerEpoch : total / 3));
            case EXPONENTIAL -> ScheduleSpec.exponential(baseRate, Math.pow(END_FRACTION, 1.0 / total));
            case INVERSE -> ScheduleSpec.inverse(baseRate, (1 / END_FRACTION - 1) / total, 1.0);
            case POLY -> ScheduleSpec.poly(baseRate, 2.0, total, 0.0);
            case COSINE -> ScheduleSpec.cosine(baseRate, 0.0, total);
        };
        return warmupIterations > 0 ? spec.withWarmup(warmupIterations) : spec;
    }
}
