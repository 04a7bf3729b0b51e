package jp.go.mhlw.kpi.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document's enumerations come from the enums: every {@code @Schema} of this module, read from its
 * compiled classes, names its enum instead of typing the values, and every enum it names has its schema.
 */
class EnumSchemasTest {

    private static final Path CLASSES = Path.of("target/classes");

    private static List<Schema> schemas;

    @BeforeAll
    static void readTheModulesSchemaAnnotations() {
        schemas = new ArrayList<>();
        for (Class<?> type : compiledClasses()) {
            collect(type);
            Stream.of(type.getDeclaredFields(), type.getDeclaredMethods(), type.getDeclaredConstructors())
                    .flatMap(Arrays::stream).forEach(member -> collect((AnnotatedElement) member));
            Stream.concat(Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
                    .map(Executable::getParameters).flatMap(Arrays::stream).forEach(EnumSchemasTest::collect);
        }
        assertThat(schemas).as("the scan finds the DTOs' annotations").hasSizeGreaterThan(50);
    }

    @Test
    void noSchemaTypesEnumeratedValuesByHand() {
        assertThat(schemas).allSatisfy(schema -> assertThat(schema.enumeration()).as(schema.toString()).isEmpty());
    }

    @Test
    void everyEnumASchemaNamesIsInTheDocument() {
        List<String> named = schemas.stream().map(Schema::implementation).filter(Class::isEnum)
                .map(Class::getSimpleName).distinct().toList();

        assertThat(named).contains("SubmissionKind", "RequestState", "Stage", "DeviceClass");
        assertThat(EnumSchemas.valuesByName()).containsKeys(named.toArray(String[]::new));
    }

    @Test
    void everySchemaReferredToByNameIsInTheDocument() {
        List<String> referred = schemas.stream().map(Schema::ref).filter(ref -> !ref.isEmpty()).distinct().toList();

        assertThat(referred).contains(EnumSchemas.REPORT_FORM);
        assertThat(EnumSchemas.valuesByName()).containsKeys(referred.toArray(String[]::new));
    }

    @Test
    void theValuesAreTheConstantsInTheirOrder() {
        assertThat(EnumSchemas.valuesByName().get("SupplyCaseState"))
                .containsExactlyElementsOf(Arrays.stream(SupplyCaseState.values()).map(Enum::name).toList());
        List<String> forms = Arrays.stream(ReportKind.values()).map(ReportKind::formNumber).distinct().toList();
        assertThat(EnumSchemas.valuesByName().get(EnumSchemas.REPORT_FORM)).containsExactlyElementsOf(forms);
    }

    /** Every {@code @Schema} on the element, also those inside other annotations ({@code @Content(schema = ...)}). */
    private static void collect(AnnotatedElement element) {
        Arrays.stream(element.getDeclaredAnnotations()).forEach(EnumSchemasTest::collect);
    }

    private static void collect(Annotation annotation) {
        if (annotation instanceof Schema schema) {
            schemas.add(schema);
        }
        for (Method member : annotation.annotationType().getDeclaredMethods()) {
            Object value = valueOf(member, annotation);
            if (value instanceof Annotation nested) {
                collect(nested);
            } else if (value instanceof Annotation[] nested) {
                Arrays.stream(nested).forEach(EnumSchemasTest::collect);
            }
        }
    }

    private static Object valueOf(Method member, Annotation annotation) {
        try {
            return member.invoke(annotation);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(member.toString(), e);
        }
    }

    private static List<Class<?>> compiledClasses() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(EnumSchemasTest::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EnumSchemasTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
