package jp.go.mhlw.kpi.web.view.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.application.published.PublishedFigures;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.published.HistoryAdoption;
import jp.go.mhlw.kpi.domain.model.published.PrintedFigureReconciliation;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import jp.go.mhlw.kpi.web.view.Feedback;

/**
 * A cycle's figures as the committee printed them: the list, what does not reconcile (shares against counts,
 * rows against totals, averages across tables), and, for the secretariat, adopting them as the KPI history.
 */
@Named
@ViewScoped
public class PublishedFiguresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublishedFigures publishedFigures;

    @Inject
    transient CatalogueService catalogueService;

    private String planCode = "PLAN-2";
    private Integer fiscalYear;
    private List<FollowUpCycle> cycles;
    private List<PublishedFigure> figures = List.of();
    private PrintedFigureReconciliation reconciliation;

    public void load() {
        cycles = catalogueService.cycles(planCode);
        if (fiscalYear == null && !cycles.isEmpty()) {
            fiscalYear = cycles.get(cycles.size() - 1).getFiscalYear().fiscalYear();
        }
        if (fiscalYear != null && cycles.stream().anyMatch(cycle -> cycle.getFiscalYear().fiscalYear() == fiscalYear)) {
            figures = publishedFigures.list(planCode, fiscalYear);
            reconciliation = publishedFigures.reconciliation(planCode, fiscalYear);
        } else {
            figures = List.of();
            reconciliation = null;
            if (fiscalYear != null) {
                Feedback.notFound(); // a year the plan has no cycle for: 404, not an empty table
            }
        }
    }

    /** Secretariat only (the service checks the role): the printed figures become the KPI history where nothing was computed. */
    public void adoptAsHistory() {
        HistoryAdoption adoption = publishedFigures.adoptAsHistory(planCode, fiscalYear);
        long adopted = adoption.getLines().stream()
                .filter(line -> line.getOutcome() != HistoryAdoption.Outcome.UNCHANGED).count();
        Feedback.info("published.adopted", adopted, adoption.getLines().size());
    }

    public boolean isEnglish() {
        return Feedback.isEnglish();
    }

    public String getPlanCode() {
        return planCode;
    }

    public void setPlanCode(String planCode) {
        this.planCode = planCode;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public List<FollowUpCycle> getCycles() {
        return cycles;
    }

    public List<PublishedFigure> getFigures() {
        return figures;
    }

    public PrintedFigureReconciliation getReconciliation() {
        return reconciliation;
    }
}
