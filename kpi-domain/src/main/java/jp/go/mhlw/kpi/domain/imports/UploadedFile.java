package jp.go.mhlw.kpi.domain.imports;

import java.util.Objects;

/** A file as the user uploaded it: its name (for the declared type) and its bytes. */
public record UploadedFile(String fileName, byte[] content) {

    public UploadedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    String extension() {
        return ImportLimits.extension(fileName);
    }
}
