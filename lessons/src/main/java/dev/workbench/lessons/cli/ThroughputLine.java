package dev.workbench.lessons.cli;

import java.util.Locale;
import java.util.Objects;

/**
 * The result of {@code workbench bench LESSON --json} as one JSON line, for scripts such as
 * {@code bench/peer.sh} that set ND4J's threads per process and compare DL4J with a PyTorch twin.
 * Hand-written: the fields are few and flat, and the CLI needs no JSON library for them.
 *
 * @param lesson       the lesson's id
 * @param baseline     how the plain measurement trained: {@code net.fit} or a bare loop of updates
 * @param plain        median samples/s without the engine (the number to compare with a peer)
 * @param engine       median samples/s inside a {@code TrainingRun}, NaN when not measured ({@code null} in JSON)
 * @param rounds       how many measurements each median is taken over
 * @param threads      ND4J's OpenMP threads
 * @param blas         ND4J's BLAS vendor, e.g. OPENBLAS
 * @param onednn       whether DL4J's oneDNN layer helpers were on
 */
record ThroughputLine(String lesson, String baseline, double plain, double engine, int rounds, int threads,
                      String blas, boolean onednn) {
    ThroughputLine {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(blas, "blas");
    }

    String json() {
        return String.format(Locale.ROOT, "{\"side\": \"dl4j\", \"lesson\": %s, \"baseline\": %s, \"samples_per_s\": %s, "
                        + "\"training_run_samples_per_s\": %s, \"rounds\": %d, \"threads\": %d, \"blas\": %s, \"onednn\": %b}",
                quoted(lesson), quoted(baseline), number(plain), number(engine), rounds, threads, quoted(blas), onednn);
    }

    /** One decimal, or {@code null} for a value not measured (JSON has no NaN). */
    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "null";
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
