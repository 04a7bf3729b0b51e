package jp.go.mhlw.kpi.domain.model.submission;

import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.shared.Problem;

/** The outcome of validating a submission: errors block it; each warning needs a justification. */
public record ValidationResult(List<Problem> errors, List<ValidationWarning> warnings) {

    public ValidationResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The warnings without a (non-blank) justification among these. */
    public List<ValidationWarning> unjustified(Map<String, String> justifications) {
        return warnings.stream()
                .filter(warning -> {
                    String text = justifications.get(warning.key());
                    return text == null || text.isBlank();
                })
                .toList();
    }
}
