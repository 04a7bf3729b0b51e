package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module keeps to its job: the engine API only in kpi-workflow (so the engine can be replaced in one
 * module), no Faces in the domain, and the screens and API reach the engine only through its facades.
 */
class ModuleBoundariesTest {

    private static final Path ROOT = Path.of(System.getProperty("kpi.root", "..")).toAbsolutePath().normalize();

    @Test
    void onlyKpiWorkflowImportsTheProcessEngine() {
        for (String module : List.of("kpi-domain", "kpi-web", "kpi-api")) {
            assertThat(sourcesImporting(module, "org.camunda.", "org.operaton.")).as(module).isEmpty();
        }
    }

    @Test
    void theDomainImportsNeitherFacesNorPrimeFacesNorTheWebOrApiModules() {
        assertThat(sourcesImporting("kpi-domain", "jakarta.faces.", "org.primefaces.", "jp.go.mhlw.kpi.web.",
                "jp.go.mhlw.kpi.api.", "jp.go.mhlw.kpi.workflow.")).isEmpty();
    }

    @Test
    void theWorkflowDoesNotDependOnScreensOrApi() {
        assertThat(sourcesImporting("kpi-workflow", "jakarta.faces.", "org.primefaces.", "jp.go.mhlw.kpi.web.",
                "jp.go.mhlw.kpi.api.")).isEmpty();
    }

    @Test
    void theScannerFindsTheImportsThatDoExist() {
        assertThat(javaFiles("kpi-domain")).isNotEmpty();
        assertThat(sourcesImporting("kpi-workflow", "org.camunda.")).isNotEmpty();
        assertThat(sourcesImporting("kpi-web", "jakarta.faces.")).isNotEmpty();
    }

    private static List<Path> sourcesImporting(String module, String... packagePrefixes) {
        return javaFiles(module).stream()
                .filter(file -> imports(file).anyMatch(line -> Stream.of(packagePrefixes)
                        .anyMatch(prefix -> line.startsWith("import " + prefix) || line.startsWith("import static " + prefix))))
                .toList();
    }

    private static List<Path> javaFiles(String module) {
        Path sources = ROOT.resolve(module).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip).filter(line -> line.startsWith("import "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
