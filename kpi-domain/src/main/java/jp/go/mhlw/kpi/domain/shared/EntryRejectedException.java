package jp.go.mhlw.kpi.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An entry (a printed figure, a target) was refused for these reasons; nothing was stored. The form shows every
 * problem next to its field, in the user's language.
 */
@ApplicationException(rollback = true)
public class EntryRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public EntryRejectedException(String what, List<Problem> problems) {
        super(what + " was refused: " + problems.stream().map(Problem::messageEn).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
