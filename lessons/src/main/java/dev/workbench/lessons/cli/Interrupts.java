package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.TrainingRun;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM during a run into "stop training, keep what we have": the
 * run stops after its current iteration and the command saves the metrics so far and exits with
 * the shell's conventional code (130 or 143). The previous handlers come back on close.
 */
final class Interrupts implements AutoCloseable {
    /** A signal that stopped the run. */
    enum Signal {
        INT("Ctrl-C", 130), TERM("SIGTERM", 143);

        private final String label;
        private final int exitCode;

        Signal(String label, int exitCode) {
            this.label = label;
            this.exitCode = exitCode;
        }

        String label() {
            return label;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private final AtomicReference<Signal> received = new AtomicReference<>();
    private final sun.misc.SignalHandler previousInt;
    private final sun.misc.SignalHandler previousTerm;

    private Interrupts(TrainingRun run) {
        previousInt = install(Signal.INT, run);
        previousTerm = install(Signal.TERM, run);
    }

    static Interrupts stopOnSignal(TrainingRun run) {
        return new Interrupts(run);
    }

    /** The signal that stopped the run, if one did. */
    Optional<Signal> signal() {
        return Optional.ofNullable(received.get());
    }

    @Override
    public void close() {
        restore(Signal.INT, previousInt);
        restore(Signal.TERM, previousTerm);
    }

    private sun.misc.SignalHandler install(Signal signal, TrainingRun run) {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal(signal.name()), caught -> {
                received.compareAndSet(null, signal);
                run.stop();
            });
        } catch (IllegalArgumentException e) {
            return null; // the signal is not available on this platform (TERM on some Windows JVMs)
        }
    }

    private static void restore(Signal signal, sun.misc.SignalHandler previous) {
        if (previous != null) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal.name()), previous);
            } catch (IllegalArgumentException ignored) {
                // not available here
            }
        }
    }
}
