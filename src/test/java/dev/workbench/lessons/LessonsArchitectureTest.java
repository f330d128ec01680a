package dev.workbench.lessons;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class LessonsArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.workbench");

    @Test
    void lessonsStayHeadless() {
        noClasses().that().resideInAPackage("dev.workbench.lessons..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.workbench.app..")
                .because("lessons/ is a library that trains without a screen; the app only renders what it emits")
                .check(CLASSES);
    }
}
