package dev.workbench.app.lesson;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FxTickerTest {
    /** Stands in for the FX thread: one thread that runs the ticks and calls start and stop. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor();

    @Test
    void ticksWhileStartedAndNotAfterStop() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch threeTicks = new CountDownLatch(3);
        FxTicker ticker = new FxTicker(50, ui, () -> {
            ticks.incrementAndGet();
            threeTicks.countDown();
        });
        ui.submit(ticker::start).get();
        assertTrue(threeTicks.await(5, TimeUnit.SECONDS), "the ticker should tick repeatedly");

        ui.submit(ticker::stop).get();
        int afterStop = ticks.get();
        Thread.sleep(200);
        ui.submit(() -> { }).get();
        assertEquals(afterStop, ticks.get(), "no tick after stop");
        ui.shutdownNow();
    }

    @Test
    void aBusyUiThreadGetsFewerTicksNotABacklog() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        FxTicker ticker = new FxTicker(100, ui, ticks::incrementAndGet);
        var busy = ui.submit(() -> {
            ticker.start();
            sleep(300);
        });
        // Queue the stop while the UI thread is still busy: only ticks already waiting run before it.
        Thread.sleep(150);
        ui.submit(ticker::stop).get();
        busy.get();
        assertTrue(ticks.get() <= 1, "at most one tick waits while the UI thread is busy: " + ticks.get());
        ui.shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
