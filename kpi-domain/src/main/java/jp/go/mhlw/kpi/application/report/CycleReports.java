package jp.go.mhlw.kpi.application.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.application.AuditJson;
import jp.go.mhlw.kpi.application.AuditTrail;
import jp.go.mhlw.kpi.application.EntryRejectedException;
import jp.go.mhlw.kpi.application.ReadOnly;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions;
import jp.go.mhlw.kpi.application.followup.FollowUpMilestones;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetAchievement;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.published.EntryProblem;
import jp.go.mhlw.kpi.domain.model.report.CommitteeComment;
import jp.go.mhlw.kpi.domain.model.report.CycleReport;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.report.MissingBody;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;

/**
 * The committee review of a cycle's report and its publication (DOMAIN.md §7): the secretariat prepares the draft,
 * committee members comment per KPI or goal, the secretariat records the meeting and approves publication, which
 * freezes the KPI tables as the next published version; a correction re-opens the review. Each step is recorded
 * once in the audit trail and reported to the cycle's process.
 *
 * <p>The report is the national follow-up's, owned by no reporting body: roles decide, the organisation is only
 * recorded. The process side is optional here so the screens work before a cycle's process exists.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.COMMITTEE_MEMBER})
public class CycleReports {

    static final String OBJECT_TYPE = "CycleReport";
    /** The bodies a cycle asks for figures the aggregation uses; ministries report narratives. */
    private static final Set<OrganisationKind> REPORTING_KINDS =
            EnumSet.of(OrganisationKind.HUB, OrganisationKind.AMED, OrganisationKind.SURVEY_BODY);

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    BasicPlanRepository plans;

    @Inject
    KpiValueRepository kpiValues;

    @Inject
    KpiTargetRepository targets;

    @Inject
    CycleReportRepository reports;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Instance<ApprovedSubmissions> submissions;

    @Inject
    Instance<FollowUpMilestones> milestones;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    Clock clock = Clock.systemDefaultZone();

    /** The cycle's report as it stands, with the tables as they would be published now. */
    @ReadOnly
    public DraftReport draft(long cycleId) {
        FollowUpCycle cycle = cycle(cycleId);
        Optional<CycleReport> report = reports.findByCycle(cycle);
        Optional<FollowUpCycle> previous = previousOf(cycle);
        List<KpiValue> values = kpiValues.findByCycle(cycle);
        List<TargetAchievement> judged = targets.findByPlan(cycle.getPlan().getCode()).stream()
                .filter(target -> target.appliesTo(cycle))
                .map(target -> TargetAchievement.evaluate(target, cycle,
                        previous.flatMap(p -> kpiValues.find(p, target.getKpi(), target.getBreakdown(), target.getUnit())),
                        kpiValues.find(cycle, target.getKpi(), target.getBreakdown(), target.getUnit())))
                .toList();
        List<Goal> goals = plans.findCatalogue(cycle.getPlan().getCode()).stream()
                .flatMap(catalogue -> catalogue.visions().stream())
                .flatMap(vision -> vision.goals().stream())
                .map(PlanCatalogue.GoalNode::goal)
                .toList();
        return new DraftReport(cycle, report,
                ReportLines.of(values, previous.map(kpiValues::findByCycle).orElse(List.of())), judged, goals,
                report.map(CycleReport::getMissingBodies).orElseGet(() -> missingBodies(cycle)),
                report.map(reports::comments).orElse(List.of()), reports.versions(cycle),
                report.isPresent() ? Map.of() : ministriesNarratives(cycle));
    }

    /**
     * Per goal, the approved progress reports of the ministry divisions, each headed by its division, in the order
     * of their codes: the secretariat's starting point for the report's narratives.
     */
    private Map<Integer, String> ministriesNarratives(FollowUpCycle cycle) {
        if (!submissions.isResolvable()) {
            return Map.of();
        }
        Map<Integer, StringBuilder> byGoal = new TreeMap<>();
        submissions.get().ministryProgress(cycle.getId()).stream()
                .sorted(Comparator.comparing(ApprovedSubmissions.Approved::organisationCode))
                .forEach(approved -> {
                    String division = organisations.findByCode(approved.organisationCode())
                            .map(Organisation::getNameJa).orElse(approved.organisationCode());
                    for (GoalProgress goal : approved.data().goals()) {
                        if (goal.narrative() != null && !goal.narrative().isBlank()) {
                            StringBuilder text = byGoal.computeIfAbsent(goal.goal(), number -> new StringBuilder());
                            text.append(text.length() == 0 ? "" : "\n").append("【").append(division).append("】")
                                    .append(goal.narrative().strip());
                        }
                    }
                });
        Map<Integer, String> narratives = new TreeMap<>();
        byGoal.forEach((goal, text) -> narratives.put(goal, text.toString()));
        return narratives;
    }

    /**
     * The secretariat's draft (first, or again during review or after a correction was opened): narratives per goal
     * and the bodies missing from collection. It goes to the committee.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public CycleReport prepareDraft(long cycleId, @NotNull Map<Integer, String> narratives) {
        FollowUpCycle cycle = cycle(cycleId);
        List<EntryProblem> problems = narratives.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().strip().length() > 4000)
                .map(e -> new EntryProblem("narrative" + e.getKey(),
                        "ゴール" + e.getKey() + "の記述は4000文字以内で入力してください。",
                        "The narrative of goal " + e.getKey() + " must be at most 4000 characters."))
                .toList();
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The draft report", problems);
        }
        if (cycle.getStatus() == CycleStatus.COLLECTING) {
            throw refused("The draft report", "status", "報告の収集中です。収集を締め切ってから報告書案を作成してください。",
                    "The bodies are still reporting: close the collection before drafting the report.");
        }
        String user = currentCaller.require().userName();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<CycleReport> existing = reports.findByCycle(cycle);
        String before = existing.map(CycleReports::state).orElse(null);
        CycleReport report;
        if (existing.isEmpty()) {
            report = reports.store(CycleReport.draft(cycle, narratives, missingBodies(cycle), user, now));
        } else {
            report = existing.get();
            try {
                report.redraft(narratives, missingBodies(cycle), user, now);
            } catch (IllegalStateException wrongState) {
                throw refused("The draft report", "status",
                        "この状態（" + report.getStatus() + "）では下書きを作り直せません。", wrongState.getMessage());
            }
            report = reports.store(report);
        }
        cycle.toCommitteeReview();
        cycles.store(cycle);
        auditTrail.record(new AuditEntry("cycle-report.draft-ready", OBJECT_TYPE, String.valueOf(cycleId), null,
                "Draft report of " + cycle + " prepared for the committee (" + report.getNarratives().size()
                        + " narratives, " + report.getMissingBodies().size() + " bodies missing)",
                before, state(report)));
        milestones().ifPresent(m -> m.draftReportReady(cycleId));
        return report;
    }

    /** A committee member's comment on a KPI (its code) or a goal ("GOAL-3") while the draft is in review. */
    @RolesAllowed(Role.Names.COMMITTEE_MEMBER)
    public CommitteeComment comment(long cycleId, String subject, String body) {
        FollowUpCycle cycle = cycle(cycleId);
        CycleReport report = reports.findByCycle(cycle).orElseThrow(() -> refused("The comment", "report",
                "この年度の報告書案はまだありません。", "There is no draft report for this cycle yet."));
        String about = subject == null ? "" : subject.strip();
        String text = body == null ? "" : body.strip();
        List<EntryProblem> problems = new java.util.ArrayList<>();
        if (!validSubject(cycle, about)) {
            problems.add(new EntryProblem("subject", "コメントの対象（KPIまたはゴール）を選んでください。",
                    "Choose what the comment is about (a KPI or a goal)."));
        }
        if (text.isEmpty() || text.length() > CommitteeComment.MAX_BODY) {
            problems.add(new EntryProblem("body", "コメントを4000文字以内で入力してください。",
                    "Write the comment (at most 4000 characters)."));
        }
        if (!report.isOpenForComments()) {
            problems.add(new EntryProblem("status", "報告書案は現在コメントを受け付けていません。",
                    "The draft report is not open for comments now (" + report.getStatus() + ")."));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The comment", problems);
        }
        CommitteeComment comment = reports.add(new CommitteeComment(report, about, text,
                currentCaller.require().userName(), OffsetDateTime.now(clock)));
        auditTrail.record(new AuditEntry("cycle-report.commented", OBJECT_TYPE, String.valueOf(cycleId), null,
                "Comment on " + about + " of " + cycle + ": " + abbreviate(text), null,
                AuditJson.object().with("subject", about).with("comment", comment.getId()).toString()));
        return comment;
    }

    /** The committee met: its date and decisions. Targets it proposed are recorded through KpiTargets. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public CycleReport recordReview(long cycleId, LocalDate meetingDate, String decisions) {
        FollowUpCycle cycle = cycle(cycleId);
        CycleReport report = requireReport(cycle, "The committee's review");
        List<EntryProblem> problems = new java.util.ArrayList<>();
        if (meetingDate == null) {
            problems.add(new EntryProblem("meetingDate", "検討会の開催日を入力してください。", "Enter the date of the meeting."));
        } else if (meetingDate.isAfter(LocalDate.now(clock))) {
            problems.add(new EntryProblem("meetingDate", "開催日に未来の日付は入力できません。",
                    "The meeting date cannot be in the future."));
        }
        if (decisions != null && decisions.strip().length() > 4000) {
            problems.add(new EntryProblem("decisions", "決定事項は4000文字以内で入力してください。",
                    "The decisions must be at most 4000 characters."));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The committee's review", problems);
        }
        String before = state(report);
        try {
            report.recordReview(meetingDate, decisions);
        } catch (IllegalStateException wrongState) {
            throw refused("The committee's review", "status", "報告書案が検討中ではありません（" + report.getStatus() + "）。",
                    wrongState.getMessage());
        }
        reports.store(report);
        auditTrail.record(new AuditEntry("cycle-report.review-recorded", OBJECT_TYPE, String.valueOf(cycleId), null,
                "Committee review of " + cycle + " recorded (meeting " + meetingDate + ")", before, state(report)));
        milestones().ifPresent(m -> m.committeeReviewRecorded(cycleId));
        return report;
    }

    /**
     * The secretariat approves publication: the cycle's current KPI values are frozen as the next published version
     * (the previous one, if any, is marked superseded), and the report is public.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public PublishedReport approvePublication(long cycleId) {
        FollowUpCycle cycle = cycle(cycleId);
        CycleReport report = requireReport(cycle, "Publication");
        List<KpiValue> values = kpiValues.findByCycle(cycle);
        if (values.isEmpty()) {
            throw refused("Publication", "values", "この年度にはKPIの値がありません。公表する数値がありません。",
                    "The cycle has no KPI values: there is nothing to publish.");
        }
        String before = state(report);
        try {
            report.published();
        } catch (IllegalStateException wrongState) {
            throw refused("Publication", "status", "公表には検討会の結果の記録が必要です（現在：" + report.getStatus() + "）。",
                    wrongState.getMessage());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PublishedReport> versions = reports.versions(cycle);
        Optional<PublishedReport> latest = versions.stream().findFirst();
        PublishedReport published = PublishedReport.next(latest, report,
                ReportLines.of(values, previousOf(cycle).map(kpiValues::findByCycle).orElse(List.of())),
                currentCaller.require().userName(), now);
        latest.ifPresent(old -> {
            old.supersede(now);
            reports.store(old);
        });
        reports.add(published);
        reports.store(report);
        cycle.published();
        cycles.store(cycle);
        auditTrail.record(new AuditEntry("cycle-report.published", OBJECT_TYPE, String.valueOf(cycleId), null,
                "Published " + cycle + " version " + published.getVersionNumber() + " (" + published.getLines().size()
                        + " figures)" + latest.map(old -> "; version " + old.getVersionNumber() + " superseded").orElse(""),
                before, state(report)));
        milestones().ifPresent(m -> m.publicationApproved(cycleId));
        return published;
    }

    /** A published report needs a correction: review re-opens and the next publication is version n+1. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public CycleReport openCorrection(long cycleId, String reason) {
        FollowUpCycle cycle = cycle(cycleId);
        CycleReport report = requireReport(cycle, "The correction");
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw refused("The correction", "reason", "訂正の理由を1000文字以内で入力してください。",
                    "Give the reason for the correction (at most 1000 characters).");
        }
        String before = state(report);
        try {
            report.openCorrection(reason);
        } catch (IllegalStateException wrongState) {
            throw refused("The correction", "status", "公表済みの報告書のみ訂正できます（現在：" + report.getStatus() + "）。",
                    wrongState.getMessage());
        }
        reports.store(report);
        cycle.toCommitteeReview();
        cycles.store(cycle);
        auditTrail.record(new AuditEntry("cycle-report.correction-opened", OBJECT_TYPE, String.valueOf(cycleId), null,
                "Correction of " + cycle + " opened: " + abbreviate(reason.strip()), before, state(report)));
        milestones().ifPresent(m -> m.correctionOpened(cycleId, reason.strip()));
        return report;
    }

    /** Reporting bodies without an approved submission; empty while no submission source is deployed. */
    private List<MissingBody> missingBodies(FollowUpCycle cycle) {
        if (!submissions.isResolvable()) {
            return List.of();
        }
        ApprovedSubmissions approved = submissions.get();
        long id = cycle.getId();
        Set<String> reported = new HashSet<>();
        Stream.of(approved.hubReports(id), approved.trainingCourses(id), approved.amedThemes(id),
                        approved.surveyResponses(id))
                .flatMap(List::stream)
                .forEach(a -> reported.add(a.organisationCode()));
        return organisations.findAllActive().stream()
                .filter(o -> REPORTING_KINDS.contains(o.getKind()) && !reported.contains(o.getCode()))
                .map(o -> new MissingBody(o.getCode(), o.getNameJa()))
                .toList();
    }

    private boolean validSubject(FollowUpCycle cycle, String subject) {
        if (subject.startsWith("GOAL-")) {
            try {
                int number = Integer.parseInt(subject.substring(5));
                return number >= 1 && number <= 20;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        return !subject.isEmpty() && plans.findKpi(cycle.getPlan().getCode(), subject).isPresent();
    }

    private Optional<FollowUpMilestones> milestones() {
        return milestones.isResolvable() ? Optional.of(milestones.get()) : Optional.empty();
    }

    private Optional<FollowUpCycle> previousOf(FollowUpCycle cycle) {
        return cycle.getFiscalYear().fiscalYear() <= 1989 ? Optional.empty()
                : cycles.find(cycle.getPlan().getCode(), cycle.getFiscalYear().previous());
    }

    private FollowUpCycle cycle(long cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> refused("The cycle", "cycle",
                "年度サイクルが見つかりません（ID " + cycleId + "）。", "There is no follow-up cycle " + cycleId + "."));
    }

    private CycleReport requireReport(FollowUpCycle cycle, String what) {
        return reports.findByCycle(cycle).orElseThrow(() -> refused(what, "report",
                "この年度の報告書案はまだありません。", "There is no draft report for this cycle yet."));
    }

    private static EntryRejectedException refused(String what, String field, String ja, String en) {
        return new EntryRejectedException(what, List.of(new EntryProblem(field, ja, en)));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static String state(CycleReport report) {
        return AuditJson.object()
                .with("cycle", CycleKeys.of(report.getCycle()))
                .with("status", report.getStatus().name())
                .with("meetingDate", report.meetingDate().map(LocalDate::toString).orElse(null))
                .with("correctionReason", report.correctionReason().orElse(null))
                .with("narratives", report.getNarratives().size())
                .with("missingBodies", report.getMissingBodies().size())
                .toString();
    }
}
