package jp.go.mhlw.kpi.web.view.cycle;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.application.kpitarget.KpiTargets;
import jp.go.mhlw.kpi.application.kpitarget.TargetProposal;
import jp.go.mhlw.kpi.application.report.CycleReports;
import jp.go.mhlw.kpi.application.report.DraftReport;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetRuleKind;
import jp.go.mhlw.kpi.domain.model.report.MissingBody;
import jp.go.mhlw.kpi.domain.model.report.PublishedLine;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.model.report.ReportStatus;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Texts;
import jp.go.mhlw.kpi.web.view.Feedback;

/**
 * A cycle's report for the secretariat (draft, meeting, publication, correction) and the committee (reading and
 * commenting), for a cycle of any Basic Plan: without one named, the newest. The services check the roles; the page
 * only hides what a role cannot do.
 */
@Named
@ViewScoped
public class CycleReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CycleReports cycleReports;

    @Inject
    transient CatalogueService catalogueService;

    @Inject
    transient KpiTargets kpiTargets;

    private Long cycleId;
    private List<FollowUpCycle> cycles = List.of();
    private DraftReport draft;
    private final Map<Integer, String> narratives = new LinkedHashMap<>();
    private LocalDate meetingDate;
    private String decisions;
    private String correctionReason;
    private String commentSubject;
    private String commentBody;
    private List<KpiTarget> proposedTargets = List.of();
    private String targetKpi;
    private String targetBreakdown = KpiBreakdown.TOTAL;
    private FigureUnit targetUnit;
    private TargetRuleKind targetRule;
    private BigDecimal targetParameter;
    private String targetWording;

    public void load() {
        cycles = PlanCycles.chronological(catalogueService.allCycles());
        boolean asked = cycleId != null;
        if (cycleId == null && !cycles.isEmpty()) {
            cycleId = cycles.get(cycles.size() - 1).getId();
        }
        if (cycleId == null || cycles.stream().noneMatch(c -> c.getId().equals(cycleId))) {
            draft = null;
            if (asked) {
                Feedback.notFound(); // an address naming a cycle there is not: 404, not an empty report
            }
            return;
        }
        refresh();
        narratives.clear();
        for (Goal goal : draft.getGoals()) {
            narratives.put(goal.getNumber(), draft.narrative(goal.getNumber()));
        }
        if (draft.getReport() != null) {
            meetingDate = draft.getReport().getMeetingDate();
            decisions = draft.getReport().getDecisions();
        }
    }

    private void refresh() {
        draft = cycleReports.draft(cycleId);
        proposedTargets = kpiTargets.targets(draft.getCycle().getPlan().getCode()).stream()
                .filter(t -> t.proposedIn().map(FollowUpCycle::getId).filter(cycleId::equals).isPresent()).toList();
    }

    /** A target the committee proposed at this cycle's meeting, for the next fiscal year. */
    public void proposeTarget() {
        try {
            // stored as the target's source, in Japanese like the committee's material it points to
            String source = meetingDate == null ? Texts.text(Texts.JAPANESE, "target.source.meeting")
                    : Texts.text(Texts.JAPANESE, "target.source.meetingOn", String.valueOf(meetingDate));
            kpiTargets.propose(draft.getCycle().getPlan().getCode(), draft.getCycle().getFiscalYear().fiscalYear(),
                    new TargetProposal(targetKpi, targetBreakdown, targetUnit, targetRule, targetParameter, null, null,
                            targetWording, source));
            targetWording = null;
            targetParameter = null;
            refresh();
            Feedback.info("report.targetProposed");
        } catch (EntryRejectedException refused) {
            Feedback.problems(refused.getProblems());
        }
    }

    public List<KpiTarget> getProposedTargets() {
        return proposedTargets;
    }

    public List<String> getKpiCodes() {
        return draft == null ? List.of()
                : draft.getLines().stream().map(PublishedLine::getKpiCode).distinct().toList();
    }

    public FigureUnit[] getUnits() {
        return FigureUnit.values();
    }

    public TargetRuleKind[] getRuleKinds() {
        return TargetRuleKind.values();
    }

    public String getTargetKpi() {
        return targetKpi;
    }

    public void setTargetKpi(String targetKpi) {
        this.targetKpi = targetKpi;
    }

    public String getTargetBreakdown() {
        return targetBreakdown;
    }

    public void setTargetBreakdown(String targetBreakdown) {
        this.targetBreakdown = targetBreakdown;
    }

    public FigureUnit getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(FigureUnit targetUnit) {
        this.targetUnit = targetUnit;
    }

    public TargetRuleKind getTargetRule() {
        return targetRule;
    }

    public void setTargetRule(TargetRuleKind targetRule) {
        this.targetRule = targetRule;
    }

    public BigDecimal getTargetParameter() {
        return targetParameter;
    }

    public void setTargetParameter(BigDecimal targetParameter) {
        this.targetParameter = targetParameter;
    }

    public String getTargetWording() {
        return targetWording;
    }

    public void setTargetWording(String targetWording) {
        this.targetWording = targetWording;
    }

    public void prepareDraft() {
        try {
            cycleReports.prepareDraft(cycleId, new LinkedHashMap<>(narratives));
            refresh();
            Feedback.info("report.draftReady");
        } catch (EntryRejectedException refused) {
            Feedback.problems(refused.getProblems());
        }
    }

    public void recordReview() {
        try {
            cycleReports.recordReview(cycleId, meetingDate, decisions);
            refresh();
            Feedback.info("report.reviewRecorded");
        } catch (EntryRejectedException refused) {
            Feedback.problems(refused.getProblems());
        }
    }

    public void approvePublication() {
        try {
            PublishedReport published = cycleReports.approvePublication(cycleId);
            refresh();
            Feedback.info("report.publishedDone", published.getVersionNumber());
        } catch (EntryRejectedException refused) {
            Feedback.problems(refused.getProblems());
        }
    }

    public void openCorrection() {
        try {
            cycleReports.openCorrection(cycleId, correctionReason);
            correctionReason = null;
            refresh();
            Feedback.info("report.correctionOpened");
        } catch (EntryRejectedException refused) {
            Feedback.problems(refused.getProblems());
        }
    }

    public void comment() {
        try {
            cycleReports.comment(cycleId, commentSubject, commentBody);
            commentBody = null;
            refresh();
            Feedback.info("report.commented");
        } catch (EntryRejectedException refused) {
            Feedback.problems(refused.getProblems());
        }
    }

    public boolean isInReview() {
        return draft != null && draft.getReport() != null && draft.getReport().getStatus() == ReportStatus.IN_REVIEW;
    }

    public boolean isReviewRecorded() {
        return draft != null && draft.getReport() != null
                && draft.getReport().getStatus() == ReportStatus.REVIEW_RECORDED;
    }

    public boolean isPublished() {
        return draft != null && draft.getReport() != null && draft.getReport().getStatus() == ReportStatus.PUBLISHED;
    }

    /** The draft can be (re)prepared before review, during it, and after a correction was opened. */
    public boolean isDraftEditable() {
        return draft != null && (draft.getReport() == null || draft.getReport().getStatus() == ReportStatus.IN_REVIEW
                || draft.getReport().getStatus() == ReportStatus.CORRECTION);
    }

    /** What a comment can be about: the goals, then the KPIs in the tables. */
    public List<String> getCommentSubjects() {
        List<String> subjects = new ArrayList<>();
        if (draft == null) {
            return subjects;
        }
        draft.getGoals().forEach(goal -> subjects.add("GOAL-" + goal.getNumber()));
        Set<String> kpis = new LinkedHashSet<>();
        draft.getLines().stream().map(PublishedLine::getKpiCode).forEach(kpis::add);
        subjects.addAll(kpis);
        return subjects;
    }

    /** The year-over-year ratios as a Chart.js bar chart (empty without any). */
    public String getRatioChart() {
        return draft == null ? "" : YearOverYearChart.of(draft.getLines(), FigureUnit.TIMES, isEnglish());
    }

    /** The changes in percentage points as a Chart.js bar chart (empty without any). */
    public String getPointChart() {
        return draft == null ? "" : YearOverYearChart.of(draft.getLines(), FigureUnit.PERCENTAGE_POINTS, isEnglish());
    }

    /** Where a missing body's request stood, in the user's language. */
    public String missingState(MissingBody body) {
        return body.stateLabel(Feedback.locale());
    }

    public boolean isEnglish() {
        return Feedback.isEnglish();
    }

    /** The reader's language, for the figures' lineage. */
    public java.util.Locale getLocale() {
        return Feedback.locale();
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public List<FollowUpCycle> getCycles() {
        return cycles;
    }

    /** A cycle as the list offers it: its fiscal year, after its plan's name once more than one plan has cycles. */
    public String cycleLabel(FollowUpCycle cycle) {
        return label(cycle, PlanCycles.ofSeveralPlans(cycles), Feedback.locale());
    }

    static String label(FollowUpCycle cycle, boolean withPlan, Locale locale) {
        String year = cycle.getFiscalYear().display(locale);
        return withPlan ? cycle.getPlan().name(locale) + " " + year : year;
    }

    public DraftReport getDraft() {
        return draft;
    }

    public Map<Integer, String> getNarratives() {
        return narratives;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public String getCommentSubject() {
        return commentSubject;
    }

    public void setCommentSubject(String commentSubject) {
        this.commentSubject = commentSubject;
    }

    public String getCommentBody() {
        return commentBody;
    }

    public void setCommentBody(String commentBody) {
        this.commentBody = commentBody;
    }
}
