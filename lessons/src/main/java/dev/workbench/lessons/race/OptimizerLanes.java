package dev.workbench.lessons.race;

import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.Numbers;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.engine.Validation;
import dev.workbench.lessons.optim.OptimizerConfig;
import dev.workbench.lessons.optim.TrainingOptimizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds race lanes that differ only in optimizer and learning rate. Works for every lesson that
 * declares the hyperparameters {@value #OPTIMIZER} and {@value #LEARNING_RATE}.
 */
public final class OptimizerLanes {
    public static final String OPTIMIZER = TrainingOptimizer.OPTIMIZER;
    public static final String LEARNING_RATE = TrainingOptimizer.LEARNING_RATE;

    private OptimizerLanes() {
    }

    public static boolean supports(Lesson lesson) {
        return lesson.parameters().stream().anyMatch(p -> p.name().equals(OPTIMIZER))
                && lesson.parameters().stream().anyMatch(p -> p.name().equals(LEARNING_RATE));
    }

    /** The label, numbered when an earlier lane has it already: "SGD (lr 0.05)", "SGD (lr 0.05) #2". */
    private static String distinct(String label, List<RaceLane> earlier) {
        long same = earlier.stream().filter(lane -> lane.label().equals(label) || lane.label().startsWith(label + " #")).count();
        return same == 0 ? label : label + " #" + (same + 1);
    }

    /**
     * @param base the other settings, as text, shared by every lane
     * @throws IllegalArgumentException when the lesson cannot race or a lane's settings are invalid
     */
    public static List<RaceLane> of(Lesson lesson, Map<String, String> base, long seed, List<OptimizerConfig> configs) {
        if (!supports(lesson)) {
            throw new IllegalArgumentException("lesson " + lesson.id() + " has no optimizer to compare");
        }
        List<RaceLane> lanes = new ArrayList<>();
        for (OptimizerConfig config : configs) {
            Map<String, String> raw = new HashMap<>(base);
            raw.put(OPTIMIZER, config.kind().cliName());
            raw.put(LEARNING_RATE, Numbers.compact(config.learningRate()));
            raw.put(TrainingOptimizer.OPTIONS, config.optionsText());
            Validation validation = lesson.validate(raw, seed);
            if (!validation.isValid()) {
                throw new IllegalArgumentException(config.label() + ": " + String.join("; ", validation.errors().values()));
            }
            Settings settings = validation.orElseThrow();
            lanes.add(new RaceLane(distinct(config.label(), lanes), settings));
        }
        return lanes;
    }
}
