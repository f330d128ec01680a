package dev.workbench.app.compare;

import dev.workbench.lessons.engine.Comparison;

import java.util.List;
import java.util.Objects;

/** What the student chose to race: optimizers of their own, or one of the lesson's ready-made comparisons. */
public sealed interface RaceChoice {

    /** Two to five optimizer lanes, otherwise on the form's settings. */
    record Optimizers(List<OptimizerRow> rows) implements RaceChoice {
        public Optimizers {
            rows = List.copyOf(rows);
        }
    }

    /** One of {@code Lesson.comparisons()}. */
    record ReadyMade(Comparison comparison) implements RaceChoice {
        public ReadyMade {
            Objects.requireNonNull(comparison, "comparison");
        }
    }
}
