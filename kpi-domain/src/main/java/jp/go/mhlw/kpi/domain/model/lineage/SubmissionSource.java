package jp.go.mhlw.kpi.domain.model.lineage;

import java.util.Locale;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * A submission behind a KPI value as people know it: the request's number, the body that reported and the version
 * number of the approved version the figure was computed from (the stored reference names the version's id only).
 */
public record SubmissionSource(SubmissionReference reference, long requestId, int versionNumber,
                               String organisationCode, String organisationNameJa, String organisationNameEn) {

    public SubmissionSource {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(organisationCode, "organisationCode");
        organisationNameJa = organisationNameJa == null ? organisationCode : organisationNameJa;
        organisationNameEn = organisationNameEn == null ? organisationNameJa : organisationNameEn;
    }

    /** The body's name in the reader's language. */
    public String organisationName(Locale locale) {
        return Texts.isEnglish(locale) ? organisationNameEn : organisationNameJa;
    }

    /** "依頼 12 第2版 (広島大学)", "Request 12, version 2 (Hiroshima University)". */
    public String describe(Locale locale) {
        return Texts.text(locale, "lineage.submission", String.valueOf(requestId), String.valueOf(versionNumber),
                organisationName(locale));
    }

    public SubmissionKind kind() {
        return reference.getKind();
    }
}
