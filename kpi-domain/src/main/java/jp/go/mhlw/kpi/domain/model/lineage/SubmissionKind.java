package jp.go.mhlw.kpi.domain.model.lineage;

/** The kinds of submission a KPI value can be computed from (docs/domain.md §4). */
public enum SubmissionKind {
    /** A hub's report: joint research, cooperation, platforms, training courses. */
    HUB_REPORT,
    /** AMED's theme records for the focus-area statistics. */
    AMED_THEME_REPORT,
    /** The JFMDA member survey's response rows. */
    MEMBER_SURVEY,
    /** A ministry division's progress report per goal. */
    MINISTRY_PROGRESS_REPORT
}
