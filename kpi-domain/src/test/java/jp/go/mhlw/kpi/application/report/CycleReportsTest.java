package jp.go.mhlw.kpi.application.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.application.Callers;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions;
import jp.go.mhlw.kpi.application.followup.FollowUpMilestones;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.HubReport;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.cycle.ReminderSchedule;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.report.MissingBody;
import jp.go.mhlw.kpi.domain.model.report.MissingFigure;
import jp.go.mhlw.kpi.domain.model.report.MissingState;
import jp.go.mhlw.kpi.domain.model.report.PublishedLine;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.model.report.PublishedReportSummary;
import jp.go.mhlw.kpi.domain.model.report.ReportStatus;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Committee review and publication over the real repositories (H2): R4 and R5 adopted from the printed figures,
 * the R5 report drafted, reviewed, published, corrected and published again.
 */
class CycleReportsTest extends JpaTestSupport {

    private static final Instant NOW = Instant.parse("2024-03-20T01:00:00Z");

    private final CycleReports service = new CycleReports();
    private final PublishedReports published = new PublishedReports();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final List<String> milestones = new ArrayList<>();
    private FollowUpCycle r5;

    @BeforeEach
    void wire() {
        service.cycles = cycles();
        service.plans = basicPlans();
        service.kpiValues = kpiValues();
        service.targets = kpiTargets();
        service.submissionSources = submissionSources();
        service.reports = cycleReports();
        service.organisations = organisations();
        service.requests = reportRequests();
        service.submissions = unresolvable();
        service.milestones = instance(FollowUpMilestones.class, recordingMilestones());
        service.auditTrail = audit;
        service.currentCaller = Callers.secretariat();
        service.clock = Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"));
        published.cycles = cycles();
        published.reports = cycleReports();
        published.printedFigures = publishedFigures();
        FollowUpCycle r4 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2022)).orElseThrow();
        r5 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();
        OffsetDateTime adopted = OffsetDateTime.parse("2024-02-01T10:00:00+09:00");
        publishedFigures().findByCycle(r4).forEach(f -> kpiValues().store(f.toKpiValue(adopted)));
        publishedFigures().findByCycle(r5).forEach(f -> kpiValues().store(f.toKpiValue(adopted)));
    }

    @Test
    void draftReviewAndPublicationMakeVersionOneWithTheFiguresAsPrinted() {
        service.prepareDraft(r5.getId(), Map.of(4, "非臨床評価系の検討を継続した。", 5, " "));
        comment("G2-VENTURE-SHARE", "ベンチャーの増加は評価できる。");
        comment("GOAL-6", "重点分野の上市事例を次回示してほしい。");
        service.recordReview(r5.getId(), LocalDate.of(2024, 3, 15), "R6年度の目標案を了承");
        PublishedReport v1 = service.approvePublication(r5.getId());
        flushAndClear();

        assertThat(v1.getVersionNumber()).isEqualTo(1);
        assertThat(cycles().find(r5.getId()).orElseThrow().getStatus()).isEqualTo(CycleStatus.PUBLISHED);
        PublishedReport read = published.find("PLAN-2-FY2023", null).orElseThrow();
        assertThat(read.getVersionNumber()).isEqualTo(1);
        assertThat(read.isSuperseded()).isFalse();
        assertThat(read.getNarratives()).containsOnlyKeys(4);
        assertThat(read.getMeetingDate()).isEqualTo(LocalDate.of(2024, 3, 15));
        PublishedLine venture = line(read, "G2-VENTURE-SHARE", FigureUnit.PERCENT);
        assertThat(venture.getPrinted()).isEqualTo("13.3%");
        assertThat(venture.getPreviousPrinted()).isEqualTo("7.5%");
        // adopted from the print: no submission behind it, which the public lineage says
        assertThat(venture.submissionCount()).contains(0);
        assertThat(venture.publicLineage().submissionCountInWords(jp.go.mhlw.kpi.domain.shared.Texts.ENGLISH))
                .isEqualTo("None (entered as published)");
        var lineage = service.draft(r5.getId()).lineage(venture);
        assertThat(lineage.submissions()).isEmpty();
        assertThat(lineage.formula()).isEqualTo(venture.getFormula());
        assertThat(lineage.formulaInWords(jp.go.mhlw.kpi.domain.shared.Texts.ENGLISH))
                .isEqualTo("The figure as the committee printed it, adopted as history (not computed here)");
        PublishedLine participants = read.getLines().stream()
                .filter(l -> l.getKpiCode().equals("G1-TRAINING-PARTICIPANTS") && l.getBreakdown().equals("INDUSTRY")
                        && l.getUnit() == FigureUnit.COUNT).findFirst().orElseThrow();
        assertThat(participants.getPrinted()).isEqualTo("653");
        assertThat(participants.getPreviousPrinted()).isEqualTo("734");
        // catalogue order: goal 1 first
        assertThat(read.getLines().get(0).getGoalNumber()).isEqualTo(1);
        assertThat(service.draft(r5.getId()).getComments()).hasSize(2);
        assertThat(milestones).containsExactly("draftReportReady", "committeeReviewRecorded", "publicationApproved");
        assertThat(audit.actions()).containsExactly("cycle-report.draft-ready", "cycle-report.commented",
                "cycle-report.commented", "cycle-report.review-recorded", "cycle-report.published");
    }

    @Test
    void theMinistriesProgressReportsAreTheNarrativesOfferedUntilTheFirstDraft() {
        service.submissions = instance(ApprovedSubmissions.class, ministries(
                ministry("MHLW-KIKI", new GoalProgress(4, "審査の迅速化を進めた。", Map.of()),
                        new GoalProgress(5, " ", Map.of())),
                ministry("METI-HEALTHCARE", new GoalProgress(4, " 開発支援を継続した。 ", Map.of()))));

        DraftReport before = service.draft(r5.getId());
        assertThat(before.narrative(4)).isEqualTo("【経済産業省 医療・福祉機器産業室】開発支援を継続した。\n"
                + "【厚生労働省 医薬局 医療機器審査管理課】審査の迅速化を進めた。");
        assertThat(before.narrative(5)).as("a blank narrative offers nothing").isEmpty();

        // once drafted, the secretariat's text is the narrative, whatever the ministries said
        service.prepareDraft(r5.getId(), Map.of(4, "事務局のまとめ"));
        assertThat(service.draft(r5.getId()).narrative(4)).isEqualTo("事務局のまとめ");
    }

    @Test
    void aDivisionWithoutAnApprovedReportIsMissingAndItsKpisAreListedWithTheReasonInsteadOfAFigure() {
        service.submissions = instance(ApprovedSubmissions.class, ministries(
                ministry("MHLW-KIKI", new GoalProgress(8, "審査の迅速化を進めた。", Map.of(
                        ProgressFigure.DEVICE_LAG, new BigDecimal("2.0"),
                        ProgressFigure.NEW_DEVICE_APPROVALS, new BigDecimal("19"),
                        ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal("216"),
                        ProgressFigure.IDATEN_CONFIRMATIONS, new BigDecimal("7"))))));

        asked("MHLW-KIKI").approve(NOW);
        asked("MHLW-IRYO");
        flushAndClear();

        DraftReport draft = service.draft(r5.getId());

        // the insurance division (goal 9) submitted, but its report was never approved; KIKI's was; no one else was asked
        assertThat(draft.getMissingBodies()).extracting(MissingBody::getOrganisationCode, b -> b.state().orElseThrow())
                .containsExactly(tuple("MHLW-IRYO", MissingState.AWAITING_REVIEW));
        assertThat(draft.getMissingFigures()).extracting(MissingFigure::getKpiCode).containsExactlyInAnyOrder(
                "G8-DEVELOPMENT-LAG", "G8-REVIEW-LAG", "G9-NOVEL-ITEM-LISTINGS", "G10-REFERENCE-COUNTRIES");
        MissingFigure listings = draft.getMissingFigures().stream()
                .filter(f -> f.getKpiCode().equals("G9-NOVEL-ITEM-LISTINGS")).findFirst().orElseThrow();
        assertThat(listings.getGoalNumber()).isEqualTo(9);
        assertThat(listings.getReasonJa()).contains("MHLW-IRYO の進捗報告が承認されていない");
        assertThat(listings.getReasonEn()).contains("MHLW-IRYO is not approved");
        // both are frozen into the published version, the reason in both languages (its PDF and workbook list them)
        publishR5();
        flushAndClear();
        PublishedReport version = published.find("PLAN-2-FY2023", 1).orElseThrow();
        assertThat(version.getMissingBodies())
                .extracting(MissingBody::getOrganisationCode, b -> b.state().orElseThrow())
                .containsExactly(tuple("MHLW-IRYO", MissingState.AWAITING_REVIEW));
        assertThat(version.getMissingFigures()).extracting(MissingFigure::getKpiCode).containsExactly(
                "G8-DEVELOPMENT-LAG", "G8-REVIEW-LAG", "G9-NOVEL-ITEM-LISTINGS", "G10-REFERENCE-COUNTRIES");
        assertThat(version.getMissingFigures().get(2).getReasonEn()).contains("MHLW-IRYO is not approved");
        assertThat(version.getLines()).extracting(PublishedLine::getKpiCode).doesNotContain("G9-NOVEL-ITEM-LISTINGS");
    }

    @Test
    void theDraftNamesOnlyTheBodiesThisCycleAskedWhoseRequestIsNotApprovedEachWithItsState() {
        service.submissions = instance(ApprovedSubmissions.class, ministries());
        asked("HUB-HIROSHIMA").close("期限までに提出がなかった", NOW);
        ReportRequest oita = asked("HUB-OITA");
        oita.approve(NOW);
        flushAndClear();

        service.prepareDraft(r5.getId(), Map.of());
        flushAndClear();

        // AMED, the survey body and the other hubs were not asked in this cycle: they are not missing from it
        assertThat(service.draft(r5.getId()).getMissingBodies())
                .extracting(MissingBody::getOrganisationCode, MissingBody::getNameJa, b -> b.state().orElseThrow())
                .containsExactly(tuple("HUB-HIROSHIMA", "広島大学", MissingState.CLOSED));
        assertThat(audit.entries.get(0).summary()).contains("1 bodies missing");
    }

    @Test
    void aCorrectionNeedsAReasonReopensReviewAndPublishesVersionTwoKeepingVersionOne() {
        publishR5();
        assertThatThrownBy(() -> service.openCorrection(r5.getId(), "  "))
                .isInstanceOf(EntryRejectedException.class);

        service.openCorrection(r5.getId(), "重点分野3の上昇率の誤記を訂正");
        assertThat(cycles().find(r5.getId()).orElseThrow().getStatus()).isEqualTo(CycleStatus.COMMITTEE_REVIEW);
        // a correction goes through the committee again before it is published
        assertThatThrownBy(() -> service.approvePublication(r5.getId()))
                .isInstanceOf(EntryRejectedException.class)
                .extracting(e -> ((EntryRejectedException) e).getProblems().get(0).field()).isEqualTo("status");
        service.prepareDraft(r5.getId(), Map.of());
        service.recordReview(r5.getId(), LocalDate.of(2024, 3, 19), null);
        PublishedReport v2 = service.approvePublication(r5.getId());
        flushAndClear();

        assertThat(v2.getVersionNumber()).isEqualTo(2);
        List<PublishedReport> versions = published.versions("PLAN-2-FY2023");
        assertThat(versions).extracting(PublishedReport::getVersionNumber).containsExactly(2, 1);
        assertThat(versions.get(0).getCorrectionReason()).isEqualTo("重点分野3の上昇率の誤記を訂正");
        assertThat(versions.get(0).isSuperseded()).isFalse();
        assertThat(versions.get(1).isSuperseded()).isTrue();
        assertThat(published.find("PLAN-2-FY2023", 1).orElseThrow().getLines()).isNotEmpty();
        assertThat(published.current()).extracting(PublishedReportSummary::versionNumber).containsExactly(2);
        assertThat(milestones).contains("correctionOpened:重点分野3の上昇率の誤記を訂正");
    }

    @Test
    void theListOfReportsNamesEachCurrentVersionAndTheCyclesPublishedOnlyAsPrinted() {
        // both seeded years were published before the application: their printed figures only, newest first
        assertThat(published.current()).isEmpty();
        assertThat(published.printedCycles()).extracting(cycle -> cycle.getFiscalYear().shortName())
                .containsExactly("R5", "R4");

        publishR5();
        flushAndClear();

        // R5 has a version of its own now: listed with it, no longer as printed
        assertThat(published.current()).singleElement().satisfies(listed -> {
            assertThat(listed.getCycle().getId()).isEqualTo(r5.getId());
            assertThat(listed.getVersionNumber()).isEqualTo(1);
            assertThat(listed.getPublishedAt()).isNotNull();
        });
        assertThat(published.printedCycles()).extracting(cycle -> cycle.getFiscalYear().shortName())
                .containsExactly("R4");
    }

    @Test
    void aCycleStillCollectingHasNoDraftYet() {
        FollowUpCycle collecting = new FollowUpCycle(r5.getPlan(), JapaneseFiscalYear.of(2025), LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 3, 31), 1, 1);
        collecting.openCollection(LocalDate.of(2026, 6, 30), ReminderSchedule.parse("7"), NOW);
        long id = cycles().store(collecting).getId();

        assertThatThrownBy(() -> service.prepareDraft(id, Map.of()))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("close the collection");
        assertThat(cycles().find(id).orElseThrow().getStatus()).isEqualTo(CycleStatus.COLLECTING);
        assertThat(audit.actions()).isEmpty();
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheReason() {
        assertThatThrownBy(() -> service.recordReview(r5.getId(), LocalDate.of(2024, 3, 15), "x"))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("no draft report");
        service.prepareDraft(r5.getId(), Map.of());
        assertThatThrownBy(() -> service.approvePublication(r5.getId()))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("review recorded first");
        assertThatThrownBy(() -> service.openCorrection(r5.getId(), "typo"))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("only a published report");
        assertThatThrownBy(() -> service.recordReview(r5.getId(), LocalDate.of(2030, 1, 1), "x"))
                .isInstanceOf(EntryRejectedException.class).hasMessageContaining("future");
        assertThat(published.find("PLAN-2-FY2023", null)).isEmpty();
        assertThat(service.draft(r5.getId()).getReport().getStatus()).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void commentsNeedASubjectOfThePlanAndTextAndAnOpenReview() {
        service.prepareDraft(r5.getId(), Map.of());
        service.currentCaller = Callers.committeeMember();
        EntryRejectedException refused = org.junit.jupiter.api.Assertions.assertThrows(EntryRejectedException.class,
                () -> service.comment(r5.getId(), "NO-SUCH-KPI", ""));
        assertThat(refused.getProblems()).extracting(Problem::field).containsExactly("subject", "body");
        assertThat(audit.actions()).containsExactly("cycle-report.draft-ready");
    }

    @Test
    void unknownCyclesAndKeysFindNothing() {
        assertThat(published.find("PLAN-2-FY2023", null)).isEmpty();
        assertThat(published.versions("nonsense")).isEmpty();
        assertThat(published.versions("PLAN-2-FY1900")).isEmpty();
        assertThatThrownBy(() -> service.draft(999_999)).isInstanceOf(EntryRejectedException.class);
    }

    private void publishR5() {
        service.prepareDraft(r5.getId(), Map.of());
        service.recordReview(r5.getId(), LocalDate.of(2024, 3, 15), "了承");
        service.approvePublication(r5.getId());
    }

    /** A request of r5 to the body, submitted; the caller approves, returns or closes it as the test needs. */
    private ReportRequest asked(String code) {
        ReportRequest request = new ReportRequest(cycles().find(r5.getId()).orElseThrow(),
                organisations().findByCode(code).orElseThrow(), LocalDate.of(2024, 5, 31), NOW);
        request.submit(NOW);
        reportRequests().store(request);
        return request;
    }

    private void comment(String subject, String text) {
        service.currentCaller = Callers.committeeMember();
        service.comment(r5.getId(), subject, text);
        service.currentCaller = Callers.secretariat();
    }

    private static PublishedLine line(PublishedReport report, String kpi, FigureUnit unit) {
        return report.getLines().stream().filter(l -> l.getKpiCode().equals(kpi) && l.getUnit() == unit)
                .findFirst().orElseThrow();
    }

    private FollowUpMilestones recordingMilestones() {
        return new FollowUpMilestones() {
            @Override
            public void draftReportReady(long cycleId) {
                milestones.add("draftReportReady");
            }

            @Override
            public void committeeReviewRecorded(long cycleId) {
                milestones.add("committeeReviewRecorded");
            }

            @Override
            public void publicationApproved(long cycleId) {
                milestones.add("publicationApproved");
            }

            @Override
            public void correctionOpened(long cycleId, String reason) {
                milestones.add("correctionOpened:" + reason);
            }
        };
    }

    @SuppressWarnings("unchecked")
    static <T> Instance<T> instance(Class<T> type, T bean) {
        return (Instance<T>) Proxy.newProxyInstance(CycleReportsTest.class.getClassLoader(), new Class<?>[] {Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isResolvable" -> bean != null;
                    case "get" -> bean;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ApprovedSubmissions.Approved<MinistryProgressContent> ministry(String code, GoalProgress... goals) {
        return new ApprovedSubmissions.Approved<>(SubmissionReference.of(SubmissionKind.MINISTRY_PROGRESS_REPORT,
                code.length()), code, new MinistryProgressContent(List.of(goals)));
    }

    /** Approved ministry reports only: no figures, so every other reporting body counts as missing. */
    @SafeVarargs
    private static ApprovedSubmissions ministries(ApprovedSubmissions.Approved<MinistryProgressContent>... reports) {
        return new ApprovedSubmissions() {
            @Override
            public List<Approved<HubReport>> hubReports(long cycleId) {
                return List.of();
            }

            @Override
            public List<Approved<List<TrainingCourse>>> trainingCourses(long cycleId) {
                return List.of();
            }

            @Override
            public List<Approved<List<AmedTheme>>> amedThemes(long cycleId) {
                return List.of();
            }

            @Override
            public List<Approved<List<SurveyResponse>>> surveyResponses(long cycleId) {
                return List.of();
            }

            @Override
            public List<Approved<MinistryProgressContent>> ministryProgress(long cycleId) {
                return List.of(reports);
            }
        };
    }

    private static Instance<ApprovedSubmissions> unresolvable() {
        return instance(ApprovedSubmissions.class, null);
    }
}
