package jp.go.mhlw.kpi.domain.model.supply;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A report was refused because of these violations; nothing was filed. */
public class ReportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReportKind kind;
    private final transient List<FieldViolation> violations;

    public ReportRejectedException(ReportKind kind, List<FieldViolation> violations) {
        super("The " + kind.labelEn().toLowerCase(Locale.ROOT) + " was refused: "
                + violations.stream().map(FieldViolation::messageEn).collect(Collectors.joining(" ")));
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public ReportKind kind() {
        return kind;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
