package dev.workbench.app;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for and reading state that lives on the FX thread, for the UI tests. */
public final class FxWait {
    private FxWait() {
    }

    /** Waits until a condition, evaluated on the FX thread, holds. */
    public static void await(long timeoutSeconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(timeoutSeconds, TimeUnit.SECONDS, () -> fx(timeoutSeconds, condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + timeoutSeconds + " s", e);
        }
    }

    /** Evaluates a query on the FX thread. */
    public static <T> T fx(long timeoutSeconds, Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
