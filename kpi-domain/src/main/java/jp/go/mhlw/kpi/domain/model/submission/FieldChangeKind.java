package jp.go.mhlw.kpi.domain.model.submission;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** How one field of a submission differs from the one it is compared with: said in words, never by colour alone. */
public enum FieldChangeKind implements Labelled {
    /** The same value on both sides. */
    UNCHANGED,
    /** A value on both sides, not the same. */
    CHANGED,
    /** A value now, none before (a new course, theme, company or figure). */
    ADDED,
    /** A value before, none now. */
    REMOVED;

    @Override
    public String bundleKey() {
        return "submissionDiff.change." + name();
    }

    public boolean isChange() {
        return this != UNCHANGED;
    }
}
