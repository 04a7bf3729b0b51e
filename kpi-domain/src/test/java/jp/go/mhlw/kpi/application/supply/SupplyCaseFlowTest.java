package jp.go.mhlw.kpi.application.supply;

import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.application.FakeSupplyCaseWorkflow;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service moving a case's flow with each decision (through {@link SupplyCaseWorkflow}, here a fake that routes
 * as the BPMN models do), refusing what the flow does not wait for, with nothing stored.
 */
class SupplyCaseFlowTest extends JpaTestSupport {

    private final SupplyCaseServiceTest.RecordingAuditTrail audit = new SupplyCaseServiceTest.RecordingAuditTrail();
    private final FakeSupplyCaseWorkflow workflow = new FakeSupplyCaseWorkflow();
    private SupplyDeadlines.Durations configured = SupplyDeadlines.Durations.DEFAULTS;

    @BeforeEach
    void registerManufacturers() {
        registerDemoManufacturers(entityManager);
    }

    private SupplyWiring.SupplyServices as(Caller caller) {
        CurrentCaller current = new CurrentCaller();
        current.establish(caller);
        SupplyDeadlines deadlines = new SupplyDeadlines() {
            @Override
            public Durations current() {
                return configured;
            }
        };
        return SupplyWiring.supplyServices(supplyCases(), organisations(), audit, current, workflow,
                new jp.go.mhlw.kpi.infrastructure.persistence.JpaSupplyPublications(entityManager),
                new jp.go.mhlw.kpi.infrastructure.persistence.JpaSupplyAttachments(entityManager), auditRecords(),
                deadlines, Clock.fixed(day(1), ZoneOffset.UTC));
    }

    private List<SupplyStep> waiting(String number) {
        return workflow.waitingSteps(number).stream().map(SupplyCaseWorkflow.WaitingStep::step).toList();
    }

    private String firstReportOfMakerA() {
        return as(MAKER_A).filings().openWithFirstReport(firstReport(DisruptionKind.SHORTAGE)).caseNumber();
    }

    @Test
    void aFirstReportStartsFlowAWithTheConfiguredDeadlinesAndWaitsForTheAdditionalReport() {
        configured = new SupplyDeadlines.Durations(Duration.ofDays(3), Duration.ofDays(2), Duration.ofDays(10));

        String number = firstReportOfMakerA();

        assertThat(workflow.calls).containsExactly("startDisruption " + number + " false");
        assertThat(workflow.deadlinesOf(number)).isEqualTo(configured);
        assertThat(waiting(number)).containsExactly(SupplyStep.FILE_ADDITIONAL_REPORT);
        assertThat(as(MAKER_A).queries().myWaitingSteps()).extracting(SupplyCaseWorkflow.WaitingStep::caseNumber).containsExactly(number);
        assertThat(as(MAKER_B).queries().myWaitingSteps()).isEmpty();
    }

    @Test
    void aTerminationStartsFlowBAndACaseOpenedWithACompleteReportGoesStraightToTriage() {
        String termination = as(MAKER_A).filings().openWithFirstReport(firstReport(DisruptionKind.TERMINATION)).caseNumber();
        String complete = as(MAKER_A).filings().openWithReport(ReportKind.ADDITIONAL, additionalReport()).caseNumber();

        assertThat(workflow.calls).containsExactly("startTermination " + termination, "startDisruption " + complete + " true");
        assertThat(waiting(termination)).containsExactly(SupplyStep.TRIAGE_REPORT);
        assertThat(waiting(complete)).containsExactly(SupplyStep.TRIAGE_REPORT);
        assertThat(as(OFFICER).queries().myWaitingSteps()).extracting(SupplyCaseWorkflow.WaitingStep::caseNumber)
                .containsExactlyInAnyOrder(termination, complete);
    }

    @Test
    void aDraftCaseStartsItsFlowOnlyWhenTheFirstReportIsFiled() {
        String number = as(MAKER_A).filings().openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中").build())
                .caseNumber();
        assertThat(workflow.calls).isEmpty();

        as(MAKER_A).filings().fileReport(number, ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE));

        assertThat(waiting(number)).containsExactly(SupplyStep.FILE_ADDITIONAL_REPORT);
    }

    @Test
    void flowAFromFirstReportToClosingEachDecisionCompletingItsStep() {
        String number = firstReportOfMakerA();

        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        assertThat(waiting(number)).containsExactly(SupplyStep.TRIAGE_REPORT);
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        assertThat(waiting(number)).containsExactly(SupplyStep.DECIDE_FURTHER_ACTION);
        as(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");
        assertThat(waiting(number)).containsExactly(SupplyStep.CONSIDER_RESPONSE);
        as(MAKER_A).filings().decideToContinueSupply(number);
        assertThat(waiting(number)).containsExactly(SupplyStep.DECIDE_CONSENT, SupplyStep.REQUEST_ASSOCIATION_SUPPORT);
        as(MAKER_A).filings().decideConsent(number, true);
        as(OFFICER).handling().requestAlternativeStockData(number, List.of("MAKER-B"));
        assertThat(as(MAKER_B).queries().myWaitingSteps()).extracting(SupplyCaseWorkflow.WaitingStep::step)
                .containsExactly(SupplyStep.ANSWER_STOCK_REQUEST);
        as(MAKER_B).filings().answerStockRequest(number, new StockAnswer(100L, 10L, null));
        as(OFFICER).handling().requestAssociationSupport(number, "JFMDA");
        assertThat(as(ASSOCIATION).queries().myWaitingSteps()).extracting(SupplyCaseWorkflow.WaitingStep::step)
                .containsExactly(SupplyStep.RECORD_ASSOCIATION_SUPPORT);
        as(ASSOCIATION).association().recordAssociationSupport(number, "会員企業へ周知");
        assertThat(waiting(number)).containsExactly(SupplyStep.FOLLOW_UP_SUPPLY);
        as(MAKER_A).filings().reportNoChange(number);
        assertThat(waiting(number)).containsExactly(SupplyStep.CLOSE_CASE);

        SupplyCase closed = as(OFFICER).handling().close(number, CloseReason.RESOLVED);

        assertThat(closed.state()).isEqualTo(SupplyCaseState.CLOSED);
        assertThat(workflow.calls).contains("closeCase " + number + " RESOLVED").noneMatch(call -> call.startsWith("endEarly"));
        assertThat(workflow.hasEnded(number)).isTrue();
        assertThat(audit.actions()).containsExactly("supply-case.opened", "supply-case.report-filed", "supply-case.triaged",
                "supply-case.further-action-decided", "supply-case.supply-continued", "supply-case.consent-decided",
                "supply-case.stock-data-requested", "supply-case.stock-request-answered",
                "supply-case.association-support-requested", "supply-case.association-support-recorded",
                "supply-case.no-change-reported", "supply-case.closed");
    }

    @Test
    void mhlwClosingBeforeTheFlowReachesTheClosingStepEndsTheFlow() {
        String number = firstReportOfMakerA();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        as(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");
        as(MAKER_A).filings().decideToContinueSupply(number);

        as(OFFICER).handling().close(number, CloseReason.RESOLVED);

        assertThat(workflow.calls).contains("endEarly " + number + " RESOLVED");
        assertThat(waiting(number)).isEmpty();
    }

    @Test
    void aDecisionTheFlowDoesNotWaitForIsRefusedNamingWhatItWaitsForAndNothingIsStored() {
        String number = firstReportOfMakerA();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        as(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");
        as(MAKER_A).filings().decideToContinueSupply(number);
        audit.entries.clear();

        // the aggregate accepts a re-report while coordinating, but the flow waits for consent and the association
        assertThatThrownBy(() -> as(MAKER_A).filings().fileReport(number, ReportKind.RE_REPORT, additionalReport()))
                .isInstanceOf(SupplyCaseException.Conflict.class)
                .hasMessageContaining("not waiting for this step (inform hospitals, restore supply, re-report on change)")
                .hasMessageContaining("consent to mhlw contacting makers of alternatives");
        // consent is the manufacturer's; the association's support follows MHLW's request
        assertThatThrownBy(() -> as(MAKER_A).filings().reportNoChange(number)).isInstanceOf(SupplyCaseException.Conflict.class);
        assertThatThrownBy(() -> as(OFFICER).handling().completeReminder(number, SupplyStep.CHASE_OVERDUE_RESPONSE))
                .isInstanceOf(SupplyCaseException.Conflict.class);
        assertThatThrownBy(() -> as(OFFICER).handling().completeReminder(number, SupplyStep.CLOSE_CASE))
                .isInstanceOf(SupplyCaseException.InvalidInput.class);

        flushAndClear();
        assertThat(supplyCases().find(number).orElseThrow().versions()).hasSize(2);
        assertThat(supplyCases().find(number).orElseThrow().state()).isEqualTo(SupplyCaseState.COORDINATING);
        assertThat(audit.entries).isEmpty();
        assertThat(waiting(number)).containsExactly(SupplyStep.DECIDE_CONSENT, SupplyStep.REQUEST_ASSOCIATION_SUPPORT);
    }

    @Test
    void consentRefusedMeansNoStockRequestReachesTheMakersOfAlternatives() {
        String number = firstReportOfMakerA();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        as(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");
        as(MAKER_A).filings().decideToContinueSupply(number);

        as(MAKER_A).filings().decideConsent(number, false);

        assertThat(waiting(number)).containsExactly(SupplyStep.REQUEST_ASSOCIATION_SUPPORT);
        assertThatThrownBy(() -> as(OFFICER).handling().requestAlternativeStockData(number, List.of("MAKER-B")))
                .isInstanceOf(SupplyCaseException.Conflict.class);
        assertThat(as(MAKER_B).queries().myWaitingSteps()).isEmpty();
        // a second answer is not what the flow waits for
        assertThatThrownBy(() -> as(MAKER_A).filings().decideConsent(number, true)).isInstanceOf(SupplyCaseException.Conflict.class);
    }

    @Test
    void aTerminationWithSmallImpactEndsWithTheSimpleReportAndTheNoticeAndIsClosedAsTerminated() {
        String number = as(MAKER_A).filings().openWithFirstReport(firstReport(DisruptionKind.TERMINATION)).caseNumber();

        as(OFFICER).handling().recordTriage(number, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null);
        assertThat(waiting(number)).containsExactly(SupplyStep.FILE_SIMPLE_REPORT);
        assertThatThrownBy(() -> as(MAKER_A).filings().fileReport(number, ReportKind.TERMINATION_NOTICE, terminationReport()))
                .isInstanceOf(SupplyCaseException.Conflict.class);
        as(MAKER_A).filings().fileReport(number, ReportKind.SIMPLE, terminationReport());
        assertThat(waiting(number)).containsExactly(SupplyStep.FILE_TERMINATION_NOTICE);
        as(MAKER_A).filings().fileReport(number, ReportKind.TERMINATION_NOTICE, terminationReport());
        assertThat(waiting(number)).containsExactly(SupplyStep.CLOSE_CASE);
        SupplyCase closed = as(OFFICER).handling().close(number, CloseReason.TERMINATED);

        assertThat(closed.closeReason()).contains(CloseReason.TERMINATED);
        assertThat(workflow.calls).contains("closeCase " + number + " TERMINATED");
    }

    @Test
    void aTerminationWithLargeImpactWaitsForTheSocietiesBeforeTheDecision() {
        String number = as(MAKER_A).filings().openWithFirstReport(firstReport(DisruptionKind.TERMINATION)).caseNumber();
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.POSSIBLY_LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        assertThat(waiting(number)).containsExactly(SupplyStep.CONSULT_SOCIETIES);

        as(OFFICER).handling().recordSocietyConsultation(number, "日本循環器学会", "代替品で対応可能");
        as(OFFICER).handling().decideFurtherAction(number, false, "代替品あり");
        assertThat(waiting(number)).containsExactly(SupplyStep.FILE_ADDITIONAL_REPORT);
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, terminationReport());

        assertThat(waiting(number)).containsExactly(SupplyStep.FILE_TERMINATION_NOTICE);
    }

    @Test
    void decidingToTerminateMovesTheCaseIntoFlowB() {
        String number = firstReportOfMakerA();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        as(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");

        as(MAKER_A).filings().decideToTerminateSupply(number, terminationReport());

        assertThat(waiting(number)).containsExactly(SupplyStep.TRIAGE_REPORT);
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null);
        assertThat(waiting(number)).containsExactly(SupplyStep.FILE_SIMPLE_REPORT);
    }

    @Test
    void anotherOrganisationCannotTakeAStepOfTheCase() {
        String number = firstReportOfMakerA();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        as(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");

        assertThatThrownBy(() -> as(MAKER_B).filings().decideToContinueSupply(number)).isInstanceOf(SupplyCaseException.NotFound.class);
        assertThatThrownBy(() -> as(MAKER_B).filings().reportNoChange(number)).isInstanceOf(SupplyCaseException.NotFound.class);
        assertThat(as(MAKER_B).queries().waitingSteps(number)).isEmpty();
        assertThat(as(MAKER_A).queries().waitingSteps(number)).extracting(SupplyCaseWorkflow.WaitingStep::step)
                .containsExactly(SupplyStep.CONSIDER_RESPONSE);
        as(MAKER_A).filings().decideToContinueSupply(number);
        as(OFFICER).handling().requestAssociationSupport(number, "JFMDA");
        Caller otherAssociation = caller("assoc9", jp.go.mhlw.kpi.domain.model.security.Role.INDUSTRY_ASSOCIATION, "OTHER");
        assertThatThrownBy(() -> as(otherAssociation).association().recordAssociationSupport(number, "x"))
                .isInstanceOf(SupplyCaseException.NotFound.class);
    }

    @Test
    void overdueRemindersAreTheOfficersToComplete() {
        String number = firstReportOfMakerA();
        workflow.overdue(number, SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT);

        as(OFFICER).handling().completeReminder(number, SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT);

        assertThat(waiting(number)).containsExactly(SupplyStep.FILE_ADDITIONAL_REPORT);
        assertThat(audit.actions()).containsExactly("supply-case.opened", "supply-case.reminder-done");
    }

    @Test
    void aPublishedCaseIsOnThePublicListWithTheMakerOnlyWhenMhlwChoseAndWithdrawingRemovesIt() {
        String shortage = as(MAKER_A).filings().openWithReport(ReportKind.ADDITIONAL, additionalReport()).caseNumber();
        String termination = as(MAKER_A).filings().openWithFirstReport(firstReport(DisruptionKind.TERMINATION)).caseNumber();
        assertThat(as(OFFICER).queries().publicList()).isEmpty();

        as(OFFICER).handling().publish(shortage, true);
        as(OFFICER).handling().publish(termination, false);

        assertThat(as(OFFICER).queries().publicList()).extracting(PublicSupplyNotice::productName, PublicSupplyNotice::statusJa,
                PublicSupplyNotice::makerNameJa, PublicSupplyNotice::expectedRecoveryOrEndDate).containsExactly(
                        tuple("デモカテーテルA \"Pro\" 5Fr", "欠品", "デモ医療機器株式会社A", java.time.LocalDate.of(2026, 9, 30)),
                        tuple("デモカテーテルA", "供給終了予定", null, null));
        assertThat(as(OFFICER).queries().publicList()).extracting(PublicSupplyNotice::statusEn)
                .containsExactly("Shortage", "Supply to end");
        assertThat(as(OFFICER).queries().publicList().get(0).alternatives()).contains("デモカテーテルB(デモ医療機器株式会社B)");
        assertThat(as(OFFICER).queries().publication(shortage)).contains(true);

        as(OFFICER).handling().withdrawPublication(shortage);

        assertThat(as(OFFICER).queries().publicList()).extracting(PublicSupplyNotice::productName).containsExactly("デモカテーテルA");
        assertThat(as(OFFICER).queries().publication(shortage)).isEmpty();
        assertThatThrownBy(() -> as(OFFICER).handling().withdrawPublication(shortage)).isInstanceOf(SupplyCaseException.Conflict.class);
        assertThat(audit.actions()).containsSubsequence("supply-case.published", "supply-case.published",
                "supply-case.publication-withdrawn");
    }

    @Test
    void aCaseWithoutAlternativesSaysSoOnThePublicListInBothLanguages() {
        String number = as(MAKER_A).filings().openWithReport(ReportKind.ADDITIONAL, additionalReport().toBuilder()
                .alternatives(List.of()).noAlternativeAvailable(true).build()).caseNumber();

        as(OFFICER).handling().publish(number, false);

        assertThat(as(OFFICER).queries().publicList()).extracting(PublicSupplyNotice::alternatives).containsExactly("なし / none");
    }

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static byte[] workbook() throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String part : List.of("[Content_Types].xml", "xl/workbook.xml")) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part));
                zip.write("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void attachmentsJoinTheNextReportAndOnlyThoseWhoSeeTheCaseGetThem() throws Exception {
        String number = firstReportOfMakerA();
        as(MAKER_A).filings().attach(number, "在庫推移.xlsx", workbook());
        as(MAKER_A).filings().attach(number, "通知文.pdf", PDF);
        // not yet filed: the manufacturer's alone, like a draft
        assertThat(as(OFFICER).queries().attachments(number)).isEmpty();
        assertThat(as(MAKER_A).queries().attachments(number)).extracting(SupplyAttachment::fileName, SupplyAttachment::versionNumber)
                .containsExactly(tuple("在庫推移.xlsx", null), tuple("通知文.pdf", null));

        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());

        assertThat(as(OFFICER).queries().attachments(number)).extracting(SupplyAttachment::versionNumber).containsOnly(2);
        long pdf = as(OFFICER).queries().attachments(number).get(1).id();
        assertThat(as(OFFICER).queries().attachmentFile(number, pdf)).hasValueSatisfying(file -> {
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.content()).isEqualTo(PDF);
        });
        assertThat(as(MAKER_B).queries().attachments(number)).isEmpty();
        assertThat(as(MAKER_B).queries().attachmentFile(number, pdf)).isEmpty();
        assertThatThrownBy(() -> as(MAKER_A).filings().removeAttachment(number, pdf)).as("filed: kept")
                .isInstanceOf(SupplyCaseException.Conflict.class);
        assertThat(audit.actions()).containsSubsequence("supply-case.attachment-added", "supply-case.attachment-added",
                "supply-case.report-filed");
    }

    @Test
    void anAttachmentMustBeAPdfOrWorkbookByItsContentAtMostFivePerReport() throws Exception {
        String number = firstReportOfMakerA();

        assertThatThrownBy(() -> as(MAKER_A).filings().attach(number, "偽装.pdf", "MZ executable".getBytes()))
                .isInstanceOf(SupplyCaseException.InvalidInput.class).hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> as(MAKER_A).filings().attach(number, "名前違い.xlsx", PDF))
                .isInstanceOf(SupplyCaseException.InvalidInput.class);
        assertThatThrownBy(() -> as(MAKER_A).filings().attach(number, "zip.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(SupplyCaseException.InvalidInput.class);
        assertThatThrownBy(() -> as(MAKER_A).filings().attach(number, "大きすぎ.pdf", new byte[10 * 1024 * 1024 + 1]))
                .isInstanceOf(SupplyCaseException.InvalidInput.class).hasMessageContaining("10 MB");
        assertThatThrownBy(() -> as(MAKER_B).filings().attach(number, "他社.pdf", PDF)).isInstanceOf(SupplyCaseException.NotFound.class);
        for (int i = 1; i <= 5; i++) {
            as(MAKER_A).filings().attach(number, "資料" + i + ".pdf", PDF);
        }
        assertThatThrownBy(() -> as(MAKER_A).filings().attach(number, "資料6.pdf", PDF))
                .isInstanceOf(SupplyCaseException.Conflict.class).hasMessageContaining("at most 5");
        long first = as(MAKER_A).queries().attachments(number).get(0).id();
        as(MAKER_A).filings().removeAttachment(number, first);
        as(MAKER_A).filings().attach(number, "資料6.pdf", PDF);
        assertThat(as(MAKER_A).queries().attachments(number)).hasSize(5);
    }

    @Test
    void deadlinesAreSettingsWithDefaults() {
        Map<String, Duration> set = new java.util.HashMap<>(Map.of(
                SettingKeys.SUPPLY_DEADLINE_ADDITIONAL_REPORT, Duration.ofDays(3),
                SettingKeys.SUPPLY_DEADLINE_TRIAGE, Duration.ofHours(36)));
        set.put(SettingKeys.SUPPLY_DEADLINE_RESPONSE, Duration.ZERO);
        SupplyDeadlines.Durations read = SupplyDeadlines.read(set::get);

        assertThat(read.additionalReport()).isEqualTo(Duration.ofDays(3));
        assertThat(read.triage()).isEqualTo(Duration.ofHours(36));
        assertThat(read.response()).as("not positive: the default").isEqualTo(Duration.ofDays(14));
        assertThat(SupplyDeadlines.read(key -> {
            throw new IllegalArgumentException("unknown setting " + key);
        }).triage()).as("unreadable: the default").isEqualTo(Duration.ofDays(7));
        assertThat(SupplyDeadlines.Durations.DEFAULTS)
                .isEqualTo(new SupplyDeadlines.Durations(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(14)));
    }
}
