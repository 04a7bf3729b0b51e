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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions;
import jp.go.mhlw.kpi.application.followup.CatalogueKpi;
import jp.go.mhlw.kpi.application.followup.CycleFigures.PreviousValues;
import jp.go.mhlw.kpi.application.followup.FollowUpMilestones;
import jp.go.mhlw.kpi.application.followup.MinistryFigures;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetAchievement;
import jp.go.mhlw.kpi.domain.model.lineage.FigureLineages;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionSources;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.report.CommitteeComment;
import jp.go.mhlw.kpi.domain.model.report.CycleReport;
import jp.go.mhlw.kpi.domain.model.report.CycleReportRepository;
import jp.go.mhlw.kpi.domain.model.report.MissingBodies;
import jp.go.mhlw.kpi.domain.model.report.MissingBody;
import jp.go.mhlw.kpi.domain.model.report.MissingFigure;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The committee review of a cycle's report and its publication (docs/domain.md §7): the secretariat prepares the draft,
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

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    BasicPlanRepository plans;

    @Inject
    KpiValueRepository kpiValues;

    @Inject
    KpiTargetRepository targets;

    @Inject
    SubmissionSources submissionSources;

    @Inject
    CycleReportRepository reports;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReportRequestRepository requests;

    @Inject
    Instance<ApprovedSubmissions> submissions;

    @Inject
    Instance<FollowUpMilestones> milestones;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The cycle's report as it stands, with the tables as they would be published now and each figure's lineage
     * (its submissions read together, in one query).
     */
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
                report.isPresent() ? Map.of() : ministriesNarratives(cycle), missingFigures(cycle),
                FigureLineages.of(values, submissionSources));
    }

    /**
     * The ministries' KPIs the aggregation finds no figure for in the approved reports as they are now, with the
     * reason; publication freezes them with the version.
     */
    private List<MissingFigure> missingFigures(FollowUpCycle cycle) {
        if (!submissions.isResolvable()) {
            return List.of();
        }
        String plan = cycle.getPlan().getCode();
        return new MinistryFigures(cycle.normalisation().cycle(),
                plans.findCatalogue(plan).map(CatalogueKpi::of).orElseThrow(), PreviousValues.none())
                .compute(submissions.get().ministryProgress(cycle.getId())).missing().stream()
                .flatMap(missing -> plans.findKpi(plan, missing.kpiCode()).stream()
                        .map(kpi -> new MissingFigure(kpi.getGoal().getNumber(), kpi.getCode(), kpi.getNameJa(),
                                kpi.getNameEn(), missing.reason().label(Texts.JAPANESE),
                                missing.reason().label(Texts.ENGLISH))))
                .toList();
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
        List<Problem> problems = narratives.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().strip().length() > 4000)
                .map(e -> Problem.at("narrative" + e.getKey(), "cycleReport.narrative.tooLong",
                        String.valueOf(e.getKey())))
                .toList();
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The draft report", problems);
        }
        if (cycle.getStatus() == CycleStatus.COLLECTING) {
            throw refused("The draft report", "status", "cycleReport.stillCollecting");
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
                throw refused("The draft report", "status", "cycleReport.cannotRedraft",
                        String.valueOf(report.getStatus()), String.valueOf(wrongState.getMessage()));
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
                "cycleReport.noDraft"));
        String about = subject == null ? "" : subject.strip();
        String text = body == null ? "" : body.strip();
        List<Problem> problems = new java.util.ArrayList<>();
        if (!validSubject(cycle, about)) {
            problems.add(Problem.at("subject", "cycleReport.comment.subject"));
        }
        if (text.isEmpty() || text.length() > CommitteeComment.MAX_BODY) {
            problems.add(Problem.at("body", "cycleReport.comment.body"));
        }
        if (!report.isOpenForComments()) {
            problems.add(Problem.at("status", "cycleReport.comment.closed", String.valueOf(report.getStatus())));
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
        List<Problem> problems = new java.util.ArrayList<>();
        if (meetingDate == null) {
            problems.add(Problem.at("meetingDate", "cycleReport.meetingDate.required"));
        } else if (meetingDate.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.at("meetingDate", "cycleReport.meetingDate.future"));
        }
        if (decisions != null && decisions.strip().length() > 4000) {
            problems.add(Problem.at("decisions", "cycleReport.decisions.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The committee's review", problems);
        }
        String before = state(report);
        try {
            report.recordReview(meetingDate, decisions);
        } catch (IllegalStateException wrongState) {
            throw refused("The committee's review", "status", "cycleReport.notInReview",
                    String.valueOf(report.getStatus()), String.valueOf(wrongState.getMessage()));
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
            throw refused("Publication", "values", "cycleReport.noValues");
        }
        String before = state(report);
        try {
            report.published();
        } catch (IllegalStateException wrongState) {
            throw refused("Publication", "status", "cycleReport.reviewNotRecorded", String.valueOf(report.getStatus()),
                    String.valueOf(wrongState.getMessage()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PublishedReport> versions = reports.versions(cycle);
        Optional<PublishedReport> latest = versions.stream().findFirst();
        PublishedReport published = PublishedReport.next(latest, report,
                ReportLines.of(values, previousOf(cycle).map(kpiValues::findByCycle).orElse(List.of())),
                missingFigures(cycle), currentCaller.require().userName(), now);
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
            throw refused("The correction", "reason", "cycleReport.correction.reason");
        }
        String before = state(report);
        try {
            report.openCorrection(reason);
        } catch (IllegalStateException wrongState) {
            throw refused("The correction", "status", "cycleReport.correction.notPublished",
                    String.valueOf(report.getStatus()), String.valueOf(wrongState.getMessage()));
        }
        reports.store(report);
        cycle.toCommitteeReview();
        cycles.store(cycle);
        auditTrail.record(new AuditEntry("cycle-report.correction-opened", OBJECT_TYPE, String.valueOf(cycleId), null,
                "Correction of " + cycle + " opened: " + abbreviate(reason.strip()), before, state(report)));
        milestones().ifPresent(m -> m.correctionOpened(cycleId, reason.strip()));
        return report;
    }

    /**
     * The bodies this cycle asked whose request is not approved, each with where its request stands; a body the
     * cycle never asked is not missing. A ministry division's missing figures are listed per KPI besides.
     */
    private List<MissingBody> missingBodies(FollowUpCycle cycle) {
        return MissingBodies.of(requests.findByCycle(cycle.getId()),
                LocalDate.now(clock.withZone(JapaneseFiscalYear.JAPAN_TIME)));
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
        return cycles.find(cycleId).orElseThrow(() -> refused("The cycle", "cycle", "cycleReport.cycleNotFound",
                String.valueOf(cycleId)));
    }

    private CycleReport requireReport(FollowUpCycle cycle, String what) {
        return reports.findByCycle(cycle).orElseThrow(() -> refused(what, "report", "cycleReport.noDraft"));
    }

    private static EntryRejectedException refused(String what, String field, String key, Object... arguments) {
        return new EntryRejectedException(what, List.of(Problem.at(field, key, arguments)));
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
