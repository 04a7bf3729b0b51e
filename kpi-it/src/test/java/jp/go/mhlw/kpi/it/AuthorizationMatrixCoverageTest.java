package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix keeps up with the application: every page and every API operation has a row for every
 * user, and no row names a page or operation that is gone. A new screen or operation thus states who may use it.
 */
class AuthorizationMatrixCoverageTest {

    private static final Path ROOT = Path.of(System.getProperty("kpi.root", "..")).toAbsolutePath().normalize();
    private static final Path PAGES = ROOT.resolve("kpi-web/src/main/webapp");
    private static final Path API_CLASSES = ROOT.resolve("kpi-api/target/classes");
    /** Templates, resources and the error pages are no screens anyone navigates to. */
    private static final Set<String> NOT_SCREENS = Set.of("WEB-INF", "resources", "error");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    /** The API's web module is deployed under this context root. */
    private static final String API_ROOT = "/api";

    private final List<AuthorizationMatrix.Row> rows = AuthorizationMatrix.rows();

    @Test
    void everyPageHasARowForEveryUser() {
        assertThat(pages()).isNotEmpty();
        assertThat(missingUsers(pages())).as("pages without a row for these users in " + AuthorizationMatrix.RESOURCE)
                .isEmpty();
    }

    @Test
    void everyApiOperationHasARowForEveryUser() {
        assertThat(apiOperations()).contains("GET /api/me");
        assertThat(missingUsers(apiOperations()))
                .as("API operations without a row for these users in " + AuthorizationMatrix.RESOURCE).isEmpty();
    }

    @Test
    void everyRowNamesAPageOrOperationThatExists() {
        Set<String> known = new TreeSet<>(pages());
        known.addAll(apiOperations());

        assertThat(rows.stream().filter(row -> !known.contains(row.operation())).map(Object::toString))
                .as("rows for pages or operations that do not exist").isEmpty();
    }

    private Map<String, Set<String>> missingUsers(Set<String> operations) {
        Map<String, Set<String>> usersByOperation = rows.stream().collect(Collectors.groupingBy(
                AuthorizationMatrix.Row::operation, Collectors.mapping(AuthorizationMatrix.Row::user, Collectors.toSet())));
        Map<String, Set<String>> missing = new TreeMap<>();
        for (String operation : operations) {
            Set<String> without = new TreeSet<>(AuthorizationMatrix.USERS);
            without.removeAll(usersByOperation.getOrDefault(operation, Set.of()));
            if (!without.isEmpty()) {
                missing.put(operation, without);
            }
        }
        return missing;
    }

    private static Set<String> pages() {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(PAGES::relativize)
                    .filter(page -> !NOT_SCREENS.contains(page.getName(0).toString()))
                    .map(page -> "/" + page.toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource method as {@code METHOD /api/path/{template}}, read from the compiled JAX-RS annotations. */
    private static Set<String> apiOperations() {
        assertThat(API_CLASSES).isDirectory();
        Set<String> operations = new TreeSet<>();
        for (JavaClass resource : new ClassFileImporter().importPath(API_CLASSES)) {
            Optional<String> resourcePath = path(resource.tryGetAnnotationOfType("jakarta.ws.rs.Path")
                    .flatMap(annotation -> annotation.get("value")));
            for (JavaMethod method : resource.getMethods()) {
                Optional<String> verb = HTTP_METHODS.stream()
                        .filter(name -> method.isAnnotatedWith("jakarta.ws.rs." + name)).findFirst();
                if (verb.isPresent() && resourcePath.isPresent()) {
                    Optional<String> methodPath = path(method.tryGetAnnotationOfType("jakarta.ws.rs.Path")
                            .flatMap(annotation -> annotation.get("value")));
                    operations.add(verb.get() + " " + API_ROOT + resourcePath.get() + methodPath.orElse(""));
                }
            }
        }
        return operations;
    }

    /** An @Path value as {@code /segment...}, however its slashes were written. */
    private static Optional<String> path(Optional<Object> value) {
        return value.map(String::valueOf).map(text -> text.replaceAll("^/+|/+$", ""))
                .map(text -> text.isEmpty() ? "" : "/" + text);
    }
}
