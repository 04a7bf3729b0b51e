package jp.go.mhlw.kpi.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Upper bounds on what an upload may be: checked before any parsing, so junk costs nothing. */
public record ImportLimits(long maxBytes, int maxRows) {

    /** 5 MB holds tens of thousands of theme or survey rows; the real files are far smaller. */
    public static final ImportLimits DEFAULT = new ImportLimits(5L * 1024 * 1024, 20_000);

    /** The file types an import reads (by name; the content is checked too). */
    public static final List<String> FILE_TYPES = List.of("xlsx", "csv");

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The size limit in whole megabytes, as messages and screens state it. */
    public long maxMegabytes() {
        return maxBytes / 1024 / 1024;
    }

    /**
     * What is wrong with a file by its name and size alone: what a browser can check before sending it, and what
     * the server checks again before reading it. Empty when both are fine.
     */
    public List<ImportProblem> checkNameAndSize(String fileName, long size) {
        List<ImportProblem> problems = new ArrayList<>();
        if (size > maxBytes) {
            problems.add(ImportProblem.ofFile("import.file.tooLarge", maxMegabytes()));
        }
        if (!FILE_TYPES.contains(extension(fileName))) {
            problems.add(ImportProblem.ofFile("import.file.unsupportedType"));
        }
        return problems;
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
