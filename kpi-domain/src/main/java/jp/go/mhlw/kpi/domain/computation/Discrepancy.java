package jp.go.mhlw.kpi.domain.computation;

import java.util.Objects;

/**
 * One contradiction found in a published table, explained in English and Japanese.
 *
 * @param table   the table it was found in, e.g. "R5 all themes"
 * @param subject the row and figure concerned, e.g. "重点分野3 (FA3) stage-up ratio"
 */
public record Discrepancy(DiscrepancyKind kind, String table, String subject, String english, String japanese) {

    public Discrepancy {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(table, "table is required");
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(english, "english message is required");
        Objects.requireNonNull(japanese, "japanese message is required");
    }

    public String message() {
        return english + " / " + japanese;
    }
}
