package dev.workbench.lessons.cli;

import dev.workbench.lessons.engine.SubStep;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses {@code --sub-steps}: a comma-separated list of the lesson's sub-step ids, each optionally
 * repeated with {@code *N}, e.g. {@code step-d*5,step-g}: five discriminator steps, then one
 * generator step.
 */
final class SubStepList {
    /** Enough for any demonstration; more is surely a typo. */
    static final int MAX_STEPS = 100_000;

    private SubStepList() {
    }

    static List<String> parse(String text, List<SubStep> offered) {
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("this lesson has no sub-steps; leave out --sub-steps");
        }
        List<String> ids = offered.stream().map(SubStep::id).toList();
        List<String> steps = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String item = part.trim();
            int times = 1;
            int star = item.indexOf('*');
            if (star >= 0) {
                try {
                    times = Integer.parseInt(item.substring(star + 1).trim());
                } catch (NumberFormatException e) {
                    times = -1;
                }
                item = item.substring(0, star).trim();
                if (times < 1 || times > MAX_STEPS) {
                    throw new IllegalArgumentException("--sub-steps: a repeat count after '*' must be 1 to " + MAX_STEPS
                            + " in '" + part.trim() + "'");
                }
            }
            if (!ids.contains(item)) {
                throw new IllegalArgumentException("--sub-steps: unknown sub-step '" + item + "'; this lesson has: "
                        + String.join(", ", ids));
            }
            for (int i = 0; i < times && steps.size() < MAX_STEPS; i++) {
                steps.add(item);
            }
        }
        return List.copyOf(steps);
    }
}
