package dev.workbench.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.workbench.app");

    @Test
    void appDoesNotReachIntoDl4jOrNd4j() {
        noClasses().that().resideInAPackage("dev.workbench.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
                .because("the app sees models only through the engine API and plain records; "
                        + "ND4J arrays never leave the training thread")
                .check(APP);
    }
}
