package id.netra.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/ARCHITECTURE.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.netra");
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("id.netra..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "id.netra.db..", "org.apache.pdfbox..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void screensNeverSeeSqlOrGeneratedRecords() {
        noClasses().that().resideInAPackage("id.netra..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "id.netra.db.schema..", "java.sql..")
                .check(classes);
    }

    @Test
    void printAndCliDoNotDependOnScreens() {
        noClasses().that().resideInAnyPackage("id.netra..print..", "id.netra.cli..", "id.netra..store..", "id.netra.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "id.netra.ui..")
                .check(classes);
    }

    @Test
    void capabilitiesHaveNoCycles() {
        slices().matching("id.netra.(*)..").should().beFreeOfCycles()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("id.netra.db.schema.."))
                .check(classes);
    }
}
