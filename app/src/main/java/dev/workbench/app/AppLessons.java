package dev.workbench.app;

import dev.workbench.app.augment.AugmentationPreviewPart;
import dev.workbench.app.autoencoder.AutoencoderPage;
import dev.workbench.app.cnn.CnnPage;
import dev.workbench.app.demo.DemoPage;
import dev.workbench.app.gan.GanPage;
import dev.workbench.app.landscape.LandscapePage;
import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.LessonViews;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.rate.LearningRatePage;
import dev.workbench.app.resnet.ResNetPage;
import dev.workbench.app.sequences.AugmentationPart;
import dev.workbench.app.sequences.ForecastPart;
import dev.workbench.app.sequences.MemoryPart;
import dev.workbench.app.text.WritingPage;
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
import java.util.function.Supplier;
import java.util.function.Function;

/**
 * The app side of every lesson and demo, registered once: which views plug into which lesson's page. A
 * lesson missing here gets the generic page (charts of its declared metrics, its live probes,
 * settings, Compare, notes). The engine side is registered once too, in {@code LessonCatalog}.
 */
public final class AppLessons implements LessonViews {
    /** One lesson's views, in tab order. */
    private record Registration(String lessonId, List<Function<PartContext, LessonPagePart>> parts) {
    }

    private static final List<Registration> REGISTRATIONS = List.of(
            new Registration(MlpLesson.LEARNING_RATE_ID, List.of(LearningRatePage::new)),
            new Registration(CnnLesson.ID, List.of(CnnPage::new, AugmentationPreviewPart::new)),
            new Registration(CnnLesson.AUGMENTATION_ID, List.of(AugmentationPreviewPart::new, CnnPage::new)),
            new Registration(ResNetLesson.ID, List.of(ResNetPage::new)),
            new Registration(AutoencoderLesson.ID, List.of(AutoencoderPage::new)),
            new Registration(GanLesson.ID, List.of(GanPage::new)),
            new Registration(SequencesLesson.ID, List.of(ForecastPart::new, MemoryPart::new, AugmentationPart::new)),
            new Registration(LongMemoryLesson.ID, List.of(MemoryPart::new)),
            new Registration(TextLesson.ID, List.of(WritingPage::new)));

    /** Pages of the catalog's demos, which train no network (see {@code LessonCatalog.demos()}). */
    private static final Map<String, Supplier<DemoPage>> DEMOS = Map.of(LandscapeDemo.ID, LandscapePage::new);

    @Override
    public boolean hasDemoPage(LessonInfo demo) {
        return DEMOS.containsKey(demo.id());
    }

    @Override
    public Optional<DemoPage> demoPage(LessonInfo demo) {
        return Optional.ofNullable(DEMOS.get(demo.id())).map(Supplier::get);
    }

    @Override
    public List<LessonPagePart> partsFor(Lesson lesson, PartContext context) {
        return REGISTRATIONS.stream().filter(registration -> registration.lessonId().equals(lesson.id()))
                .flatMap(registration -> registration.parts().stream())
                .map(factory -> factory.apply(context))
                .toList();
    }
}
