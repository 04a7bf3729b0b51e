package jp.go.mhlw.kpi.domain.computation;

import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * One contradiction found in a published table, explained in the domain bundle's words (English and Japanese).
 *
 * @param table       the table it was found in, e.g. "R5 all themes"
 * @param subject     the row and figure concerned, e.g. "重点分野3 (FA3) stage-up ratio"
 * @param explanation what does not fit, with the printed and the recomputed numbers
 */
public record Discrepancy(DiscrepancyKind kind, String table, String subject, Phrase explanation) {

    public Discrepancy {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(table, "table is required");
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(explanation, "explanation is required");
    }

    public String english() {
        return explanation.label(Texts.ENGLISH);
    }

    public String japanese() {
        return explanation.label(Texts.JAPANESE);
    }

    public String message() {
        return english() + " / " + japanese();
    }
}
