package dev.workbench.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.Lesson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.workbench.app");

    /** The app packages every lesson shares; each lesson's own views live in other packages. */
    private static final String[] GENERIC = {"dev.workbench.app.lesson..", "dev.workbench.app.compare..",
            "dev.workbench.app.charts..", "dev.workbench.app.form..", "dev.workbench.app.notes..",
            "dev.workbench.app.shell..", "dev.workbench.app.controls..", "dev.workbench.app.files..",
            "dev.workbench.app.probes..", "dev.workbench.app.diagnostics..", "dev.workbench.app.demo.."};

    /** The engine's lesson packages, found from the catalog. */
    private static String[] lessonPackages() {
        Set<String> packages = new LinkedHashSet<>();
        LessonCatalog.all().stream().map(Lesson::getClass).map(Class::getPackageName).forEach(p -> packages.add(p + ".."));
        packages.add("dev.workbench.lessons.landscape..");
        return packages.toArray(String[]::new);
    }

    /** The app's per-lesson view packages: anything under app that is neither generic nor the top level. */
    private static final String[] LESSON_VIEWS = {"dev.workbench.app.cnn..", "dev.workbench.app.rate..",
            "dev.workbench.app.augment..", "dev.workbench.app.landscape..", "dev.workbench.app.resnet..",
            "dev.workbench.app.sequences..", "dev.workbench.app.autoencoder..", "dev.workbench.app.gan.."};

    @Test
    void appDoesNotReachIntoDl4jOrNd4j() {
        noClasses().that().resideInAPackage("dev.workbench.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .because("the app sees models only through the engine API and plain records; "
                        + "ND4J arrays never leave the training thread")
                .check(APP);
    }

    @Test
    void genericAppCodeDoesNotKnowSpecificLessons() {
        noClasses().that().resideInAnyPackage(GENERIC)
                .should().dependOnClassesThat().resideInAnyPackage(lessonPackages())
                .orShould().dependOnClassesThat().resideInAnyPackage(LESSON_VIEWS)
                .because("the lesson page, Compare tab, charts and shell serve every lesson; lessons plug in "
                        + "once, through AppLessons at the app's top level")
                .check(APP);
    }
}
