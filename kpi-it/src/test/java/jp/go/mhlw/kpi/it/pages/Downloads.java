package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            // Chromium may show the file's name before its bytes are written: it is done when it has bytes, no
            // partial download is left beside it and its size held still between two looks
            long[] lastSize = {-1};
            return waiting(driver).until(d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    List<Path> all = files.toList();
                    Path found = all.stream().filter(file -> file.getFileName().toString().endsWith("." + extension))
                            .findFirst().orElse(null);
                    boolean partial = all.stream().anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
                    if (found == null || partial) {
                        return null;
                    }
                    long size = Files.size(found);
                    boolean settled = size > 0 && size == lastSize[0];
                    lastSize[0] = size;
                    return settled ? found : null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
