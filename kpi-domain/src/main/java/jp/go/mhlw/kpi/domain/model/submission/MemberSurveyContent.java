package jp.go.mhlw.kpi.domain.model.submission;

import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/**
 * The JFMDA member survey's response rows, with the two snapshot dates (January of last year and of this year) the
 * international answers refer to.
 */
public record MemberSurveyContent(LocalDate previousSnapshot, LocalDate currentSnapshot, List<SurveyRow> rows)
        implements SubmissionContent {

    public MemberSurveyContent {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public static MemberSurveyContent of(LocalDate previousSnapshot, LocalDate currentSnapshot,
            List<SurveyResponse> imported) {
        return new MemberSurveyContent(previousSnapshot, currentSnapshot, imported.stream().map(SurveyRow::of).toList());
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.MEMBER_SURVEY;
    }

    /** The rows as the survey statistics take them; only for content that passed validation. */
    public List<SurveyResponse> toSurveyResponses() {
        return rows.stream().map(SurveyRow::toSurveyResponse).toList();
    }
}
