package jp.go.mhlw.kpi.domain.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Plan files of the tests and of the application, read from the class path. */
final class PlanFiles {

    private PlanFiles() {
    }

    static String resource(String path) {
        try (InputStream in = PlanFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
