package jp.go.mhlw.kpi.domain.model.report;

import java.time.LocalDate;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * Where the request of a body missing from the cycle stood when the draft was prepared, as the report names it.
 * Overdue is said only of a request still with the reporter: a submission waiting for review is the ministry's turn.
 */
public enum MissingState implements Labelled {
    NOT_STARTED,
    DRAFT,
    RETURNED,
    OVERDUE,
    AWAITING_REVIEW,
    CLOSED;

    /** The state of a request that is not approved; empty for an approved one, whose body is not missing. */
    public static Optional<MissingState> of(ReportRequest request, LocalDate today) {
        if (request.getState().isWithReporter() && request.isOverdue(today)) {
            return Optional.of(OVERDUE);
        }
        return Optional.ofNullable(switch (request.getState()) {
            case NOT_STARTED -> NOT_STARTED;
            case DRAFT -> DRAFT;
            case RETURNED -> RETURNED;
            case SUBMITTED -> AWAITING_REVIEW;
            case CLOSED -> CLOSED;
            // reopened for a correction: its approved version still counts
            case APPROVED, REOPENED -> null;
        });
    }

    @Override
    public String bundleKey() {
        return "missingBody.state." + name();
    }
}
