package jp.go.mhlw.kpi.web.view.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.export.Table;
import jp.go.mhlw.kpi.web.view.export.TableExport;
import org.primefaces.model.StreamedContent;

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

    /** The shown plan's catalogue, one row per KPI under its vision and goal, as CSV. */
    public StreamedContent getCsv() {
        return TableExport.download(table(key -> Feedback.text(key), Feedback.locale()), TableExport.Format.CSV);
    }

    /** The shown plan's catalogue as an Excel workbook. */
    public StreamedContent getXlsx() {
        return TableExport.download(table(key -> Feedback.text(key), Feedback.locale()), TableExport.Format.XLSX);
    }

    /** A KPI with the vision and goal the page lists it under. */
    record Line(PlanCatalogue.VisionNode vision, PlanCatalogue.GoalNode goal, Kpi kpi) {
    }

    /** The catalogue the page shows (the plan loaded, not the one a menu may hold since). */
    Table table(Function<String, String> text, Locale locale) {
        List<Line> lines = catalogue == null ? List.of()
                : catalogue.visions().stream().flatMap(vision -> vision.goals().stream()
                        .flatMap(goal -> goal.kpis().stream().map(kpi -> new Line(vision, goal, kpi)))).toList();
        String plan = catalogue == null ? "none" : catalogue.plan().getCode();
        return Table.<Line>columns(text)
                .column("catalogue.vision", line -> line.vision().vision().getCode() + ": "
                        + line.vision().vision().name(locale))
                .column("catalogue.goal", line -> line.goal().goal().getCircledNumber() + " "
                        + line.goal().goal().name(locale))
                .column("catalogue.export.code", line -> line.kpi().getCode())
                .column("catalogue.kpi", line -> line.kpi().name(locale))
                .column("catalogue.export.definition", line -> line.kpi().definition(locale))
                .column("catalogue.kind", line -> text.apply("kpiKind." + line.kpi().getKind()))
                .column("catalogue.export.unit", line -> line.kpi().unit(locale).orElse(""))
                .column("catalogue.reportedBy", line -> line.kpi().getImplementingBody().organisation()
                        .map(organisation -> organisation.name(locale))
                        .orElseGet(() -> line.kpi().getImplementingBody().kind()
                                .map(kind -> text.apply("orgKind." + kind)).orElse("")))
                .of("kpi-catalogue-" + plan, lines);
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
        return Feedback.locale();
    }
}
