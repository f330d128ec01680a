package dev.workbench.lessons.landscape;

import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code f = ½(x² + y²)} whose gradient carries Gaussian noise, like a minibatch gradient; the value is the
 * true bowl. The noise is a pure function of the seed and the point (a hash of both seeds the generator),
 * so runs replay exactly, and trajectories in one race never draw from each other's noise stream.
 */
public final class NoisyBowl implements Landscape {
    public static final long DEFAULT_SEED = dev.workbench.lessons.engine.Settings.DEFAULT_SEED;
    public static final double DEFAULT_NOISE = 1.0;

    private final double noiseStdDev;
    private final long seed;

    /**
     * @param noiseStdDev standard deviation of the noise added to each gradient component, finite and >= 0
     * @param seed        selects the noise field
     */
    public NoisyBowl(double noiseStdDev, long seed) {
        if (!(noiseStdDev >= 0) || Double.isInfinite(noiseStdDev)) {
            throw new IllegalArgumentException("noiseStdDev must be finite and >= 0, was " + noiseStdDev);
        }
        this.noiseStdDev = noiseStdDev;
        this.seed = seed;
    }

    public NoisyBowl() {
        this(DEFAULT_NOISE, DEFAULT_SEED);
    }

    public double noiseStdDev() {
        return noiseStdDev;
    }

    @Override
    public String name() {
        return "noisy-bowl";
    }

    @Override
    public String label() {
        return "Noisy bowl";
    }

    @Override
    public String description() {
        return "A round bowl seen through noisy gradients, as with small minibatches.";
    }

    @Override
    public double value(double x, double y) {
        return 0.5 * (x * x + y * y);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        if (noiseStdDev == 0) {
            return new Vec2(x, y);
        }
        SplittableRandom random = new SplittableRandom(noiseSeed(x, y));
        return new Vec2(x + noiseStdDev * random.nextGaussian(), y + noiseStdDev * random.nextGaussian());
    }

    @Override
    public ViewWindow window() {
        return new ViewWindow(-5, 5, -5, 5);
    }

    @Override
    public Vec2 start() {
        return new Vec2(-4, 3.5);
    }

    @Override
    public List<Vec2> minima() {
        return List.of(new Vec2(0, 0));
    }

    private long noiseSeed(double x, double y) {
        long h = seed;
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(x);
        h = h * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(y);
        return h;
    }
}
