package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Problem;

/** A change the submission's state does not allow (e.g. editing while it is under review), and why. */
public class SubmissionStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public SubmissionStateException(Problem problem) {
        super(problem.messageEn());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public String message(Locale locale) {
        return problem.message(locale);
    }
}
