package dev.workbench.lessons;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.workbench.lessons.engine.Lesson;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class LessonsArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.workbench");

    /** Every lesson's own package, found from the catalog so that a new lesson is covered at once. */
    static Set<String> lessonPackages() {
        Set<String> packages = new LinkedHashSet<>();
        LessonCatalog.all().stream().map(Lesson::getClass).map(Class::getPackageName).forEach(packages::add);
        packages.add(dev.workbench.lessons.landscape.LandscapeDemo.class.getPackageName());
        return packages;
    }

    @Test
    void lessonsStayHeadless() {
        noClasses().that().resideInAPackage("dev.workbench.lessons..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.workbench.app..")
                .because("lessons/ is a library that trains without a screen; the app only renders what it emits")
                .check(CLASSES);
    }

    @Test
    void lessonPackagesDoNotDependOnEachOther() {
        for (String lesson : lessonPackages()) {
            String[] others = lessonPackages().stream().filter(other -> !other.equals(lesson))
                    .map(other -> other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(lesson + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a lesson is a plug-in: removing one must not break another; share code through "
                            + "the engine, data, augment, insight or kit packages instead")
                    .check(CLASSES);
        }
    }

    @Test
    void genericEngineCodeNeverNamesALesson() {
        String[] lessons = lessonPackages().stream().map(p -> p + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage("dev.workbench.lessons.engine..", "dev.workbench.lessons.cli..",
                        "dev.workbench.lessons.race..", "dev.workbench.lessons.data..", "dev.workbench.lessons.augment..",
                        "dev.workbench.lessons.optim..", "dev.workbench.lessons.schedule..", "dev.workbench.lessons.insight..")
                .should().dependOnClassesThat().resideInAnyPackage(lessons)
                .because("the engine, the CLI and the shared libraries serve every lesson; a lesson plugs in "
                        + "through LessonCatalog only")
                .check(CLASSES);
    }
}
