package jp.go.mhlw.kpi.domain.imports;

/** Upper bounds on what an upload may be: checked before any parsing, so junk costs nothing. */
public record ImportLimits(long maxBytes, int maxRows) {

    /** 5 MB holds tens of thousands of theme or survey rows; the real files are far smaller. */
    public static final ImportLimits DEFAULT = new ImportLimits(5L * 1024 * 1024, 20_000);

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
