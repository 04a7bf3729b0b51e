package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Locale;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Something unusual that may still be right: the reporter proceeds only with a written justification, which the
 * reviewing officer reads. The key identifies the warning (the justification is given per key); the problem says
 * what is unusual, at the field where the form shows it.
 */
public record ValidationWarning(String key, Problem problem) {

    public ValidationWarning {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * A warning as a submitted version keeps it: worded as it was when the version was submitted, in both languages.
     */
    public static ValidationWarning asSubmitted(String key, String field, String messageJa, String messageEn) {
        return new ValidationWarning(key, Problem.at(field, "submission.warning.asSubmitted", messageJa, messageEn));
    }

    public String field() {
        return problem.field();
    }

    public String message(Locale locale) {
        return problem.message(locale);
    }

    public String messageJa() {
        return problem.messageJa();
    }

    public String messageEn() {
        return problem.messageEn();
    }

    public String getKey() {
        return key;
    }

    public String getField() {
        return field();
    }
}
