package jp.go.mhlw.kpi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The screens' sources in kpi-web, for the tests that check the markup without a server. */
final class WebPages {

    static final Path ROOT = Path.of(System.getProperty("kpi.root", "..")).toAbsolutePath().normalize();
    static final Path WEBAPP = ROOT.resolve("kpi-web/src/main/webapp");

    private WebPages() {
    }

    /** Every Facelets file of the web application (pages, templates, fragments), in a stable order. */
    static List<Path> all() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(file -> file.toString().endsWith(".xhtml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's path below the web application's root, as in an address: {@code cycle/report.xhtml}. */
    static String name(Path page) {
        return WEBAPP.relativize(page).toString().replace('\\', '/');
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
