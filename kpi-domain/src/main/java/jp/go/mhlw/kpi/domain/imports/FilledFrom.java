package jp.go.mhlw.kpi.domain.imports;

/**
 * Where the values of a filled-in template come from, as its first line (a comment the imports skip) says: the
 * request's current draft, the body's report approved for the previous cycle, or nothing (an empty template).
 */
public enum FilledFrom {
    DRAFT("template.note.draft"),
    LAST_YEAR("template.note.lastYear"),
    NOTHING("template.note.empty");

    private final String noteKey;

    FilledFrom(String noteKey) {
        this.noteKey = noteKey;
    }

    /** The note line, bilingual; {@code detail} is when the draft was saved or which cycle approved the report. */
    public String note(Object detail) {
        return Vocabulary.word(noteKey, detail);
    }
}
