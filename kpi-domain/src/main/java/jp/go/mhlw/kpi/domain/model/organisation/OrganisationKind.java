package jp.go.mhlw.kpi.domain.model.organisation;

/** What an organisation is to the platform; it decides which reports it files. */
public enum OrganisationKind {
    HUB,
    AMED,
    MINISTRY_DIVISION,
    SURVEY_BODY,
    MANUFACTURER,
    INDUSTRY_ASSOCIATION,
    COMMITTEE
}
