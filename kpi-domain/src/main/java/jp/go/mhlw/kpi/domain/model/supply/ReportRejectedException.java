package jp.go.mhlw.kpi.domain.model.supply;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/** A report was refused because of these problems, each naming its field; nothing was filed. */
public class ReportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReportKind kind;
    private final transient List<Problem> violations;

    public ReportRejectedException(ReportKind kind, List<Problem> violations) {
        super("The " + kind.label(Texts.ENGLISH).toLowerCase(Locale.ROOT) + " was refused: "
                + violations.stream().map(Problem::messageEn).collect(Collectors.joining(" ")));
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public ReportKind kind() {
        return kind;
    }

    /** Every reason, in form order, each at the {@link SupplyReportField#fieldName()} it is about. */
    public List<Problem> violations() {
        return violations;
    }
}
