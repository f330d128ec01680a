package dev.workbench.app.diagnostics;

import dev.workbench.app.lesson.LessonPage;
import dev.workbench.app.lesson.RunPhase;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Locale;

/**
 * Measures how smoothly the FX thread keeps up while a model trains: the gaps between
 * consecutive animation frames, reported when each run ends. Enabled with
 * {@code -D}{@value #PROPERTY}{@code =true}; a developer tool, not part of normal use.
 */
public final class PulseMonitor extends AnimationTimer {
    public static final String PROPERTY = "workbench.measurePulse";
    private static final Logger LOG = LoggerFactory.getLogger(PulseMonitor.class);
    private static final int MAX_GAPS = 1 << 20;
    private static final long SLOW_FRAME_NANOS = 100_000_000L;

    private final ObservableValue<LessonPage> page;
    private long[] gaps = new long[1024];
    private int count;
    private long last;
    private long started;
    private boolean measuring;

    public PulseMonitor(ObservableValue<LessonPage> page) {
        this.page = page;
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    @Override
    public void handle(long now) {
        LessonPage current = page.getValue();
        boolean running = current != null && current.runner().phase() == RunPhase.RUNNING;
        if (running && measuring && count < MAX_GAPS) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
            }
            gaps[count++] = now - last;
            if (now - last > SLOW_FRAME_NANOS) {
                LOG.info(String.format(Locale.ROOT, "slow frame: %.1f ms gap at %.2f s into the run (JVM uptime %.3f s)",
                        (now - last) / 1e6, (last - started) / 1e9,
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3));
            }
        } else if (!running && measuring) {
            report();
        }
        if (running && !measuring) {
            measuring = true;
            count = 0;
            started = now;
        }
        measuring = running;
        last = now;
    }

    private void report() {
        if (count == 0) {
            return;
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        double longest = sorted[count - 1] / 1e6;
        double p99 = sorted[(int) Math.min(count - 1, Math.floor(count * 0.99))] / 1e6;
        double median = sorted[count / 2] / 1e6;
        long over50 = Arrays.stream(sorted).filter(g -> g > 50_000_000L).count();
        LOG.info(String.format(Locale.ROOT,
                "FX pulse gaps while training: %d frames, median %.1f ms, p99 %.1f ms, longest %.1f ms, %d over 50 ms",
                count, median, p99, longest, over50));
    }
}
