package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.application.supply.SupplyCaseFilter;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.application.supply.SupplyCaseWorkflow.WaitingStep;
import jp.go.mhlw.kpi.application.supply.SupplyFilings;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSort;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCoverage;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.export.Table;
import jp.go.mhlw.kpi.web.view.export.TableExport;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

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
    transient SupplyFilings filings;

    @Inject
    transient SupplyCaseQueries queries;

    @Inject
    transient CurrentCaller currentCaller;

    /** The cases, read a page at a time: the database filters, sorts and counts them. */
    private final Cases cases = new Cases();
    private List<StepRow> inbox = List.of();

    /** The view parameter "state": the state filter the list opens with (a home page's count links here). */
    private String state;

    private String answeringCase;
    private Long answerStock;
    private Long answerCapacity;
    private String answerNote;
    /** The maker agrees that the case's manufacturer may read its answer; MHLW reads it in any case. */
    private boolean answerShared;

    /** The inbox: the steps waiting for the caller, with the product of each case the caller may open. */
    public void load() {
        List<WaitingStep> steps = queries.myWaitingSteps();
        Map<String, String> products = new HashMap<>();
        queries.listedCases(steps.stream().map(WaitingStep::caseNumber).collect(Collectors.toSet()))
                .forEach(listed -> products.put(listed.getCaseNumber(), listed.getProductName()));
        List<StepRow> rows = new ArrayList<>();
        for (WaitingStep step : steps) {
            boolean visible = products.containsKey(step.caseNumber());
            String product = visible ? products.get(step.caseNumber())
                    : step.step() == SupplyStep.ANSWER_STOCK_REQUEST
                            ? queries.stockRequestSubject(step.caseNumber()).orElse("") : "";
            rows.add(new StepRow(step.caseNumber(), product, step.step(), visible));
        }
        inbox = rows;
    }

    /**
     * What the table asks for, as the queries take it: the product and state filters, the sorted column (newest
     * first when none is).
     */
    static SupplyCaseFilter filterOf(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String product = filterText(filterBy, "productName");
        String state = filterText(filterBy, "stateName");
        SupplyCaseState inState = state == null ? null
                : Arrays.stream(SupplyCaseState.values()).filter(known -> known.name().equals(state)).findFirst()
                        .orElse(null);
        SortMeta sorted = sortBy == null ? null
                : sortBy.values().stream().filter(SortMeta::isActive).sorted().findFirst().orElse(null);
        SupplyCaseSort sort = sorted == null ? null : SORTABLE.get(sorted.getField());
        if (sort == null) {
            return new SupplyCaseFilter(product, inState, SupplyCaseSort.OPENED, true);
        }
        return new SupplyCaseFilter(product, inState, sort, sorted.getOrder() == SortOrder.DESCENDING);
    }

    /** The columns the table may sort by, by the property their sortBy names. */
    private static final Map<String, SupplyCaseSort> SORTABLE = Map.of(
            "caseNumber", SupplyCaseSort.CASE_NUMBER,
            "productName", SupplyCaseSort.PRODUCT,
            "manufacturer", SupplyCaseSort.MANUFACTURER,
            "stateName", SupplyCaseSort.STATE,
            "flow", SupplyCaseSort.FLOW,
            "latestFiledAt", SupplyCaseSort.LATEST_FILED,
            "coverage", SupplyCaseSort.COVERAGE);

    private static String filterText(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy == null ? null : filterBy.get(field);
        Object value = filter == null ? null : filter.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The cases of the caller, a page at a time, each with the steps it waits at. */
    private final class Cases extends LazyDataModel<CaseRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queries.countMyCases(filterOf(Map.of(), filterBy)));
        }

        /** The filter and order the table last showed, for the export. */
        private Shown shown = Shown.of(SupplyCaseFilter.NEWEST_FIRST);

        @Override
        public List<CaseRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SupplyCaseFilter filter = filterOf(sortBy, filterBy);
            shown = Shown.of(filter);
            return rows(filter, first, Math.max(1, Math.min(pageSize, SupplyCaseQueries.MAX_PAGE_SIZE)));
        }

        List<CaseRow> rows(SupplyCaseFilter filter, int first, int size) {
            List<SupplyCaseSummary> page = queries.myCases(filter, first, size);
            Map<String, List<SupplyStep>> steps = queries.waitingStepsOfListed(
                    page.stream().map(SupplyCaseSummary::getCaseNumber).toList());
            return page.stream().map(summary -> new CaseRow(summary,
                    waitingText(steps.getOrDefault(summary.getCaseNumber(), List.of())))).toList();
        }

        @Override
        public String getRowKey(CaseRow row) {
            return row.getCaseNumber();
        }

        @Override
        public CaseRow getRowData(String rowKey) {
            return null;
        }
    }

    /** A filter kept in the view (the query's record is not serialisable). */
    private record Shown(String productContains, SupplyCaseState state, SupplyCaseSort sort, boolean descending)
            implements Serializable {

        static Shown of(SupplyCaseFilter filter) {
            return new Shown(filter.productContains(), filter.state(), filter.sort(), filter.descending());
        }

        SupplyCaseFilter filter() {
            return new SupplyCaseFilter(productContains, state, sort, descending);
        }
    }

    /** The caller's cases as the table shows them (its filters and order, every page), as CSV. */
    public StreamedContent getCasesCsv() {
        return TableExport.download(casesTable(), TableExport.Format.CSV);
    }

    /** The caller's cases as the table shows them, as an Excel workbook. */
    public StreamedContent getCasesXlsx() {
        return TableExport.download(casesTable(), TableExport.Format.XLSX);
    }

    /** The same query as the table's pages (the caller's cases only), page after page up to the export's limit. */
    List<CaseRow> shownCases() {
        SupplyCaseFilter filter = cases.shown.filter();
        return TableExport.pages((first, size) -> cases.rows(filter, first, size), SupplyCaseQueries.MAX_PAGE_SIZE);
    }

    private Table casesTable() {
        Table.Columns<CaseRow> columns = Table.<CaseRow>columns(key -> Feedback.text(key))
                .column("supply.case.number", CaseRow::getCaseNumber)
                .column("supply.case.product", CaseRow::getProductName)
                .column("supply.case.manufacturer", CaseRow::getManufacturer)
                .column("supply.case.state", row -> SupplyText.of(row.getState()))
                .column("supply.case.flow", CaseRow::getFlow)
                .column("supply.case.lastReport", row -> (SupplyText.of(row.getLatestReportKind()) + " "
                        + new SupplyText().time(row.getLatestFiledAt())).strip());
        if (isOfficer()) {
            columns.column("supply.coverage.column",
                    row -> row.getCoverage() == null ? "" : new CoverageText().glance(row.getCoverage()));
        }
        return columns.column("supply.case.waiting", CaseRow::getWaiting)
                .of("supply-cases-" + LocalDate.now(JapaneseFiscalYear.JAPAN_TIME), shownCases());
    }

    private static String waitingText(List<SupplyStep> steps) {
        return steps.stream().map(SupplyText::of).distinct().collect(Collectors.joining("、"));
    }

    public void startAnswer(String caseNumber) {
        answeringCase = caseNumber;
        answerStock = null;
        answerCapacity = null;
        answerNote = null;
        answerShared = false;
    }

    public void answer() {
        try {
            filings.answerStockRequest(answeringCase, new StockAnswer(answerStock, answerCapacity, answerNote, answerShared));
            Feedback.info("supply.answer.done", answeringCase);
            answeringCase = null;
            load();
        } catch (RuntimeException refused) {
            SupplyRefusals.refused(refused, null);
        }
    }

    public boolean isManufacturer() {
        return currentCaller.require().hasRole(Role.MANUFACTURER);
    }

    /** The coverage column is the ministry's: its sums include the answers of other makers. */
    public boolean isOfficer() {
        return currentCaller.require().hasRole(Role.MINISTRY_OFFICER);
    }

    public SupplyCaseState[] getStates() {
        return SupplyCaseState.values();
    }

    public LazyDataModel<CaseRow> getCases() {
        return cases;
    }

    public List<StepRow> getInbox() {
        return inbox;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
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

    public boolean isAnswerShared() {
        return answerShared;
    }

    public void setAnswerShared(boolean answerShared) {
        this.answerShared = answerShared;
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

        public SupplyCoverage getCoverage() {
            return summary.getCoverage();
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
