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
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.AuditTrail;
import jp.go.mhlw.kpi.application.EntryRejectedException;
import jp.go.mhlw.kpi.application.ReadOnly;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.cycle.ReminderSchedule;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.published.EntryProblem;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.setting.Settings;

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
        List<EntryProblem> problems = new ArrayList<>();
        Optional<BasicPlan> plan = plan(form.planCode(), problems);
        Optional<JapaneseFiscalYear> fiscalYear = fiscalYear(form, plan, problems);
        checkPeriod(form, fiscalYear, problems);
        checkDue(form.due(), now, problems);
        ReminderSchedule reminders = reminders(form.reminderDays(), problems);
        List<Organisation> bodies = bodies(form.organisationCodes(), problems);
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("Opening the cycle", problems);
        }

        // a year entered only as printed history keeps its cycle (and figures); it now collects the raw data
        FollowUpCycle cycle = cycles.find(plan.orElseThrow().getCode(), fiscalYear.orElseThrow())
                .orElseGet(() -> new FollowUpCycle(plan.orElseThrow(), fiscalYear.orElseThrow(), form.periodStart(),
                        form.periodEnd(), form.normalisationNumerator(), form.normalisationDenominator()));
        cycle.openCollection(form.due(), reminders, now);
        cycle = cycles.store(cycle);
        auditTrail.record(new AuditEntry("follow-up-cycle.collection-opened", CYCLE_OBJECT_TYPE, String.valueOf(cycle.getId()),
                null, cycle.key() + " " + cycle.getDisplayName() + ": 報告依頼 " + bodies.size() + " 件、期限 " + form.due()
                        + "、催促 " + (reminders.isEmpty() ? "なし" : reminders.text() + " 日前"),
                null, "{\"status\":\"" + cycle.getStatus() + "\",\"due\":\"" + form.due() + "\"}"));

        for (Organisation body : bodies) {
            ReportRequest request = new ReportRequest(cycle, body, form.due(), now);
            requests.store(request);
            auditTrail.record(new AuditEntry("report-request.created", ReportRequestService.OBJECT_TYPE,
                    String.valueOf(request.getId()), body.getCode(),
                    cycle.getDisplayName() + " " + body.getCode() + ": 報告依頼（" + request.getKind() + "、期限 " + form.due() + "）",
                    null, ReportRequestService.stateJson(request.getState())));
        }
        workflow.collectionOpened(cycle.getId());
        return cycle.getId();
    }

    private Optional<BasicPlan> plan(String code, List<EntryProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new EntryProblem("plan", "基本計画を選んでください。", "Choose a Basic Plan."));
            return Optional.empty();
        }
        Optional<BasicPlan> plan = plans.findByCode(code.strip());
        if (plan.isEmpty()) {
            problems.add(new EntryProblem("plan", "基本計画 " + code + " はありません。", "There is no Basic Plan " + code + "."));
        }
        return plan;
    }

    private Optional<JapaneseFiscalYear> fiscalYear(CycleOpeningRequest form, Optional<BasicPlan> plan,
            List<EntryProblem> problems) {
        Integer year = form.fiscalYear();
        if (year == null) {
            problems.add(new EntryProblem("fiscalYear", "年度を入力してください。", "Enter the fiscal year."));
            return Optional.empty();
        }
        if (year < 2000 || year > 2100) {
            problems.add(new EntryProblem("fiscalYear", "年度は2000〜2100の西暦で入力してください（" + year + "）。",
                    "Enter the fiscal year as a year from 2000 to 2100 (was " + year + ")."));
            return Optional.empty();
        }
        JapaneseFiscalYear fiscalYear = JapaneseFiscalYear.of(year);
        plan.ifPresent(basicPlan -> {
            if (!basicPlan.isInForceDuring(fiscalYear.firstDay(), fiscalYear.lastDay())) {
                problems.add(new EntryProblem("fiscalYear", basicPlan.getNameJa() + " は " + fiscalYear.display() + " に適用されていません。",
                        basicPlan.getNameEn() + " is not in force during " + fiscalYear.display() + "."));
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
    private void checkExisting(FollowUpCycle existing, CycleOpeningRequest form, List<EntryProblem> problems) {
        String year = existing.getFiscalYear().display();
        boolean computed = kpiValues.findByCycle(existing).stream().anyMatch(value -> !value.getInputs().isEmpty());
        if (!existing.isCollectable() || computed || reports.findByCycle(existing).isPresent()) {
            problems.add(new EntryProblem("fiscalYear", year + " のサイクルは既にあります。",
                    "The cycle of " + year + " exists already."));
        } else if (!existing.getPeriodStart().equals(form.periodStart()) || !existing.getPeriodEnd().equals(form.periodEnd())
                || !Integer.valueOf(existing.getNormalisationNumerator()).equals(form.normalisationNumerator())
                || !Integer.valueOf(existing.getNormalisationDenominator()).equals(form.normalisationDenominator())) {
            String registered = existing.getPeriodStart() + "〜" + existing.getPeriodEnd() + "、補正係数 "
                    + existing.getNormalisationFactor();
            problems.add(new EntryProblem("periodStart", year + " は報告対象期間 " + registered
                    + " で登録済みです。同じ期間と補正係数で開始してください。", "The cycle of " + year + " is registered with "
                    + existing.getPeriodStart() + " to " + existing.getPeriodEnd() + ", factor "
                    + existing.getNormalisationFactor() + ": open it with the same period and factor."));
        }
    }

    private static void checkPeriod(CycleOpeningRequest form, Optional<JapaneseFiscalYear> fiscalYear,
                                    List<EntryProblem> problems) {
        if (form.periodStart() == null) {
            problems.add(new EntryProblem("periodStart", "報告対象期間の開始日を入力してください。", "Enter the first day of the reporting period."));
        }
        if (form.periodEnd() == null) {
            problems.add(new EntryProblem("periodEnd", "報告対象期間の終了日を入力してください。", "Enter the last day of the reporting period."));
        }
        if (form.periodStart() != null && form.periodEnd() != null && form.periodEnd().isBefore(form.periodStart())) {
            problems.add(new EntryProblem("periodEnd", "報告対象期間の終了日（" + form.periodEnd() + "）が開始日（" + form.periodStart() + "）より前です。",
                    "The reporting period ends (" + form.periodEnd() + ") before it starts (" + form.periodStart() + ")."));
        }
        if (form.periodEnd() != null && fiscalYear.isPresent() && form.periodEnd().isBefore(fiscalYear.get().firstDay())) {
            problems.add(new EntryProblem("periodEnd", "報告対象期間が " + fiscalYear.get().display() + " に届いていません。",
                    "The reporting period ends before " + fiscalYear.get().display() + " begins."));
        }
        checkFactorPart(form.normalisationNumerator(), "normalisationNumerator", "分子", "numerator", problems);
        checkFactorPart(form.normalisationDenominator(), "normalisationDenominator", "分母", "denominator", problems);
    }

    private static void checkFactorPart(Integer value, String field, String ja, String en, List<EntryProblem> problems) {
        if (value == null || value < 1 || value > 100) {
            problems.add(new EntryProblem(field, "補正係数の" + ja + "は1〜100の整数で入力してください。",
                    "Enter the normalisation factor's " + en + " as a whole number from 1 to 100."));
        }
    }

    private static void checkDue(LocalDate due, Instant now, List<EntryProblem> problems) {
        LocalDate today = now.atZone(JapaneseFiscalYear.JAPAN_TIME).toLocalDate();
        if (due == null) {
            problems.add(new EntryProblem("due", "提出期限を入力してください。", "Enter the deadline."));
        } else if (!due.isAfter(today)) {
            problems.add(new EntryProblem("due", "提出期限（" + due + "）は明日以降の日付にしてください。",
                    "The deadline (" + due + ") must be after today."));
        } else if (due.isAfter(today.plusYears(1))) {
            problems.add(new EntryProblem("due", "提出期限（" + due + "）は1年以内にしてください。",
                    "The deadline (" + due + ") must be within a year."));
        }
    }

    private static ReminderSchedule reminders(String text, List<EntryProblem> problems) {
        try {
            return ReminderSchedule.parse(text);
        } catch (IllegalArgumentException wrong) {
            problems.add(new EntryProblem("reminderDays",
                    "催促の日程は期限の何日前かを1〜" + ReminderSchedule.MAX_DAYS_BEFORE + "の整数で、カンマ区切り（例: 14,7,1）、最大"
                            + ReminderSchedule.MAX_REMINDERS + "回で入力してください。",
                    wrong.getMessage() + "."));
            return ReminderSchedule.none();
        }
    }

    private List<Organisation> bodies(List<String> codes, List<EntryProblem> problems) {
        Set<String> distinct = new LinkedHashSet<>();
        codes.stream().filter(code -> code != null && !code.isBlank()).map(String::strip).forEach(distinct::add);
        if (distinct.isEmpty()) {
            problems.add(new EntryProblem("bodies", "報告を依頼する機関を1つ以上選んでください。", "Choose at least one body to ask."));
            return List.of();
        }
        List<Organisation> bodies = new ArrayList<>();
        for (String code : distinct) {
            Optional<Organisation> body = organisations.findByCode(code);
            if (body.isEmpty()) {
                problems.add(new EntryProblem("bodies", "機関 " + code + " はありません。", "There is no organisation " + code + "."));
            } else if (!body.get().isActive()) {
                problems.add(new EntryProblem("bodies", body.get().getNameJa() + " は無効化されています。",
                        body.get().getNameEn() + " is inactive."));
            } else if (ReportRequest.kindFor(body.get()).isEmpty()) {
                problems.add(new EntryProblem("bodies", body.get().getNameJa() + " はフォローアップの報告機関ではありません。",
                        body.get().getNameEn() + " does not file follow-up reports."));
            } else {
                bodies.add(body.get());
            }
        }
        return bodies;
    }
}
