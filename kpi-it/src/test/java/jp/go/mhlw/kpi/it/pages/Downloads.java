package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/** A file a screen's button downloads: Chromium saves it into a directory of the test's own. */
public final class Downloads {

    private Downloads() {
    }

    /** Clicks the button and returns the file with the extension that appears in the (fresh) directory. */
    public static Path click(WebDriver driver, String buttonId, Path downloads, String extension) {
        try {
            Files.createDirectories(downloads);
            ((ChromiumDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            PrimeFacesWidgets.click(driver, buttonId);
            return waiting(driver).until(d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    return files.filter(file -> file.getFileName().toString().endsWith("." + extension)).findFirst()
                            .orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
