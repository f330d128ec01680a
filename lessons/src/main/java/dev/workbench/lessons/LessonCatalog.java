package dev.workbench.lessons;

import dev.workbench.lessons.autoencoder.AutoencoderLesson;
import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.gan.GanLesson;
import dev.workbench.lessons.landscape.LandscapeDemo;
import dev.workbench.lessons.memory.LongMemoryLesson;
import dev.workbench.lessons.mlp.MlpLesson;
import dev.workbench.lessons.resnet.ResNetLesson;
import dev.workbench.lessons.sequences.SequencesLesson;
import dev.workbench.lessons.text.TextLesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every lesson the Workbench offers, in catalog order. The app and the CLI both read this list. */
public final class LessonCatalog {
    private static final List<Lesson> LESSONS = List.of(
            MlpLesson.learningRate(),
            MlpLesson.batchSize(),
            new CnnLesson(),
            CnnLesson.augmentation(),
            new ResNetLesson(),
            new AutoencoderLesson(),
            new GanLesson(),
            new SequencesLesson(),
            new LongMemoryLesson(),
            new TextLesson());

    /**
     * What {@code workbench self-test} trains to prove an installation works: a lesson, the
     * settings it uses, how many iterations, and the first test measurement (a score where higher
     * is better) it must reach.
     */
    public record SelfTest(String lessonId, Map<String, String> settings, int iterations, double requiredScore) {
    }

    /** The CNN learns Fashion-MNIST well above chance (10%) in 60 iterations. */
    public static final SelfTest SELF_TEST = new SelfTest(CnnLesson.ID, Map.of("epochs", "1"), 60, 0.5);

    private LessonCatalog() {
    }

    public static List<Lesson> all() {
        return LESSONS;
    }

    /** Interactive pages that train no network (the loss landscape), shown in the catalog beside the lessons. */
    public static List<LessonInfo> demos() {
        return List.of(LandscapeDemo.INFO);
    }

    public static Optional<Lesson> find(String id) {
        return LESSONS.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return LESSONS.stream().map(Lesson::id).toList();
    }
}
