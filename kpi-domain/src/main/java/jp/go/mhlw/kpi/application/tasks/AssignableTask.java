package jp.go.mhlw.kpi.application.tasks;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Caller;

/**
 * An open process task as its assignment sees it: its step (the element id) and name, who holds it ({@code null}
 * when nobody does), the candidate groups it is offered to and, for a task offered to a whole role but done for one
 * organisation (a maker's step in its own supply case), that organisation's code ({@code null} otherwise).
 */
public record AssignableTask(String id, String step, String name, String assignee, Set<String> candidateGroups,
                             String organisationCode) {

    public AssignableTask {
        Objects.requireNonNull(id, "id");
        candidateGroups = Set.copyOf(candidateGroups);
    }

    public AssignableTask(String id, String step, String name, String assignee, Set<String> candidateGroups) {
        this(id, step, name, assignee, candidateGroups, null);
    }

    /** True when the caller holds the task, or it is offered to one of their groups and belongs to their organisation. */
    public boolean isVisibleTo(Caller caller) {
        return isVisibleTo(caller.userName(), TaskGroups.of(caller), caller.organisationCode());
    }

    /** As {@link #isVisibleTo(Caller)}, for a user with these groups in this organisation. */
    public boolean isVisibleTo(String userName, Collection<String> groups, Optional<String> organisation) {
        if (userName.equals(assignee)) {
            return true;
        }
        boolean offered = groups.stream().anyMatch(candidateGroups::contains);
        return offered && (organisationCode == null || organisation.filter(organisationCode::equals).isPresent());
    }

    public boolean isHeldByAnotherThan(String userName) {
        return assignee != null && !assignee.equals(userName);
    }
}
