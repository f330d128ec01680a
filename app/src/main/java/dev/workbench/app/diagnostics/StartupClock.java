package dev.workbench.app.diagnostics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/** Logs how long after the JVM started each start-up milestone was reached. */
public final class StartupClock {
    private static final Logger LOG = LoggerFactory.getLogger(StartupClock.class);

    private StartupClock() {
    }

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    public static void mark(String milestone) {
        LOG.info("startup: {} after {} ms", milestone, millisSinceJvmStart());
    }
}
