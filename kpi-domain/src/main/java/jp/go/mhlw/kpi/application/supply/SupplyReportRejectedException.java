package jp.go.mhlw.kpi.application.supply;

import jakarta.ejb.ApplicationException;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * The aggregate's {@link ReportRejectedException} as it leaves the supply-case services: the same violations, but
 * an EJB application exception, so that callers receive it as thrown (not wrapped in an EJBException) and the
 * transaction rolls back. Catch {@link ReportRejectedException}: this is one.
 */
@ApplicationException(rollback = true)
public class SupplyReportRejectedException extends ReportRejectedException {

    private static final long serialVersionUID = 1L;

    public SupplyReportRejectedException(ReportKind kind, List<Problem> violations) {
        super(kind, violations);
    }

    static SupplyReportRejectedException of(ReportRejectedException rejected) {
        SupplyReportRejectedException copy = new SupplyReportRejectedException(rejected.kind(), rejected.violations());
        copy.initCause(rejected);
        return copy;
    }
}
