package dev.workbench.lessons.text;

import java.util.Objects;

/** What the model wrote when asked for a sample, or why it would not. */
public sealed interface Writing {

    /**
     * A sample: the prime it started from and the characters the model added.
     *
     * @param temperature the temperature the characters were drawn at
     */
    record Written(String prime, String continuation, double temperature, long seed) implements Writing {
        public Written {
            Objects.requireNonNull(prime, "prime");
            Objects.requireNonNull(continuation, "continuation");
        }

        public String text() {
            return prime + continuation;
        }
    }

    /** No sample: the prime cannot be read by this model; {@code reason} says what to change. */
    record Refused(String reason) implements Writing {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
