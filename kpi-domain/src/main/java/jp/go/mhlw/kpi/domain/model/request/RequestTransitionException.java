package jp.go.mhlw.kpi.domain.model.request;

import jakarta.ejb.ApplicationException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report request was asked to move from a state that does not allow it (e.g. approving a draft). An application
 * exception: it reaches the caller as it is and the transaction rolls back, so nothing of the move is stored.
 */
@ApplicationException(rollback = true)
public class RequestTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final RequestState state;

    RequestTransitionException(Long requestId, String organisationCode, String action, RequestState state,
                               Set<RequestState> allowed) {
        super("Cannot " + action + " report request " + requestId + " of " + organisationCode + ": it is " + state
                + " (allowed from " + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ")");
        this.state = state;
    }

    /** The state the request was in. */
    public RequestState state() {
        return state;
    }
}
