package jp.go.mhlw.kpi.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.application.CatalogueService;
import jp.go.mhlw.kpi.application.PublishedFigures;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.published.HistoryAdoption;
import jp.go.mhlw.kpi.domain.model.published.PrintedFigureReconciliation;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;

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
        }
    }

    /** Secretariat only (the service checks the role): the printed figures become the KPI history where nothing was computed. */
    public void adoptAsHistory() {
        HistoryAdoption adoption = publishedFigures.adoptAsHistory(planCode, fiscalYear);
        long adopted = adoption.getLines().stream()
                .filter(line -> line.getOutcome() != HistoryAdoption.Outcome.UNCHANGED).count();
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(bundle.getString("published.adopted"), adopted, adoption.getLines().size()), null));
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
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
