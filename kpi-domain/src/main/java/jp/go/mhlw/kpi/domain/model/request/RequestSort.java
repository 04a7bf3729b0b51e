package jp.go.mhlw.kpi.domain.model.request;

/**
 * The orders a cycle's list of requests can be read in, each done by the database. Every order ends with the
 * organisation's kind, its code (one request per body in a cycle) and the request's id, so that pages never overlap
 * or skip a body.
 */
public enum RequestSort {
    /** The organisation's kind, then its code: the dashboard's list until a column is sorted. */
    BODY,
    /** The organisation's code. */
    CODE,
    /** The report template (the request's kind). */
    KIND,
    /** The state, in the order a request goes through them ({@link RequestState}'s order). */
    STATE,
    /** The body's deadline. */
    DUE
}
