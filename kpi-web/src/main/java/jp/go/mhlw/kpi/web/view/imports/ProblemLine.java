package jp.go.mhlw.kpi.web.view.imports;

import java.io.Serializable;
import jp.go.mhlw.kpi.domain.imports.ImportProblem;
import jp.go.mhlw.kpi.web.view.Feedback;

/** One line of the problem or warning list, in the user's language. */
public final class ProblemLine implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String row;
    private final String column;
    private final String message;

    ProblemLine(ImportProblem problem) {
        this.row = problem.row() == 0 ? "—" : Integer.toString(problem.row());
        this.column = problem.column();
        this.message = Feedback.message(problem.problem());
    }

    public String getRow() {
        return row;
    }

    public String getColumn() {
        return column;
    }

    public String getMessage() {
        return message;
    }
}
