package dev.workbench.app.lesson;

import dev.workbench.app.form.ParameterForm;
import dev.workbench.app.notes.NoteAction;
import dev.workbench.lessons.engine.Comparison;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a lesson can carry out a "try this" link of its notes: the settings it names exist and
 * accept the values, the comparison it names is one of the lesson's. The answer is a sentence for
 * the student (the link is the notes' mistake, not theirs) or empty.
 */
public final class NoteActionCheck {
    private NoteActionCheck() {
    }

    public static Optional<String> problem(Lesson lesson, NoteAction action) {
        if (action instanceof NoteAction.SetValues set) {
            return valuesProblem(lesson, set.values());
        }
        if (action instanceof NoteAction.StartComparison start) {
            return comparison(lesson, start.comparisonId()).isPresent() ? Optional.empty()
                    : Optional.of(broken(start, "this lesson has no comparison called '" + start.comparisonId() + "'"));
        }
        return Optional.of(broken(action, ((NoteAction.Malformed) action).problem()));
    }

    static Optional<Comparison> comparison(Lesson lesson, String id) {
        return lesson.comparisons().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static Optional<String> valuesProblem(Lesson lesson, Map<String, String> values) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (ParameterForm.SEED.equals(entry.getKey())) {
                if (!entry.getValue().matches("\\d{1,18}")) {
                    return Optional.of("This link in the notes asks for a seed that is not a whole number: '"
                            + entry.getValue() + "'.");
                }
                continue;
            }
            Optional<HyperParameter> parameter = lesson.parameters().stream()
                    .filter(p -> p.name().equals(entry.getKey())).findFirst();
            if (parameter.isEmpty()) {
                return Optional.of("This link in the notes names a setting this lesson does not have: '"
                        + entry.getKey() + "'.");
            }
            try {
                parameter.get().parse(entry.getValue());
            } catch (HyperParameter.InvalidValueException e) {
                return Optional.of("This link in the notes asks for a value the lesson does not accept: " + e.getMessage() + ".");
            }
        }
        return Optional.empty();
    }

    private static String broken(NoteAction action, String problem) {
        return "This link in the notes does not work (" + action.target() + "): " + problem + ".";
    }
}
