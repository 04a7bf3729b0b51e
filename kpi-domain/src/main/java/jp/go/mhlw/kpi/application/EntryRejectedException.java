package jp.go.mhlw.kpi.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.published.EntryProblem;

/**
 * An entry (a printed figure, a target) was refused for these reasons; nothing was stored. The form shows every
 * problem next to its field, in the user's language.
 */
@ApplicationException(rollback = true)
public class EntryRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<EntryProblem> problems;

    public EntryRejectedException(String what, List<EntryProblem> problems) {
        super(what + " was refused: " + problems.stream().map(EntryProblem::messageEn).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<EntryProblem> getProblems() {
        return problems;
    }
}
