package jp.go.mhlw.kpi.web.demo;

import static jp.go.mhlw.kpi.web.demo.DemoUser.HUB_HIROSHIMA;
import static jp.go.mhlw.kpi.web.demo.DemoUser.HUB_HOKKAIDO;
import static jp.go.mhlw.kpi.web.demo.DemoUser.MAKER_A;
import static jp.go.mhlw.kpi.web.demo.DemoUser.MAKER_B;
import static jp.go.mhlw.kpi.web.demo.DemoUser.OFFICER;
import static jp.go.mhlw.kpi.web.demo.DemoUser.SECRETARIAT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.logging.Logger;
import jp.go.mhlw.kpi.application.followup.CycleOpening;
import jp.go.mhlw.kpi.application.followup.CycleOpeningRequest;
import jp.go.mhlw.kpi.application.submission.SubmissionService;
import jp.go.mhlw.kpi.application.supply.SupplyCaseHandling;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.application.supply.SupplyFilings;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.SampleHubReport;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;
import jp.go.mhlw.kpi.domain.model.supply.Cause;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.SampleSupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;
import jp.go.mhlw.kpi.workflow.TaskInbox;
import jp.go.mhlw.kpi.workflow.TaskInbox.InboxTask;

/**
 * What the demo shows without a click: FY2024 (令和6年度) in collection and supply cases at several steps, made
 * by the demo users through the same services their screens call, so that tasks, timers, e-mails and the audit
 * trail are those of real work. Made once, on a database where the demo's hubs have no request yet.
 */
@ApplicationScoped
public class LivingYear {

    private static final Logger LOG = Logger.getLogger(LivingYear.class.getName());
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** How long a step may wait for its process to reach it. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    DemoActor actor;

    @Inject
    CycleOpening opening;

    @Inject
    SubmissionService submissions;

    @Inject
    SupplyFilings filings;

    @Inject
    SupplyCaseHandling handling;

    @Inject
    SupplyCaseQueries cases;

    @Inject
    TaskInbox inbox;

    /** @return false when the year had been made before (nothing done) */
    public boolean make() throws Exception {
        if (!actor.as(HUB_HIROSHIMA, submissions::myRequests).isEmpty()) {
            return false;
        }
        openFiscalYear2024();
        collect();
        fileSupplyCases();
        return true;
    }

    private void openFiscalYear2024() throws Exception {
        LocalDate today = LocalDate.now(JAPAN);
        long cycle = actor.as(SECRETARIAT, () -> opening.open(new CycleOpeningRequest("PLAN-2", 2024,
                LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31), 1, 1, today.plusWeeks(3), "14,7,1",
                opening.reportingBodies().stream().map(Organisation::getCode).toList(),
                opening.proposedSurveyDates(2024))));
        LOG.info(() -> "Demo: FY2024 opened as cycle " + cycle);
    }

    /** One hub approved, one returned with a comment, one division's report waiting for review. */
    private void collect() throws Exception {
        long hiroshima = submit(HUB_HIROSHIMA, SampleHubReport.of(6, 2));
        awaitRequestStep(OFFICER, hiroshima, FollowUpProcess.Steps.REVIEW_SUBMISSION);
        actor.as(OFFICER, () -> submissions.approve(hiroshima, 1, "内容を確認しました。"));
        long hokkaido = submit(HUB_HOKKAIDO, SampleHubReport.of(3, 1));
        awaitRequestStep(OFFICER, hokkaido, FollowUpProcess.Steps.REVIEW_SUBMISSION);
        actor.as(OFFICER, () -> submissions.returnForCorrection(hokkaido, 1,
                "共同研究（臨床）の件数の根拠となる契約の一覧を添えて、再提出してください。"));
        submit(OFFICER, divisionReport());
    }

    /** The reporter's own request of the open year, its version sent with a reason for every warning. */
    private long submit(DemoUser reporter, SubmissionContent content) throws Exception {
        ReportRequestInfo request = actor.as(reporter, submissions::myRequests).stream()
                .findFirst().orElseThrow(() -> new IllegalStateException("No request for " + reporter.userName()));
        awaitRequestStep(reporter, request.requestId(), FollowUpProcess.Steps.SUBMIT_REPORT);
        actor.as(reporter, () -> {
            Map<String, String> reasons = new HashMap<>();
            for (ValidationWarning warning : submissions.check(request.requestId(), content).warnings()) {
                reasons.put(warning.key(), "デモ: 体制の変更によるため。");
            }
            return submissions.submit(request.requestId(), content, reasons);
        });
        return request.requestId();
    }

    /** The review division's progress: a narrative on goal 4 and its figures of goals 8 and 10. */
    static MinistryProgressContent divisionReport() {
        return new MinistryProgressContent(List.of(
                new GoalProgress(4, "令和6年度の施策は計画どおり進捗した。", Map.of()),
                new GoalProgress(8, "審査の迅速化を継続した。", Map.of(
                        ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("0.4"),
                        ProgressFigure.REVIEW_LAG, new BigDecimal("0.1"),
                        ProgressFigure.DEVICE_LAG, new BigDecimal("0.5"),
                        ProgressFigure.NEW_DEVICE_APPROVALS_NEW, new BigDecimal("41"),
                        ProgressFigure.NEW_DEVICE_APPROVALS_PARTIAL_CHANGE, new BigDecimal("19"),
                        ProgressFigure.NEW_DEVICE_APPROVALS, new BigDecimal("60"),
                        ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal("132"),
                        ProgressFigure.IDATEN_CONFIRMATIONS, new BigDecimal("3"))),
                new GoalProgress(10, "参照国の拡大に取り組んだ。", Map.of(ProgressFigure.REFERENCE_COUNTRIES,
                        new BigDecimal("4")))));
    }

    /**
     * maker-a: one case just reported, one waiting for MHLW's triage, one triaged and asked for a response (on the
     * public list with its name); maker-b: a termination triaged (on the public list without its name) and a draft.
     */
    private void fileSupplyCases() throws Exception {
        actor.as(MAKER_A, () -> filings.openWithFirstReport(firstReport("デモガイドワイヤー 0.014", DisruptionKind.SHORTAGE)));

        String waiting = actor.as(MAKER_A, () -> filings.openWithFirstReport(
                firstReport("デモカテーテルA 5Fr", DisruptionKind.SHORTAGE))).caseNumber();
        awaitCaseStep(MAKER_A, waiting, SupplyStep.FILE_ADDITIONAL_REPORT);
        actor.as(MAKER_A, () -> filings.fileReport(waiting, ReportKind.ADDITIONAL,
                completeReport("デモカテーテルA 5Fr", DisruptionKind.SHORTAGE, CauseCategory.RAW_MATERIAL, "樹脂の供給停止")));

        String asked = actor.as(MAKER_A, () -> filings.openWithFirstReport(
                firstReport("デモ人工心肺回路 M", DisruptionKind.INSTABILITY))).caseNumber();
        awaitCaseStep(MAKER_A, asked, SupplyStep.FILE_ADDITIONAL_REPORT);
        actor.as(MAKER_A, () -> filings.fileReport(asked, ReportKind.ADDITIONAL,
                completeReport("デモ人工心肺回路 M", DisruptionKind.INSTABILITY, CauseCategory.MANUFACTURING, "製造設備の更新に伴う減産")));
        awaitCaseStep(OFFICER, asked, SupplyStep.TRIAGE_REPORT);
        actor.as(OFFICER, () -> handling.recordTriage(asked, ClinicalImpact.LARGE, TriageLevel.HIGH,
                TriageLevel.HIGH, "代替品の供給余力が限られる"));
        awaitCaseStep(OFFICER, asked, SupplyStep.DECIDE_FURTHER_ACTION);
        actor.as(OFFICER, () -> handling.decideFurtherAction(asked, true,
                "在庫の見通しと医療機関への情報提供の計画を示されたい。"));
        actor.as(OFFICER, () -> handling.publish(asked, true));

        // a termination's first report goes to MHLW's triage at once (flow B)
        String ending = actor.as(MAKER_B, () -> filings.openWithFirstReport(
                firstReport("デモ輸液ポンプ用セット B", DisruptionKind.TERMINATION))).caseNumber();
        awaitCaseStep(OFFICER, ending, SupplyStep.TRIAGE_REPORT);
        actor.as(OFFICER, () -> handling.recordTriage(ending, ClinicalImpact.SMALL, TriageLevel.LOW,
                TriageLevel.LOW, "後継品あり"));
        actor.as(OFFICER, () -> handling.publish(ending, false));

        actor.as(MAKER_B, () -> filings.openWithDraft(ReportKind.FIRST,
                SupplyReport.builder().productName("デモ縫合糸 3-0（検討中）").build()));
    }

    static SupplyReport firstReport(String product, DisruptionKind kind) {
        return SupplyReport.builder()
                .productName(product)
                .disruptionKind(kind)
                .contact(new ContactPerson("山田 太郎", "品質保証部", "03-0000-0000", null))
                .build();
    }

    static SupplyReport completeReport(String product, DisruptionKind kind, CauseCategory cause, String detail) {
        return SampleSupplyReport.complete(LocalDate.now(JAPAN), product, kind, new Cause(cause, detail),
                ClinicalImpact.LARGE, "代替品の供給余力が限られるため");
    }

    /** Waits until the user's task list holds the request's step (the engine starts some flows in the background). */
    private void awaitRequestStep(DemoUser user, long requestId, String step) throws Exception {
        await(user.userName() + " to have " + step + " of request " + requestId, () -> actor.as(user,
                () -> inbox.tasks(user.caller()).stream().anyMatch(isStep(step, requestId))));
    }

    private static Predicate<InboxTask> isStep(String step, long requestId) {
        return task -> step.equals(task.step()) && Long.valueOf(requestId).equals(task.requestId());
    }

    /** Waits until the case's process waits at the step, as its user sees it. */
    private void awaitCaseStep(DemoUser user, String caseNumber, SupplyStep step) throws Exception {
        await("case " + caseNumber + " to wait at " + step, () -> actor.as(user, () -> cases.waitingSteps(caseNumber)
                .stream().anyMatch(waiting -> waiting.step() == step)));
    }

    /** Asks every half second, for at most {@link #PATIENCE}. */
    private static void await(String what, Callable<Boolean> reached) throws Exception {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (!reached.call()) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("Waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(500);
        }
    }
}
