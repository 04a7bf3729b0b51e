package jp.go.mhlw.kpi.application.submission;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.imports.ImportProblem;
import jp.go.mhlw.kpi.domain.model.submission.ValidationResult;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Why {@link SubmissionService} refused a request. Application exceptions: they reach the screens as they are and
 * the transaction rolls back, so nothing of the refused request is stored (the form keeps what was entered).
 */
@ApplicationException(rollback = true)
public abstract class SubmissionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SubmissionException(String message) {
        super(message);
    }

    /**
     * No such report request for this caller: it does not exist, belongs to another organisation, or asks for a
     * template the caller's role does not fill in. Never told apart (screens: 404).
     */
    public static final class NotFound extends SubmissionException {

        private static final long serialVersionUID = 1L;

        NotFound(long requestId) {
            super("There is no report request " + requestId + " for you");
        }
    }

    /** The submission has errors, or warnings without a justification: nothing was submitted. */
    public static final class Rejected extends SubmissionException {

        private static final long serialVersionUID = 1L;

        private final transient ValidationResult validation;
        private final transient List<ValidationWarning> unjustified;

        Rejected(ValidationResult validation, List<ValidationWarning> unjustified) {
            super(validation.errors().size() + " errors, " + unjustified.size() + " warnings without justification");
            this.validation = validation;
            this.unjustified = List.copyOf(unjustified);
        }

        public ValidationResult validation() {
            return validation;
        }

        public List<ValidationWarning> unjustified() {
            return unjustified;
        }
    }

    /** An uploaded file was refused as a whole: every problem by row and column, nothing taken into the draft. */
    public static final class FileRejected extends SubmissionException {

        private static final long serialVersionUID = 1L;

        private final transient List<ImportProblem> problems;

        FileRejected(List<ImportProblem> problems) {
            super(problems.size() + " problems in the uploaded file");
            this.problems = List.copyOf(problems);
        }

        public List<ImportProblem> problems() {
            return problems;
        }
    }

    /** The submission does not accept this now (e.g. changing it under review, a comment missing), and why. */
    public static final class NotAllowed extends SubmissionException {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        NotAllowed(Problem problem) {
            super(problem.messageEn());
            this.problem = problem;
        }

        NotAllowed(String key, Object... arguments) {
            this(Problem.at("", key, arguments));
        }

        public Problem problem() {
            return problem;
        }

        public String message(Locale locale) {
            return problem.message(locale);
        }
    }
}
