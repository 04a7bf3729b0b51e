package jp.go.mhlw.kpi.domain.model.submission;

import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/**
 * What a body fills in for one report request: the typed data of one of the four templates (docs/domain.md §4). A draft
 * may be incomplete (blank values are {@code null}); {@link SubmissionValidator} says whether it can be submitted.
 */
public sealed interface SubmissionContent
        permits HubReportContent, AmedThemeContent, MemberSurveyContent, MinistryProgressContent {

    SubmissionKind kind();

    /** An empty form of the template. */
    static SubmissionContent empty(SubmissionKind kind) {
        return switch (kind) {
            case HUB_REPORT -> HubReportContent.empty();
            case AMED_THEME_REPORT -> new AmedThemeContent(java.util.List.of());
            case MEMBER_SURVEY -> new MemberSurveyContent(null, null, java.util.List.of());
            case MINISTRY_PROGRESS_REPORT -> new MinistryProgressContent(java.util.List.of());
        };
    }
}
