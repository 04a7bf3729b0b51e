package jp.go.mhlw.kpi.web.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.application.CatalogueService;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;

/** The catalogue of one Basic Plan: visions, goals ①–⑪, their KPIs with definitions and who reports them. */
@Named
@ViewScoped
public class CatalogueBrowser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogueService catalogueService;

    private String planCode;
    private List<BasicPlan> plans;
    private PlanCatalogue catalogue;

    /** Loads the plan asked for, or the plan in force today. */
    public void load() {
        plans = catalogueService.plans();
        if (planCode == null || planCode.isBlank()) {
            planCode = plans.stream().filter(plan -> plan.isInForceOn(LocalDate.now())).map(BasicPlan::getCode)
                    .findFirst().orElse(plans.isEmpty() ? null : plans.get(plans.size() - 1).getCode());
        }
        catalogue = planCode == null ? null : catalogueService.catalogue(planCode).orElse(null);
    }

    public String getPlanCode() {
        return planCode;
    }

    public void setPlanCode(String planCode) {
        this.planCode = planCode;
    }

    public List<BasicPlan> getPlans() {
        return plans;
    }

    public PlanCatalogue getCatalogue() {
        return catalogue;
    }

    public Locale getLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
