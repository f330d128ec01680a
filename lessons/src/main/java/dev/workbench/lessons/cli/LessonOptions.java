package dev.workbench.lessons.cli;

import dev.workbench.lessons.optim.OptimizerKind;
import dev.workbench.lessons.optim.TrainingOptimizer;

import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.Validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns the command line's lesson name and options into a lesson and validated settings. */
final class LessonOptions {
    private LessonOptions() {
    }

    static Lesson lesson(CommandLine line) throws UsageException {
        List<String> words = line.positional();
        if (words.isEmpty()) {
            throw new UsageException("name a lesson: " + String.join(", ", LessonCatalog.ids()));
        }
        if (words.size() > 1) {
            throw new UsageException("unexpected argument '" + words.get(1) + "'; options start with --");
        }
        return LessonCatalog.find(words.get(0)).orElseThrow(() -> new UsageException(
                "unknown lesson '" + words.get(0) + "'. Lessons: " + String.join(", ", LessonCatalog.ids())));
    }

    /** Validates the remaining options against the lesson's parameters. */
    static Settings settings(Lesson lesson, CommandLine line, long seed) throws UsageException {
        Map<String, String> raw = rawOptions(lesson, line);
        Validation validation = lesson.validate(raw, seed);
        if (!validation.isValid()) {
            throw new UsageException(String.join("\n  ", validation.errors().values()));
        }
        Settings settings = validation.orElseThrow();
        List<String> ineffective = new java.util.ArrayList<>(lesson.ineffective(settings, raw.keySet()));
        if (raw.containsKey(TrainingOptimizer.LEARNING_RATE) && settings.values().get(TrainingOptimizer.OPTIMIZER) instanceof String name
                && !OptimizerKind.fromCliName(name).hasLearningRate()) {
            ineffective.add("--learning-rate has no effect with " + OptimizerKind.fromCliName(name).label()
                    + ": it has no learning rate; leave it out");
        }
        if (!ineffective.isEmpty()) {
            throw new UsageException(String.join("\n  ", ineffective));
        }
        return settings;
    }

    /** The remaining options keyed by parameter name (aliases resolved), values unchecked. */
    static Map<String, String> rawOptions(Lesson lesson, CommandLine line) throws UsageException {
        Map<String, String> raw = new LinkedHashMap<>();
        for (Map.Entry<String, String> option : line.remaining().entrySet()) {
            HyperParameter parameter = lesson.parameters().stream()
                    .filter(p -> p.answersTo(option.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("unknown option --" + option.getKey() + " for lesson "
                            + lesson.id() + ". Options: " + optionNames(lesson) + ", --seed, --out, --quiet"));
            String value = option.getValue();
            if (value == null) {
                if (!(parameter instanceof HyperParameter.FlagParameter)) {
                    throw new UsageException("--" + option.getKey() + " needs a value");
                }
                value = "true";
            }
            String previous = raw.put(parameter.name(), value);
            if (previous != null) {
                throw new UsageException("--" + option.getKey() + " and another name for the same setting ("
                        + aliasList(parameter) + ") are both given; give it once");
            }
        }
        return raw;
    }

    private static String aliasList(HyperParameter parameter) {
        List<String> names = new java.util.ArrayList<>();
        names.add("--" + parameter.name());
        parameter.aliases().forEach(alias -> names.add("--" + alias));
        return String.join(", ", names);
    }

    static String optionNames(Lesson lesson) {
        return lesson.parameters().stream().map(p -> "--" + p.name()).collect(Collectors.joining(", "));
    }
}
