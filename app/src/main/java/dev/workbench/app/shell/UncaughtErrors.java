package dev.workbench.app.shell;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/** Logs any exception nobody caught and shows it in a banner, so the app keeps running. */
public final class UncaughtErrors {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private UncaughtErrors() {
    }

    /** Installs the handler for every thread, including the FX thread. Call on the FX thread. */
    public static void install(Consumer<String> showBanner) {
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOG.error("uncaught exception on thread {}", thread.getName(), error);
            String message = "Something went wrong (" + error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage())
                    + "). The app is still running; details are in the log.";
            if (Platform.isFxApplicationThread()) {
                showBanner.accept(message);
            } else {
                Platform.runLater(() -> showBanner.accept(message));
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }
}
