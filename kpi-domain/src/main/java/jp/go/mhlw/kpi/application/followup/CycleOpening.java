package jp.go.mhlw.kpi.application.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.cycle.ReminderSchedule;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.setting.Settings;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The secretariat opens a fiscal year's follow-up: the cycle under its Basic Plan with its reporting period and
 * normalisation factor, the deadline and reminder schedule, and one report request per body asked. Everything is
 * checked first and every problem named ({@link EntryRejectedException}); then the cycle, its requests and their
 * audit records are stored and the processes started, in one transaction.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class CycleOpening {

    /** The audit trail's object type for cycles. */
    public static final String CYCLE_OBJECT_TYPE = "follow-up-cycle";

    @Inject
    BasicPlanRepository plans;

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReportRequestRepository requests;

    @Inject
    KpiValueRepository kpiValues;

    @Inject
    CycleReportRepository reports;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CollectionWorkflow workflow;

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    /** The reminder days (before the due date) the administrators set as the default for a new cycle. */
    @ReadOnly
    public List<Integer> defaultReminderDays() {
        return settings.days(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE);
    }

    /** The bodies a cycle asks by default: every active hub, AMED, ministry division and the survey body. */
    @ReadOnly
    public List<Organisation> reportingBodies() {
        return organisations.findAllActive().stream().filter(body -> ReportRequest.kindFor(body).isPresent()).toList();
    }

    /**
     * Opens the cycle and asks the bodies.
     *
     * @return the new cycle's id
     * @throws EntryRejectedException naming every missing or wrong field; nothing is stored
     */
    public long open(CycleOpeningRequest form) {
        Instant now = clock.instant();
        List<Problem> problems = new ArrayList<>();
        Optional<BasicPlan> plan = plan(form.planCode(), problems);
        Optional<JapaneseFiscalYear> fiscalYear = fiscalYear(form, plan, problems);
        checkPeriod(form, fiscalYear, problems);
        checkDue(form.due(), now, problems);
        ReminderSchedule reminders = reminders(form.reminderDays(), problems);
        List<Organisation> bodies = bodies(form.organisationCodes(), problems);
        problems.addAll(form.surveyDates() == null ? new SurveyDates(null, null, null).problems()
                : form.surveyDates().problems());
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("Opening the cycle", problems);
        }

        // a year entered only as printed history keeps its cycle (and figures); it now collects the raw data
        FollowUpCycle cycle = cycles.find(plan.orElseThrow().getCode(), fiscalYear.orElseThrow())
                .orElseGet(() -> new FollowUpCycle(plan.orElseThrow(), fiscalYear.orElseThrow(), form.periodStart(),
                        form.periodEnd(), form.normalisationNumerator(), form.normalisationDenominator()));
        cycle.fixSurveyDates(form.surveyDates());
        cycle.openCollection(form.due(), reminders, now);
        cycle = cycles.store(cycle);
        auditTrail.record(new AuditEntry("follow-up-cycle.collection-opened", CYCLE_OBJECT_TYPE, String.valueOf(cycle.getId()),
                null, japanese("followup.audit.opened", cycle.key(), cycle.getDisplayName(),
                        String.valueOf(bodies.size()), String.valueOf(form.due()),
                        reminders.isEmpty() ? japanese("followup.audit.noReminders")
                                : japanese("followup.audit.reminderDays", reminders.text())),
                null, AuditJson.object().with("status", cycle.getStatus().name()).with("due", form.due()).toString()));

        for (Organisation body : bodies) {
            ReportRequest request = new ReportRequest(cycle, body, form.due(), now);
            requests.store(request);
            auditTrail.record(new AuditEntry("report-request.created", ReportRequestService.OBJECT_TYPE,
                    String.valueOf(request.getId()), body.getCode(),
                    japanese("followup.audit.requestCreated", cycle.getDisplayName(), body.getCode(),
                            String.valueOf(request.getKind()), String.valueOf(form.due())),
                    null, ReportRequestService.stateJson(request.getState())));
        }
        workflow.collectionOpened(cycle.getId());
        return cycle.getId();
    }

    /** The survey dates the form proposes for a fiscal year: those the committee has used so far. */
    @ReadOnly
    public SurveyDates proposedSurveyDates(int fiscalYear) {
        return SurveyDates.proposedFor(JapaneseFiscalYear.of(fiscalYear));
    }

    /**
     * The secretariat corrects a cycle's survey dates while its collection is open (the aggregation computes with
     * them once it is over).
     *
     * @throws EntryRejectedException naming every missing or wrong date, or when the collection is already over
     */
    public void changeSurveyDates(long cycleId, SurveyDates dates) {
        FollowUpCycle cycle = cycles.find(cycleId).orElseThrow(() -> new CycleNotFoundException(cycleId));
        List<Problem> problems = dates == null ? new SurveyDates(null, null, null).problems() : dates.problems();
        if (problems.isEmpty() && !cycle.areSurveyDatesChangeable()) {
            problems = List.of(Problem.at("surveyReferenceDate", "cycle.surveyDates.collectionOver", cycle.getDisplayName()));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("Changing the survey dates", problems);
        }
        SurveyDates before = cycle.surveyDates();
        cycle.fixSurveyDates(dates);
        cycles.store(cycle);
        auditTrail.record(new AuditEntry("follow-up-cycle.survey-dates-changed", CYCLE_OBJECT_TYPE, String.valueOf(cycleId),
                null, japanese("cycle.audit.surveyDatesChanged", cycle.getDisplayName(), String.valueOf(dates.reference()),
                        String.valueOf(dates.previousSnapshot()), String.valueOf(dates.currentSnapshot())),
                surveyDatesJson(before), surveyDatesJson(dates)));
    }

    private static String surveyDatesJson(SurveyDates dates) {
        return AuditJson.object().with("reference", dates.reference()).with("previousSnapshot", dates.previousSnapshot())
                .with("currentSnapshot", dates.currentSnapshot()).toString();
    }

    /** Audit summaries are kept in Japanese, as the secretariat reads them. */
    private static String japanese(String key, Object... arguments) {
        return Texts.text(Texts.JAPANESE, key, arguments);
    }

    private Optional<BasicPlan> plan(String code, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.at("plan", "followup.plan.required"));
            return Optional.empty();
        }
        Optional<BasicPlan> plan = plans.findByCode(code.strip());
        if (plan.isEmpty()) {
            problems.add(Problem.at("plan", "followup.plan.unknown", code));
        }
        return plan;
    }

    private Optional<JapaneseFiscalYear> fiscalYear(CycleOpeningRequest form, Optional<BasicPlan> plan,
            List<Problem> problems) {
        Integer year = form.fiscalYear();
        if (year == null) {
            problems.add(Problem.at("fiscalYear", "followup.fiscalYear.required"));
            return Optional.empty();
        }
        if (year < 2000 || year > 2100) {
            problems.add(Problem.at("fiscalYear", "followup.fiscalYear.range", String.valueOf(year)));
            return Optional.empty();
        }
        JapaneseFiscalYear fiscalYear = JapaneseFiscalYear.of(year);
        plan.ifPresent(basicPlan -> {
            if (!basicPlan.isInForceDuring(fiscalYear.firstDay(), fiscalYear.lastDay())) {
                problems.add(Problem.at("fiscalYear", "followup.fiscalYear.planNotInForce", basicPlan.getNameJa(),
                        basicPlan.getNameEn(), fiscalYear.display()));
            } else {
                cycles.find(basicPlan.getCode(), fiscalYear).ifPresent(existing -> checkExisting(existing, form, problems));
            }
        });
        return Optional.of(fiscalYear);
    }

    /**
     * A year that already has a cycle opens only if it holds printed history alone: never collected here, no value
     * computed from submissions, no report drafted; and with the period and factor it was entered with.
     */
    private void checkExisting(FollowUpCycle existing, CycleOpeningRequest form, List<Problem> problems) {
        String year = existing.getFiscalYear().display();
        boolean computed = kpiValues.findByCycle(existing).stream().anyMatch(value -> !value.getInputs().isEmpty());
        if (!existing.isCollectable() || computed || reports.findByCycle(existing).isPresent()) {
            problems.add(Problem.at("fiscalYear", "followup.fiscalYear.exists", year));
        } else if (!existing.getPeriodStart().equals(form.periodStart()) || !existing.getPeriodEnd().equals(form.periodEnd())
                || !Integer.valueOf(existing.getNormalisationNumerator()).equals(form.normalisationNumerator())
                || !Integer.valueOf(existing.getNormalisationDenominator()).equals(form.normalisationDenominator())) {
            problems.add(Problem.at("periodStart", "followup.fiscalYear.otherPeriod", year,
                    String.valueOf(existing.getPeriodStart()), String.valueOf(existing.getPeriodEnd()),
                    existing.getNormalisationFactor()));
        }
    }

    private static void checkPeriod(CycleOpeningRequest form, Optional<JapaneseFiscalYear> fiscalYear,
                                    List<Problem> problems) {
        if (form.periodStart() == null) {
            problems.add(Problem.at("periodStart", "followup.periodStart.required"));
        }
        if (form.periodEnd() == null) {
            problems.add(Problem.at("periodEnd", "followup.periodEnd.required"));
        }
        if (form.periodStart() != null && form.periodEnd() != null && form.periodEnd().isBefore(form.periodStart())) {
            problems.add(Problem.at("periodEnd", "followup.periodEnd.beforeStart", form.periodEnd().toString(),
                    form.periodStart().toString()));
        }
        if (form.periodEnd() != null && fiscalYear.isPresent() && form.periodEnd().isBefore(fiscalYear.get().firstDay())) {
            problems.add(Problem.at("periodEnd", "followup.periodEnd.beforeYear", fiscalYear.get().display()));
        }
        checkFactorPart(form.normalisationNumerator(), "normalisationNumerator", problems);
        checkFactorPart(form.normalisationDenominator(), "normalisationDenominator", problems);
    }

    /** {@code field} is "normalisationNumerator" or "normalisationDenominator", named as {@code followup.<field>}. */
    private static void checkFactorPart(Integer value, String field, List<Problem> problems) {
        if (value == null || value < 1 || value > 100) {
            problems.add(Problem.at(field, "followup.factor.range", Phrase.of("followup." + field)));
        }
    }

    private static void checkDue(LocalDate due, Instant now, List<Problem> problems) {
        LocalDate today = now.atZone(JapaneseFiscalYear.JAPAN_TIME).toLocalDate();
        if (due == null) {
            problems.add(Problem.at("due", "followup.due.required"));
        } else if (!due.isAfter(today)) {
            problems.add(Problem.at("due", "followup.due.notAfterToday", due.toString()));
        } else if (due.isAfter(today.plusYears(1))) {
            problems.add(Problem.at("due", "followup.due.tooLate", due.toString()));
        }
    }

    private static ReminderSchedule reminders(String text, List<Problem> problems) {
        try {
            return ReminderSchedule.parse(text);
        } catch (IllegalArgumentException wrong) {
            problems.add(Problem.at("reminderDays", "followup.reminders.invalid",
                    String.valueOf(ReminderSchedule.MAX_DAYS_BEFORE), String.valueOf(ReminderSchedule.MAX_REMINDERS),
                    String.valueOf(wrong.getMessage())));
            return ReminderSchedule.none();
        }
    }

    private List<Organisation> bodies(List<String> codes, List<Problem> problems) {
        Set<String> distinct = new LinkedHashSet<>();
        codes.stream().filter(code -> code != null && !code.isBlank()).map(String::strip).forEach(distinct::add);
        if (distinct.isEmpty()) {
            problems.add(Problem.at("bodies", "followup.bodies.required"));
            return List.of();
        }
        // one read for all of them: a year opens for some 2,000 bodies
        Map<String, Organisation> known = organisations.findByCodes(distinct).stream()
                .collect(Collectors.toMap(Organisation::getCode, Function.identity()));
        List<Organisation> bodies = new ArrayList<>();
        for (String code : distinct) {
            Optional<Organisation> body = Optional.ofNullable(known.get(code));
            if (body.isEmpty()) {
                problems.add(Problem.at("bodies", "followup.bodies.unknown", code));
            } else if (!body.get().isActive()) {
                problems.add(Problem.at("bodies", "followup.bodies.inactive", body.get().getNameJa(),
                        body.get().getNameEn()));
            } else if (ReportRequest.kindFor(body.get()).isEmpty()) {
                problems.add(Problem.at("bodies", "followup.bodies.notReporting", body.get().getNameJa(),
                        body.get().getNameEn()));
            } else {
                bodies.add(body.get());
            }
        }
        return bodies;
    }
}
