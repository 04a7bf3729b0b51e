package jp.go.mhlw.kpi.web.view.cycle;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.application.followup.CycleOpening;
import jp.go.mhlw.kpi.application.followup.CycleOpeningRequest;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.view.Feedback;

/**
 * The secretariat opens a fiscal year's follow-up: plan, year, reporting period, normalisation factor, deadline,
 * reminder schedule and the bodies to ask (all reporting bodies chosen at first). The service checks everything and
 * names every problem; what was typed stays.
 */
@Named
@ViewScoped
public class CycleOpeningForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CycleOpening opening;

    @Inject
    transient CatalogueService catalogue;

    private List<BasicPlan> plans;
    /**
     * The bodies offered, as ready-made items: the check boxes' validation looks each ticked code up among all the
     * items, and items computed per lookup by expressions (2,000 × 2,000) took most of a year's opening.
     */
    private List<SelectItem> bodyItems;
    private String planCode;
    private Integer fiscalYear;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Integer normalisationNumerator = 1;
    private Integer normalisationDenominator = 1;
    private LocalDate due;
    private String reminderDays = "14,7,1";
    private List<String> organisationCodes = new ArrayList<>();
    private SurveyDateFields surveyDates = new SurveyDateFields();

    @PostConstruct
    void init() {
        plans = catalogue.plans();
        List<Organisation> bodies = opening.reportingBodies();
        bodyItems = new ArrayList<>(bodies.stream().map(body -> new SelectItem(body.getCode(), bodyLabel(body))).toList());
        organisationCodes = new ArrayList<>(bodies.stream().map(Organisation::getCode).toList());
        JapaneseFiscalYear current = JapaneseFiscalYear.containing(LocalDate.now(JapaneseFiscalYear.JAPAN_TIME));
        planCode = defaultPlan(plans, current.previous());
        fiscalYear = current.previous().fiscalYear();
        periodStart = current.previous().firstDay();
        periodEnd = current.previous().lastDay();
        surveyDates = SurveyDateFields.of(opening.proposedSurveyDates(fiscalYear));
        // the administrators' reminder schedule is the default; each cycle keeps its own
        reminderDays = opening.defaultReminderDays().stream().map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    /**
     * The plan offered first: the newest in force during the year offered, so that a plan imported before it begins
     * is not offered for a year it does not cover; the newest of all when none is.
     */
    static String defaultPlan(List<BasicPlan> plans, JapaneseFiscalYear year) {
        List<BasicPlan> inForce = plans.stream()
                .filter(plan -> plan.isInForceDuring(year.firstDay(), year.lastDay())).toList();
        List<BasicPlan> candidates = inForce.isEmpty() ? plans : inForce;
        return candidates.isEmpty() ? null : candidates.get(candidates.size() - 1).getCode();
    }

    public String open() {
        try {
            long cycleId = opening.open(new CycleOpeningRequest(planCode, fiscalYear, periodStart, periodEnd,
                    normalisationNumerator, normalisationDenominator, due, reminderDays, organisationCodes,
                    surveyDates.toSurveyDates()));
            return "/cycle/dashboard?faces-redirect=true&opened=true&cycle=" + cycleId;
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
            return null;
        }
    }

    static String bodyLabel(Organisation body) {
        return body.name(Feedback.locale()) + " (" + body.getCode() + ")";
    }

    public List<BasicPlan> getPlans() {
        return plans;
    }

    public List<SelectItem> getBodyItems() {
        return bodyItems;
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

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public Integer getNormalisationNumerator() {
        return normalisationNumerator;
    }

    public void setNormalisationNumerator(Integer normalisationNumerator) {
        this.normalisationNumerator = normalisationNumerator;
    }

    public Integer getNormalisationDenominator() {
        return normalisationDenominator;
    }

    public void setNormalisationDenominator(Integer normalisationDenominator) {
        this.normalisationDenominator = normalisationDenominator;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }

    public List<String> getOrganisationCodes() {
        return organisationCodes;
    }

    public void setOrganisationCodes(List<String> organisationCodes) {
        this.organisationCodes = organisationCodes;
    }

    public SurveyDateFields getSurveyDates() {
        return surveyDates;
    }
}
