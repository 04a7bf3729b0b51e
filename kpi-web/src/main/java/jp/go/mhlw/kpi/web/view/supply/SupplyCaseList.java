package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.SupplyCaseService;
import jp.go.mhlw.kpi.application.SupplyCaseSummary;
import jp.go.mhlw.kpi.application.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.application.SupplyStep;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;

/**
 * The supply cases of the caller (a manufacturer its organisation's, a ministry officer every filed case, an
 * association those it supports) with the step each waits at, and the steps waiting for the caller: the inbox.
 * A maker of an alternative answers MHLW's stock request here, as it cannot open the other maker's case.
 */
@Named
@ViewScoped
public class SupplyCaseList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyCaseService service;

    @Inject
    transient CurrentCaller currentCaller;

    private List<CaseRow> cases = List.of();
    private List<StepRow> inbox = List.of();
    private List<CaseRow> filteredCases;

    private String answeringCase;
    private Long answerStock;
    private Long answerCapacity;
    private String answerNote;

    public void load() {
        cases = service.myCases().stream().map(summary -> new CaseRow(summary, waitingText(summary.getCaseNumber()))).toList();
        List<StepRow> rows = new ArrayList<>();
        for (WaitingStep step : service.myWaitingSteps()) {
            String product = cases.stream().filter(row -> row.getCaseNumber().equals(step.caseNumber())).findFirst()
                    .map(CaseRow::getProductName)
                    .or(() -> step.step() == SupplyStep.ANSWER_STOCK_REQUEST ? service.stockRequestSubject(step.caseNumber())
                            : java.util.Optional.empty())
                    .orElse("");
            boolean visible = cases.stream().anyMatch(row -> row.getCaseNumber().equals(step.caseNumber()));
            rows.add(new StepRow(step.caseNumber(), product, step.step(), visible));
        }
        inbox = rows;
    }

    private String waitingText(String caseNumber) {
        return service.waitingSteps(caseNumber).stream().map(step -> SupplyText.of(step.step())).distinct()
                .collect(Collectors.joining("、"));
    }

    public void startAnswer(String caseNumber) {
        answeringCase = caseNumber;
        answerStock = null;
        answerCapacity = null;
        answerNote = null;
    }

    public void answer() {
        try {
            service.answerStockRequest(answeringCase, new StockAnswer(answerStock, answerCapacity, answerNote));
            SupplyFeedback.info("supply.answer.done", answeringCase);
            answeringCase = null;
            load();
        } catch (RuntimeException refused) {
            SupplyFeedback.refused(refused, null);
        }
    }

    public boolean isManufacturer() {
        return currentCaller.require().hasRole(Role.MANUFACTURER);
    }

    public SupplyCaseState[] getStates() {
        return SupplyCaseState.values();
    }

    public List<CaseRow> getCases() {
        return cases;
    }

    public List<CaseRow> getFilteredCases() {
        return filteredCases;
    }

    public void setFilteredCases(List<CaseRow> filteredCases) {
        this.filteredCases = filteredCases;
    }

    public List<StepRow> getInbox() {
        return inbox;
    }

    public String getAnsweringCase() {
        return answeringCase;
    }

    public Long getAnswerStock() {
        return answerStock;
    }

    public void setAnswerStock(Long answerStock) {
        this.answerStock = answerStock;
    }

    public Long getAnswerCapacity() {
        return answerCapacity;
    }

    public void setAnswerCapacity(Long answerCapacity) {
        this.answerCapacity = answerCapacity;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public void setAnswerNote(String answerNote) {
        this.answerNote = answerNote;
    }

    /** One case in the list. */
    public static final class CaseRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final SupplyCaseSummary summary;
        private final String waiting;

        CaseRow(SupplyCaseSummary summary, String waiting) {
            this.summary = summary;
            this.waiting = waiting;
        }

        public String getCaseNumber() {
            return summary.getCaseNumber();
        }

        public String getProductName() {
            return summary.getProductName();
        }

        public String getManufacturer() {
            return summary.getManufacturerOrganisationCode();
        }

        public SupplyCaseState getState() {
            return summary.getState();
        }

        public String getStateName() {
            return summary.getState().name();
        }

        public String getFlow() {
            return summary.isOnTerminationPath() ? "B" : "A";
        }

        public Object getLatestReportKind() {
            return summary.getLatestReportKind();
        }

        public java.time.Instant getLatestFiledAt() {
            return summary.getLatestFiledAt();
        }

        public int getVersionCount() {
            return summary.getVersionCount();
        }

        public String getWaiting() {
            return waiting;
        }
    }

    /** One step waiting for the caller. */
    public static final class StepRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String caseNumber;
        private final String productName;
        private final SupplyStep step;
        private final boolean caseVisible;

        StepRow(String caseNumber, String productName, SupplyStep step, boolean caseVisible) {
            this.caseNumber = caseNumber;
            this.productName = productName;
            this.step = step;
            this.caseVisible = caseVisible;
        }

        public String getCaseNumber() {
            return caseNumber;
        }

        public String getProductName() {
            return productName;
        }

        public SupplyStep getStep() {
            return step;
        }

        public String getStepId() {
            return step.id();
        }

        /** The maker of an alternative answers here; everyone else works on the case page. */
        public boolean isStockRequest() {
            return step == SupplyStep.ANSWER_STOCK_REQUEST && !caseVisible;
        }

        public boolean isCaseVisible() {
            return caseVisible;
        }
    }
}
