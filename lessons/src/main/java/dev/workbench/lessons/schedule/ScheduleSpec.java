package dev.workbench.lessons.schedule;

import static dev.workbench.lessons.schedule.ScheduleParameter.GAMMA;
import static dev.workbench.lessons.schedule.ScheduleParameter.MIN_RATE;
import static dev.workbench.lessons.schedule.ScheduleParameter.PERIOD;
import static dev.workbench.lessons.schedule.ScheduleParameter.POWER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.InverseSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * A learning-rate curve over iterations, optionally preceded by a linear warm-up. Parameters a kind does not
 * read (see {@link ScheduleKind#parameters()}) must be 0, so equal specs mean equal curves; the static
 * factories fill them in.
 *
 * @param kind             the shape of the curve
 * @param baseRate         η₀, the rate at iteration 0 before warm-up; finite and positive
 * @param gamma            decay factor γ: in (0, 1] for step and exponential, positive for inverse
 * @param power            exponent p for inverse and poly; positive
 * @param period           T in iterations: step length, or where poly and cosine reach {@code minRate}
 * @param minRate          η_min for poly and cosine, in [0, baseRate)
 * @param warmupIterations W: ramp linearly up over the first W iterations (0 for none)
 */
public record ScheduleSpec(ScheduleKind kind, double baseRate, double gamma, double power, int period,
        double minRate, int warmupIterations) {

    public ScheduleSpec {
        Objects.requireNonNull(kind, "kind");
        if (!(baseRate > 0) || Double.isInfinite(baseRate)) {
            throw new IllegalArgumentException("baseRate must be finite and > 0, was " + baseRate);
        }
        Set<ScheduleParameter> reads = kind.parameters();
        if (reads.contains(GAMMA)) {
            boolean decayOnly = kind == ScheduleKind.STEP || kind == ScheduleKind.EXPONENTIAL;
            if (!(gamma > 0) || (decayOnly ? gamma > 1 : Double.isInfinite(gamma))) {
                throw new IllegalArgumentException(
                        kind.label() + " needs gamma in " + (decayOnly ? "(0, 1]" : "(0, ∞)") + ", was " + gamma);
            }
        }
        if (reads.contains(POWER) && (!(power > 0) || Double.isInfinite(power))) {
            throw new IllegalArgumentException(kind.label() + " needs a finite power > 0, was " + power);
        }
        if (reads.contains(PERIOD) && period < 1) {
            throw new IllegalArgumentException(kind.label() + " needs a period >= 1, was " + period);
        }
        if (reads.contains(MIN_RATE) && !(minRate >= 0 && minRate < baseRate)) {
            throw new IllegalArgumentException(
                    kind.label() + " needs minRate in [0, baseRate), was " + minRate + " with baseRate " + baseRate);
        }
        requireUnusedZero(kind, GAMMA, gamma);
        requireUnusedZero(kind, POWER, power);
        requireUnusedZero(kind, PERIOD, period);
        requireUnusedZero(kind, MIN_RATE, minRate);
        if (warmupIterations < 0) {
            throw new IllegalArgumentException("warmupIterations must be >= 0, was " + warmupIterations);
        }
    }

    public static ScheduleSpec fixed(double baseRate) {
        return new ScheduleSpec(ScheduleKind.FIXED, baseRate, 0, 0, 0, 0, 0);
    }

    /** {@code baseRate · gamma^⌊i / stepIterations⌋}. */
    public static ScheduleSpec step(double baseRate, double gamma, int stepIterations) {
        return new ScheduleSpec(ScheduleKind.STEP, baseRate, gamma, 0, stepIterations, 0, 0);
    }

    /** {@code baseRate · gamma^i}. */
    public static ScheduleSpec exponential(double baseRate, double gamma) {
        return new ScheduleSpec(ScheduleKind.EXPONENTIAL, baseRate, gamma, 0, 0, 0, 0);
    }

    /** {@code baseRate / (1 + gamma·i)^power}. */
    public static ScheduleSpec inverse(double baseRate, double gamma, double power) {
        return new ScheduleSpec(ScheduleKind.INVERSE, baseRate, gamma, power, 0, 0, 0);
    }

    /** From {@code baseRate} down to {@code endRate} at {@code maxIterations} along {@code (1 − i/T)^power}. */
    public static ScheduleSpec poly(double baseRate, double power, int maxIterations, double endRate) {
        return new ScheduleSpec(ScheduleKind.POLY, baseRate, 0, power, maxIterations, endRate, 0);
    }

    /** Half a cosine from {@code baseRate} down to {@code minRate} at {@code period}. */
    public static ScheduleSpec cosine(double baseRate, double minRate, int period) {
        return new ScheduleSpec(ScheduleKind.COSINE, baseRate, 0, 0, period, minRate, 0);
    }

    public ScheduleSpec withWarmup(int iterations) {
        return new ScheduleSpec(kind, baseRate, gamma, power, period, minRate, iterations);
    }

    /** The ND4J schedule, counting iterations (the epoch argument of {@code valueAt} is ignored). */
    public ISchedule toSchedule() {
        ISchedule curve = switch (kind) {
            case FIXED -> new FixedSchedule(baseRate);
            case STEP -> new StepSchedule(ScheduleType.ITERATION, baseRate, gamma, period);
            case EXPONENTIAL -> new ExponentialSchedule(ScheduleType.ITERATION, baseRate, gamma);
            case INVERSE -> new InverseSchedule(ScheduleType.ITERATION, baseRate, gamma, power);
            case POLY -> new PolyDecaySchedule(baseRate, minRate, power, period);
            case COSINE -> new CosineAnnealingSchedule(baseRate, minRate, period);
        };
        return warmupIterations > 0 ? new LinearWarmupSchedule(curve, warmupIterations) : curve;
    }

    /** The rate at iterations {@code 0 .. totalIterations − 1}, for plotting before training. */
    public double[] sample(int totalIterations) {
        if (totalIterations < 0) {
            throw new IllegalArgumentException("totalIterations must be >= 0, was " + totalIterations);
        }
        ISchedule schedule = toSchedule();
        double[] values = new double[totalIterations];
        for (int i = 0; i < totalIterations; i++) {
            values[i] = schedule.valueAt(i, 0);
        }
        return values;
    }

    /**
     * The rate at each of {@code iterations} (counted from 0), for plotting a long run from a few
     * hundred points rather than every iteration.
     */
    public double[] sampleAt(int[] iterations) {
        ISchedule schedule = toSchedule();
        double[] values = new double[iterations.length];
        for (int i = 0; i < iterations.length; i++) {
            if (iterations[i] < 0) {
                throw new IllegalArgumentException("iterations must be >= 0, was " + iterations[i]);
            }
            values[i] = schedule.valueAt(iterations[i], 0);
        }
        return values;
    }

    /** The formula of the curve, followed by the warm-up ramp when there is one. */
    public String formula() {
        return warmupIterations > 0 ? kind.formula() + "; " + ScheduleKind.WARMUP_FORMULA : kind.formula();
    }

    /** A one-line summary with the numbers, e.g. {@code "Step decay: η₀ 0.1, γ 0.5, T 100"}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("η₀ " + format(baseRate));
        if (kind.parameters().contains(GAMMA)) {
            parts.add("γ " + format(gamma));
        }
        if (kind.parameters().contains(POWER)) {
            parts.add("p " + format(power));
        }
        if (kind.parameters().contains(PERIOD)) {
            parts.add("T " + period);
        }
        if (kind.parameters().contains(MIN_RATE)) {
            parts.add("η_min " + format(minRate));
        }
        if (warmupIterations > 0) {
            parts.add("warm-up " + warmupIterations);
        }
        return kind.label() + ": " + String.join(", ", parts);
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void requireUnusedZero(ScheduleKind kind, ScheduleParameter parameter, double value) {
        if (!kind.parameters().contains(parameter) && value != 0) {
            throw new IllegalArgumentException(
                    kind.label() + " does not use " + parameter.label() + "; leave it 0, was " + value);
        }
    }
}
