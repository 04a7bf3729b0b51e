package jp.go.mhlw.kpi.domain.model.organisation;

/**
 * The orders an organisation list can be read in, each done by the database. Every order ends with the code (unique)
 * and the id, so that pages never overlap or skip an organisation.
 */
public enum OrganisationSort {
    /** The code: the list's default. */
    CODE,
    /** The Japanese name, as the Japanese screen shows it. */
    NAME_JA,
    /** The English name, as the English screen shows it. */
    NAME_EN,
    KIND
}
