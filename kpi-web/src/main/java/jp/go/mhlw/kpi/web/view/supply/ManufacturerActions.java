package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.go.mhlw.kpi.application.supply.SupplyFilings;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;

/**
 * The case's manufacturer's steps on the case page (WEB-INF/includes/supply/manufacturer-actions.xhtml): the report
 * it files next (on the report form), and its answers to MHLW's requests: continue supply, consent to contacting
 * makers of alternatives, no change to report.
 */
@Named
@ViewScoped
public class ManufacturerActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyFilings filings;

    @Inject
    SupplyCaseView caseView;

    public void continueSupply() {
        caseView.act(() -> filings.decideToContinueSupply(caseView.getCaseNumber()), "supply.response.continued");
    }

    public void consent(boolean given) {
        caseView.act(() -> filings.decideConsent(caseView.getCaseNumber(), given),
                given ? "supply.consent.given" : "supply.consent.refused");
    }

    public void reportNoChange() {
        caseView.act(() -> filings.reportNoChange(caseView.getCaseNumber()), "supply.noChange.done");
    }

    /** The report the manufacturer files next, if the flow waits for one. */
    public String getNextReportKind() {
        if (!caseView.isOwner()) {
            return null;
        }
        if (caseView.waitsForMe(SupplyStep.FILE_ADDITIONAL_REPORT.id())) {
            return ReportKind.ADDITIONAL.name();
        }
        if (caseView.waitsForMe(SupplyStep.FILE_SIMPLE_REPORT.id())) {
            return ReportKind.SIMPLE.name();
        }
        if (caseView.waitsForMe(SupplyStep.FILE_TERMINATION_NOTICE.id())) {
            return ReportKind.TERMINATION_NOTICE.name();
        }
        SupplyCase supplyCase = caseView.getCase();
        if (caseView.waitsForMe(SupplyStep.FOLLOW_UP_SUPPLY.id())
                || supplyCase.isOnTerminationPath() && !supplyCase.isClosed() && !supplyCase.versions().isEmpty()) {
            return ReportKind.RE_REPORT.name();
        }
        if (supplyCase.versions().isEmpty()) {
            return supplyCase.draft().map(draft -> draft.kind().name()).orElse(ReportKind.FIRST.name());
        }
        return null;
    }
}
