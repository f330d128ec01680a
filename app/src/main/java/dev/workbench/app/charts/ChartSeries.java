package dev.workbench.app.charts;

/**
 * The points of one chart line, kept below a fixed capacity however long the run: when the
 * buffer is full, neighbouring points are merged pairwise (their mean) and every later point
 * stands for twice as many raw values. Points must arrive in increasing x. Not thread-safe: the
 * FX thread owns it.
 */
public final class ChartSeries {
    /** Default upper bound on stored points per line. */
    public static final int DEFAULT_CAPACITY = 1000;

    private final String name;
    private final int capacity;
    private final double[] xs;
    private final double[] ys;
    private int size;
    private int bucket = 1;
    private double pendingX;
    private double pendingY;
    private int pendingCount;
    private long received;

    public ChartSeries(String name) {
        this(name, DEFAULT_CAPACITY);
    }

    public ChartSeries(String name, int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be an even number >= 2: " + capacity);
        }
        this.name = name;
        this.capacity = capacity;
        this.xs = new double[capacity];
        this.ys = new double[capacity];
    }

    public String name() {
        return name;
    }

    /** Adds one raw point; non-finite values are counted but not drawn. */
    public void add(double x, double y) {
        received++;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        pendingX += x;
        pendingY += y;
        pendingCount++;
        if (pendingCount == bucket) {
            append(pendingX / pendingCount, pendingY / pendingCount);
            pendingX = 0;
            pendingY = 0;
            pendingCount = 0;
        }
    }

    public void clear() {
        size = 0;
        bucket = 1;
        pendingX = 0;
        pendingY = 0;
        pendingCount = 0;
        received = 0;
    }

    /** Raw points received since the last {@link #clear()}, drawn or not. */
    public long received() {
        return received;
    }

    /** Points to draw, including a partly filled last bucket. */
    public int size() {
        return size + (pendingCount > 0 ? 1 : 0);
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public double x(int i) {
        return i < size ? xs[i] : pendingX / pendingCount;
    }

    public double y(int i) {
        return i < size ? ys[i] : pendingY / pendingCount;
    }

    /** Raw points per stored point right now (1, 2, 4, ...). */
    public int bucketSize() {
        return bucket;
    }

    /** Index of the point whose x is nearest to {@code x}, or -1 when empty. */
    public int nearestIndex(double x) {
        int n = size();
        if (n == 0) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(x(lo - 1) - x) <= Math.abs(x(lo) - x)) {
            return lo - 1;
        }
        return lo;
    }

    private void append(double x, double y) {
        if (size == capacity) {
            compact();
        }
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    private void compact() {
        int half = size / 2;
        for (int i = 0; i < half; i++) {
            xs[i] = (xs[2 * i] + xs[2 * i + 1]) / 2;
            ys[i] = (ys[2 * i] + ys[2 * i + 1]) / 2;
        }
        size = half;
        bucket *= 2;
    }
}
