package jp.go.mhlw.kpi.domain.imports;

import java.util.Locale;
import java.util.Objects;

/** A file as the user uploaded it: its name (for the declared type) and its bytes. */
public record UploadedFile(String fileName, byte[] content) {

    public UploadedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
