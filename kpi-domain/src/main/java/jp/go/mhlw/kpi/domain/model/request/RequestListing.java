package jp.go.mhlw.kpi.domain.model.request;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/**
 * Which of a cycle's requests a list reads and in what order.
 *
 * @param kind         only requests for this template; null for any
 * @param states       only requests in one of these states; empty for any
 * @param overdue      only the overdue requests ({@link ReportRequest#isOverdue}: open and past their due date)
 * @param bodyContains part of the body's code or of either of its names, case ignored; null or blank for any
 * @param sort         the order; null for {@link RequestSort#BODY}
 * @param descending   the order reversed (the ties keep their ascending order)
 */
public record RequestListing(SubmissionKind kind, Set<RequestState> states, boolean overdue, String bodyContains,
        RequestSort sort, boolean descending) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every request of the cycle, by the body's kind and code. */
    public static final RequestListing ALL = new RequestListing(null, Set.of(), false, null, RequestSort.BODY, false);

    public RequestListing {
        states = states == null ? Set.of() : Set.copyOf(states);
        bodyContains = bodyContains == null || bodyContains.isBlank() ? null
                : bodyContains.strip().toLowerCase(Locale.ROOT);
        sort = sort == null ? RequestSort.BODY : sort;
    }

    public RequestListing ofKind(SubmissionKind onlyKind) {
        return new RequestListing(onlyKind, states, overdue, bodyContains, sort, descending);
    }

    public RequestListing inStates(Set<RequestState> onlyStates) {
        return new RequestListing(kind, onlyStates, overdue, bodyContains, sort, descending);
    }

    public RequestListing overdueOnly(boolean onlyOverdue) {
        return new RequestListing(kind, states, onlyOverdue, bodyContains, sort, descending);
    }

    public RequestListing bodyNamed(String part) {
        return new RequestListing(kind, states, overdue, part, sort, descending);
    }

    public RequestListing sortedBy(RequestSort order, boolean reversed) {
        return new RequestListing(kind, states, overdue, bodyContains, order, reversed);
    }
}
