package jp.go.mhlw.kpi.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers read from the compiled classes of every module: the domain model depends on nothing above it, the
 * screens and the API depend on no infrastructure adapter, and no two packages depend on each other (directly or
 * around a circle), so each package can be read, tested and replaced on its own.
 */
class ArchitectureRulesTest {

    private static final Path ROOT = Path.of(System.getProperty("kpi.root", "..")).toAbsolutePath().normalize();
    private static final List<String> MODULES = List.of("kpi-domain", "kpi-workflow", "kpi-web", "kpi-api");

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModules() {
        List<Path> compiled = MODULES.stream().map(module -> ROOT.resolve(module).resolve("target/classes")).toList();
        assertThat(compiled).allMatch(Files::isDirectory);
        classes = new ClassFileImporter().importPaths(compiled);
    }

    @Test
    void theDomainDependsOnNeitherTheApplicationNorTheInfrastructure() {
        noClasses().that().resideInAPackage("jp.go.mhlw.kpi.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.go.mhlw.kpi.application..",
                        "jp.go.mhlw.kpi.infrastructure..", "jp.go.mhlw.kpi.workflow..", "jp.go.mhlw.kpi.web..",
                        "jp.go.mhlw.kpi.api..")
                .check(classes);
    }

    @Test
    void theApplicationDependsOnNoAdapter() {
        noClasses().that().resideInAPackage("jp.go.mhlw.kpi.application..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.go.mhlw.kpi.workflow..",
                        "jp.go.mhlw.kpi.web..", "jp.go.mhlw.kpi.api..")
                .check(classes);
    }

    @Test
    void theScreensAndTheApiReachTheInfrastructureOnlyThroughTheApplication() {
        // their own DTOs and beans are their contract; how the platform stores or sends things is not
        noClasses().that().resideInAnyPackage("jp.go.mhlw.kpi.api..", "jp.go.mhlw.kpi.web..")
                .should().dependOnClassesThat().resideInAPackage("jp.go.mhlw.kpi.infrastructure..")
                .check(classes);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("jp.go.mhlw.kpi.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRulesSeeTheClassesTheyJudge() {
        assertThat(classes.containPackage("jp.go.mhlw.kpi.domain.model.supply")).isTrue();
        assertThat(classes.containPackage("jp.go.mhlw.kpi.web.view.supply")).isTrue();
        assertThat(classes.containPackage("jp.go.mhlw.kpi.api.rest")).isTrue();
        assertThat(classes.containPackage("jp.go.mhlw.kpi.workflow")).isTrue();
    }
}
