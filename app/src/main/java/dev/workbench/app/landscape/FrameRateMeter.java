package dev.workbench.app.landscape;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.util.Locale;

/**
 * Frames per second of an animation, over the last second, plus how long drawing took. Fed from the
 * animation's own frame callback, so it counts the frames the FX thread really delivered.
 */
public final class FrameRateMeter {
    private static final long WINDOW_NANOS = 1_000_000_000L;
    private static final long PUBLISH_NANOS = 250_000_000L;

    private final long[] stamps = new long[512];
    private final ReadOnlyDoubleWrapper frameRate = new ReadOnlyDoubleWrapper(this, "frameRate");
    private int head;
    private int count;
    private long lastPublish;
    private long frames;
    private long drawNanos;
    private long slowestDrawNanos;
    private long firstFrame;
    private long lastFrame;

    /** Frames per second over the last second while the animation ran; 0 before it has. */
    public ReadOnlyDoubleProperty frameRateProperty() {
        return frameRate.getReadOnlyProperty();
    }

    public double frameRate() {
        return frameRate.get();
    }

    /** Frames counted since the last {@link #restart()}. */
    public long frames() {
        return frames;
    }

    /** Records one frame delivered at {@code now} (nanoseconds) whose drawing took {@code drawTime} nanoseconds. */
    void frame(long now, long drawTime) {
        if (frames == 0) {
            firstFrame = now;
        }
        frames++;
        lastFrame = now;
        drawNanos += drawTime;
        slowestDrawNanos = Math.max(slowestDrawNanos, drawTime);
        stamps[head] = now;
        head = (head + 1) % stamps.length;
        count = Math.min(count + 1, stamps.length);
        if (now - lastPublish >= PUBLISH_NANOS) {
            lastPublish = now;
            int inWindow = 0;
            long oldest = now;
            for (int i = 1; i <= count; i++) {
                long stamp = stamps[(head - i + stamps.length) % stamps.length];
                if (now - stamp > WINDOW_NANOS) {
                    break;
                }
                inWindow++;
                oldest = stamp;
            }
            frameRate.set(inWindow < 2 ? 0 : (inWindow - 1) * 1e9 / (now - oldest));
        }
    }

    /** Forgets the frame history, e.g. when playback starts again after a pause. */
    void restart() {
        count = 0;
        frames = 0;
        drawNanos = 0;
        slowestDrawNanos = 0;
    }

    /** One line for the log: frames, average rate, and draw times. */
    String summary() {
        double seconds = (lastFrame - firstFrame) / 1e9;
        return String.format(Locale.ROOT, "%d frames in %.1f s (%.1f fps), drawing %.2f ms per frame on average, %.1f ms at most",
                frames, seconds, seconds > 0 ? (frames - 1) / seconds : 0,
                frames == 0 ? 0 : drawNanos / 1e6 / frames, slowestDrawNanos / 1e6);
    }
}
