package jp.go.mhlw.kpi.application.supply;

import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.FakeSupplyCaseWorkflow;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportRejectedException;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSort;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service over the real repositories on H2 (one rolled-back transaction per test), as the screens and the API
 * call it; the container's part (roles, transactions) is checked on the annotations and in SupplyCaseApiIT.
 */
class SupplyCaseServiceTest extends JpaTestSupport {

    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final FakeSupplyCaseWorkflow workflow = new FakeSupplyCaseWorkflow();

    @BeforeEach
    void registerManufacturers() {
        registerDemoManufacturers(entityManager);
    }

    /** The services as the container would give them to this caller's request. */
    private SupplyWiring.SupplyServices as(Caller caller) {
        CurrentCaller current = new CurrentCaller();
        current.establish(caller);
        SupplyDeadlines deadlines = new SupplyDeadlines() {
            @Override
            public Durations current() {
                return Durations.DEFAULTS;
            }
        };
        return SupplyWiring.supplyServices(supplyCases(), organisations(), audit, current, workflow,
                new jp.go.mhlw.kpi.infrastructure.persistence.JpaSupplyPublications(entityManager),
                new jp.go.mhlw.kpi.infrastructure.persistence.JpaSupplyAttachments(entityManager), auditRecords(),
                deadlines, Clock.fixed(day(1).plusNanos(123_456_789), ZoneOffset.UTC));
    }

    /** The caller's whole case list, newest first, as one page as large as a page may be. */
    private static List<SupplyCaseSummary> allCases(SupplyWiring.SupplyServices services) {
        return services.queries().myCases(SupplyCaseFilter.NEWEST_FIRST, 0, SupplyCaseQueries.MAX_PAGE_SIZE);
    }

    private SupplyCase reportedCaseOfMakerA() {
        return as(MAKER_A).filings().openWithFirstReport(firstReport(DisruptionKind.SHORTAGE));
    }

    @Test
    void aManufacturerOpensACaseForItsOwnOrganisationWithAFirstReportWithBlanks() {
        SupplyCase opened = reportedCaseOfMakerA();

        assertThat(opened.caseNumber()).matches("SC-2026-\\d{6}");
        assertThat(opened.manufacturerOrganisationCode()).isEqualTo("MAKER-A");
        assertThat(opened.state()).isEqualTo(SupplyCaseState.REPORTED);
        flushAndClear();
        SupplyCase stored = supplyCases().find(opened.caseNumber()).orElseThrow();
        assertThat(stored.versions()).singleElement().satisfies(version -> {
            assertThat(version.kind()).isEqualTo(ReportKind.FIRST);
            assertThat(version.content()).isEqualTo(firstReport(DisruptionKind.SHORTAGE));
            assertThat(version.filedBy()).isEqualTo("maker-a");
            // kept to the microsecond, as both databases store it
            assertThat(version.filedAt()).isEqualTo(day(1).plusNanos(123_456_000));
        });
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("supply-case.opened");
            assertThat(entry.objectType()).isEqualTo("supply-case");
            assertThat(entry.objectId()).isEqualTo(opened.caseNumber());
            assertThat(entry.objectOrganisation()).isEqualTo("MAKER-A");
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo("{\"state\":\"REPORTED\",\"terminationPath\":false,\"versions\":1,\"draft\":false}");
        });
    }

    @Test
    void anAdditionalReportWithABlankRequiredFieldIsRejectedNamingEveryFieldAndNothingIsStored() {
        String number = reportedCaseOfMakerA().caseNumber();
        SupplyReport withoutStartDateOrCause = complete(DisruptionKind.SHORTAGE).startDate(null).cause(null).build();

        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, withoutStartDateOrCause));

        assertThat(rejected).isInstanceOf(SupplyReportRejectedException.class);
        assertThat(rejected.kind()).isEqualTo(ReportKind.ADDITIONAL);
        assertThat(rejected.violations()).extracting(Problem::field).containsExactly("cause", "startDate");
        assertThat(rejected.violations().get(1).messageJa()).contains("発生日", "追加報告", "必須");
        assertThat(rejected.violations().get(1).messageEn()).contains("Start date", "additional report");
        flushAndClear();
        assertThat(supplyCases().find(number).orElseThrow().versions()).hasSize(1);
        assertThat(audit.actions()).containsExactly("supply-case.opened");
    }

    @Test
    void aCompleteAdditionalReportIsTheSecondVersion() {
        String number = reportedCaseOfMakerA().caseNumber();

        SupplyCase changed = as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());

        assertThat(changed.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
        flushAndClear();
        assertThat(supplyCases().find(number).orElseThrow().versions()).extracting(version -> version.number(),
                version -> version.kind()).containsExactly(tuple(1, ReportKind.FIRST), tuple(2, ReportKind.ADDITIONAL));
        assertThat(audit.entries).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("supply-case.report-filed");
            assertThat(entry.summary()).contains("追加報告", "第2版");
            assertThat(entry.before()).contains("\"REPORTED\"");
            assertThat(entry.after()).contains("\"UNDER_TRIAGE\"", "\"versions\":2");
        });
    }

    @Test
    void anotherManufacturersCaseIsNotFoundExactlyLikeACaseThatDoesNotExist() {
        String number = reportedCaseOfMakerA().caseNumber();
        SupplyWiring.SupplyServices makerB = as(MAKER_B);

        assertThat(makerB.queries().caseFor(number)).isEmpty();
        assertThat(allCases(makerB)).extracting(SupplyCaseSummary::getCaseNumber).doesNotContain(number);
        List<Supplier<Object>> attempts = List.of(
                () -> makerB.filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport()),
                () -> makerB.filings().saveDraft(number, ReportKind.ADDITIONAL, SupplyReport.empty()),
                () -> makerB.filings().discardDraft(number),
                () -> makerB.filings().decideConsent(number, true),
                () -> makerB.filings().answerStockRequest(number, new StockAnswer(1L, null, null)));
        for (Supplier<Object> attempt : attempts) {
            assertThatThrownBy(attempt::get).isInstanceOf(SupplyCaseException.NotFound.class)
                    .hasMessage("There is no supply case " + number + " for you");
        }
        assertThatThrownBy(() -> makerB.filings().fileReport("SC-2026-999999", ReportKind.ADDITIONAL, additionalReport()))
                .isInstanceOf(SupplyCaseException.NotFound.class).hasMessage("There is no supply case SC-2026-999999 for you");
        assertThat(makerB.queries().caseFor("SC-2026-999999")).isEmpty();
        flushAndClear();
        assertThat(supplyCases().find(number).orElseThrow().versions()).hasSize(1);
        assertThat(audit.actions()).containsExactly("supply-case.opened");
    }

    @Test
    void aManufacturerListsItsOwnCasesDraftsIncluded() {
        String filed = reportedCaseOfMakerA().caseNumber();
        String drafting = as(MAKER_A).filings().openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中の製品").build())
                .caseNumber();
        String ofMakerB = as(MAKER_B).filings().openWithFirstReport(firstReport(DisruptionKind.INSTABILITY)).caseNumber();

        assertThat(allCases(as(MAKER_A))).extracting(SupplyCaseSummary::getCaseNumber).containsExactlyInAnyOrder(filed, drafting);
        assertThat(allCases(as(MAKER_B))).extracting(SupplyCaseSummary::getCaseNumber).containsExactly(ofMakerB);
        assertThat(as(MAKER_A).queries().caseFor(drafting)).hasValueSatisfying(supplyCase ->
                assertThat(supplyCase.draft()).hasValueSatisfying(draft -> assertThat(draft.content().productName())
                        .isEqualTo("検討中の製品")));
    }

    @Test
    void theCaseListIsReadAPageAtATimeFilteredByTheDatabaseAndCoverageIsComputedForOfficersOnly() {
        String first = reportedCaseOfMakerA().caseNumber();
        String second = reportedCaseOfMakerA().caseNumber();
        String third = reportedCaseOfMakerA().caseNumber();
        String drafting = as(MAKER_A).filings().openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中")
                .build()).caseNumber();
        String ofMakerB = as(MAKER_B).filings().openWithFirstReport(firstReport(DisruptionKind.INSTABILITY)).caseNumber();

        List<SupplyCaseSummary> officersFirstPage = as(OFFICER).queries().myCases(SupplyCaseFilter.NEWEST_FIRST, 0, 2);
        List<SupplyCaseSummary> officersSecondPage = as(OFFICER).queries().myCases(SupplyCaseFilter.NEWEST_FIRST, 2, 2);

        // opened at the same instant: the higher case number first; the draft is not the ministry's
        assertThat(officersFirstPage).extracting(SupplyCaseSummary::getCaseNumber).containsExactly(ofMakerB, third);
        assertThat(officersSecondPage).extracting(SupplyCaseSummary::getCaseNumber).containsExactly(second, first);
        assertThat(officersFirstPage).allSatisfy(line -> assertThat(line.getCoverage()).isNotNull());
        assertThat(as(OFFICER).queries().countMyCases(SupplyCaseFilter.NEWEST_FIRST)).isEqualTo(4);
        assertThat(as(MAKER_A).queries().myCases(new SupplyCaseFilter(" 検討 ", SupplyCaseState.DRAFT, null, false), 0, 10))
                .extracting(SupplyCaseSummary::getCaseNumber).containsExactly(drafting);
        assertThat(as(MAKER_B).queries().countMyCases(new SupplyCaseFilter("カテーテルa", null, null, false))).isEqualTo(1);
        assertThat(allCases(as(MAKER_A))).hasSize(4).allSatisfy(line -> assertThat(line.getCoverage()).isNull());
        assertThat(as(MAKER_A).queries().myCases(new SupplyCaseFilter(null, null, SupplyCaseSort.CASE_NUMBER, false), 0, 1))
                .extracting(SupplyCaseSummary::getCaseNumber).containsExactly(first);
        assertThat(as(MAKER_A).queries().myCases(null, 3, 5)).extracting(SupplyCaseSummary::getCaseNumber)
                .containsExactly(first);
        for (int[] page : new int[][] {{-1, 10}, {0, 0}, {0, SupplyCaseQueries.MAX_PAGE_SIZE + 1}}) {
            assertThatThrownBy(() -> as(OFFICER).queries().myCases(null, page[0], page[1]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aListsStepsAndProductsAreReadOnlyForTheCasesTheCallerMaySee() {
        String ofMakerA = reportedCaseOfMakerA().caseNumber();
        String ofMakerB = as(MAKER_B).filings().openWithFirstReport(firstReport(DisruptionKind.INSTABILITY)).caseNumber();
        List<String> asked = List.of(ofMakerA, ofMakerB, "SC-2026-999999");

        assertThat(as(MAKER_A).queries().listedCases(asked)).extracting(SupplyCaseSummary::getCaseNumber)
                .containsExactly(ofMakerA);
        assertThat(as(MAKER_A).queries().waitingStepsOfListed(asked)).containsOnlyKeys(ofMakerA)
                .containsEntry(ofMakerA, workflow.waitingSteps(ofMakerA).stream().map(SupplyCaseWorkflow.WaitingStep::step)
                        .toList());
        assertThat(as(MAKER_A).queries().waitingStepsOfListed(asked).get(ofMakerA)).isNotEmpty();
        assertThat(as(OFFICER).queries().waitingStepsOfListed(asked)).containsOnlyKeys(ofMakerA, ofMakerB);
        assertThat(as(ASSOCIATION).queries().listedCases(asked)).isEmpty();
        assertThat(as(MAKER_A).queries().listedCases(List.of())).isEmpty();
    }

    @Test
    void ministryOfficersSeeEveryFiledCaseButNoDraftAndAssociationsOnlyWhatTheyWereAskedToSupport() {
        String filed = reportedCaseOfMakerA().caseNumber();
        String drafting = as(MAKER_A).filings().openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中").build())
                .caseNumber();
        String ofMakerB = as(MAKER_B).filings().openWithFirstReport(firstReport(DisruptionKind.INSTABILITY)).caseNumber();

        assertThat(allCases(as(OFFICER))).extracting(SupplyCaseSummary::getCaseNumber).contains(filed, ofMakerB)
                .doesNotContain(drafting);
        assertThat(as(OFFICER).queries().caseFor(filed)).isPresent();
        assertThat(as(OFFICER).queries().caseFor(drafting)).isEmpty();
        assertThat(allCases(as(ASSOCIATION))).isEmpty();
        assertThat(as(ASSOCIATION).queries().caseFor(filed)).isEmpty();

        coordinate(filed);
        as(OFFICER).handling().requestAssociationSupport(filed, "JFMDA");

        assertThat(allCases(as(ASSOCIATION))).extracting(SupplyCaseSummary::getCaseNumber).containsExactly(filed);
        SupplyCase supported = as(ASSOCIATION).association().recordAssociationSupport(filed, "会員企業へ情報提供");
        assertThat(supported.associationSupport()).singleElement().extracting(support -> support.recordedBy()).isEqualTo("assoc1");
    }

    @Test
    void theDraftOfTheNextReportIsTheManufacturersAlone() {
        String number = reportedCaseOfMakerA().caseNumber();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(MAKER_A).filings().saveDraft(number, ReportKind.RE_REPORT, SupplyReport.builder().productName("作業中").build());

        assertThat(as(MAKER_A).queries().caseFor(number).orElseThrow().draft()).isPresent();
        assertThat(as(OFFICER).queries().caseFor(number).orElseThrow().draft()).isEmpty();
        assertThat(as(OFFICER).queries().caseFor(number).orElseThrow().versions()).hasSize(2);
        assertThat(as(OFFICER).handling().recordTriage(number, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null).draft())
                .isEmpty();
        flushAndClear();
        // hiding it from others does not remove it
        assertThat(supplyCases().find(number).orElseThrow().draft()).isPresent();
    }

    @Test
    void officersTriageAndDecideAsTheAggregateAllowsEachChangeAuditedOnce() {
        String number = reportedCaseOfMakerA().caseNumber();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        audit.entries.clear();

        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.MEDIUM, "在庫2.5か月");
        as(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");
        as(MAKER_A).filings().decideToContinueSupply(number);
        as(MAKER_A).filings().decideConsent(number, true);
        as(OFFICER).handling().requestAlternativeStockData(number, List.of("MAKER-B"));
        // the maker of the alternative reaches the case for its answer only, and only while the request is open
        assertThat(as(MAKER_B).queries().caseFor(number)).isEmpty();
        as(MAKER_B).filings().answerStockRequest(number, new StockAnswer(5_000L, 800L, "増産可能"));
        assertThatThrownBy(() -> as(MAKER_B).filings().answerStockRequest(number, new StockAnswer(1L, null, null)))
                .isInstanceOf(SupplyCaseException.NotFound.class);
        as(OFFICER).handling().requestAssociationSupport(number, "JFMDA");
        as(ASSOCIATION).association().recordAssociationSupport(number, "会員企業へ情報提供");
        as(MAKER_A).filings().fileReport(number, ReportKind.RE_REPORT, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null);
        as(OFFICER).handling().decideFurtherAction(number, false, "経過観察");
        SupplyCase closed = as(OFFICER).handling().close(number, CloseReason.RESOLVED);

        assertThat(closed.state()).isEqualTo(SupplyCaseState.CLOSED);
        assertThat(audit.actions()).containsExactly("supply-case.triaged", "supply-case.further-action-decided",
                "supply-case.supply-continued", "supply-case.consent-decided", "supply-case.stock-data-requested",
                "supply-case.stock-request-answered", "supply-case.association-support-requested",
                "supply-case.association-support-recorded", "supply-case.report-filed", "supply-case.triaged",
                "supply-case.further-action-decided", "supply-case.closed");
        assertThat(audit.entries).allSatisfy(entry -> {
            assertThat(entry.objectType()).isEqualTo("supply-case");
            assertThat(entry.objectId()).isEqualTo(number);
            assertThat(entry.objectOrganisation()).isEqualTo("MAKER-A");
            assertThat(entry.before()).isNotNull();
            assertThat(entry.after()).isNotNull();
        });
        flushAndClear();
        SupplyCase stored = supplyCases().find(number).orElseThrow();
        assertThat(stored.triages()).hasSize(2);
        assertThat(stored.furtherActionDecisions()).extracting(decision -> decision.needed()).containsExactly(true, false);
        assertThat(stored.stockRequests()).singleElement().satisfies(request -> assertThat(request.isAnswered()).isTrue());
        assertThat(stored.closeReason()).contains(CloseReason.RESOLVED);
    }

    @Test
    void whatTheCaseDoesNotAcceptNowIsAConflictAndNothingIsStored() {
        String number = reportedCaseOfMakerA().caseNumber();

        assertThatThrownBy(() -> as(MAKER_A).filings().fileReport(number, ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE)))
                .isInstanceOf(SupplyCaseException.Conflict.class).hasMessageContaining("does not accept a first report");
        assertThatThrownBy(() -> as(OFFICER).handling().decideFurtherAction(number, true, "理由"))
                .isInstanceOf(SupplyCaseException.Conflict.class);
        assertThatThrownBy(() -> as(MAKER_A).filings().discardDraft(number)).isInstanceOf(SupplyCaseException.Conflict.class);
        assertThatThrownBy(() -> as(MAKER_A).filings().openWithReport(ReportKind.RE_REPORT, additionalReport()))
                .isInstanceOf(SupplyCaseException.InvalidInput.class);
        assertThat(audit.actions()).containsExactly("supply-case.opened");
    }

    @Test
    void draftsAreSavedUnvalidatedAndTheFirstReportIsFiledFromThem() {
        SupplyCase opened = as(MAKER_A).filings().openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中").build());
        String number = opened.caseNumber();
        assertThat(opened.state()).isEqualTo(SupplyCaseState.DRAFT);

        as(MAKER_A).filings().saveDraft(number, ReportKind.FIRST, SupplyReport.builder().productName("検討中").jmdnCode("123").build());
        SupplyCase filed = as(MAKER_A).filings().fileReport(number, ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE));

        assertThat(filed.state()).isEqualTo(SupplyCaseState.REPORTED);
        assertThat(filed.draft()).isEmpty();
        assertThat(audit.actions()).containsExactly("supply-case.opened-with-draft", "supply-case.draft-saved",
                "supply-case.report-filed");
        ReportRejectedException noProduct = catchThrowableOfType(SupplyReportRejectedException.class,
                () -> as(MAKER_A).filings().openWithDraft(ReportKind.FIRST, SupplyReport.empty()));
        assertThat(noProduct.violations()).extracting(Problem::field, Problem::messageJa, Problem::messageEn)
                .containsExactly(tuple("productName", "下書きを保存するには「販売名」が必要です。",
                        "A draft needs the product name to open a case."));
    }

    @Test
    void aFirstReportWithoutItsMinimumIsRejectedBeforeACaseNumberIsTaken() {
        SupplyReport nothing = SupplyReport.empty();

        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> as(MAKER_A).filings().openWithFirstReport(nothing));

        assertThat(rejected.violations()).extracting(Problem::field)
                .containsExactly("productName", "disruptionKind", "contact");
        assertThat(allCases(as(MAKER_A))).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void textsLongerThanTheTablesHoldAreRejectedNotCut() {
        SupplyReport longName = SupplyReport.builder().productName("あ".repeat(501)).approvalNumber("1".repeat(101))
                .disruptionKind(DisruptionKind.SHORTAGE).build();

        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> as(MAKER_A).filings().openWithFirstReport(longName));

        assertThat(rejected.violations()).extracting(Problem::field)
                .containsExactly("contact", "productName", "approvalNumber");
        assertThat(rejected.violations().get(1).messageEn())
                .isEqualTo("Product name has at most 500 characters (entered: 501).");
        assertThat(rejected.violations().get(2).messageJa()).isEqualTo("「承認・認証番号」は100文字以内で入力してください(101文字)。");
        String number = reportedCaseOfMakerA().caseNumber();
        assertThatThrownBy(() -> as(OFFICER).handling().requestAssociationSupport(number, "X".repeat(65)))
                .isInstanceOf(SupplyCaseException.InvalidInput.class);
    }

    @Test
    void aStockAnswerBeyondTheLimitsIsRefusedNamingEachValue() {
        String number = reportedCaseOfMakerA().caseNumber();

        assertThatThrownBy(() -> as(MAKER_B).filings().answerStockRequest(number,
                new StockAnswer(1_000_000_000_000L, null, "bad\u202Eright")))
                .isInstanceOf(SupplyCaseException.InvalidInput.class)
                .hasMessageContaining("stockOnHand must be a number from 0 to 999999999999")
                .hasMessageContaining("U+202E");
    }

    @Test
    void theAuditSummariesReadInJapaneseAsTheTrailKeepsThem() {
        String number = reportedCaseOfMakerA().caseNumber();
        byte[] pdf = ("%PDF-1.7\n" + "x".repeat(1491)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        as(MAKER_A).filings().saveDraft(number, ReportKind.ADDITIONAL, SupplyReport.builder().productName("作業中").build());
        as(MAKER_A).filings().discardDraft(number);
        as(MAKER_A).filings().attach(number, "通知文.pdf", pdf);
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.MEDIUM, null);
        as(OFFICER).handling().publish(number, false);

        assertThat(audit.entries).extracting(AuditEntry::summary).containsExactly(
                "供給状況報告の受付で開始: 初回報告(様式10-2)を第1版として受付: デモカテーテルA",
                "下書きを保存: 追加報告(様式10-2)",
                "下書きを破棄",
                "添付ファイルを追加: 通知文.pdf(1500 bytes)",
                "追加報告(様式10-2)を第2版として受付: デモカテーテルA \"Pro\" 5Fr",
                "トリアージ: 臨床的影響 大きい、緊急度 高、重大度 中",
                "公開リストに掲載(製造販売業者名は非表示)");
    }

    @Test
    void onlyRegisteredManufacturersOpenCases() {
        Caller unregistered = caller("maker-x", Role.MANUFACTURER, "MAKER-X");
        Caller homeless = new Caller("maker-y", Set.of(Role.MANUFACTURER), Optional.empty());
        Caller hubAsManufacturer = caller("odd", Role.MANUFACTURER, "HUB-HIROSHIMA");

        for (Caller caller : List.of(unregistered, homeless, hubAsManufacturer)) {
            assertThatThrownBy(() -> as(caller).filings().openWithFirstReport(firstReport(DisruptionKind.SHORTAGE)))
                    .as(caller.userName()).isInstanceOf(SupplyCaseException.Forbidden.class);
        }
        assertThat(audit.entries).isEmpty();
    }

    /** The supply-case services, split by who acts. */
    private static final List<Class<?>> SERVICES = List.of(SupplyFilings.class, SupplyCaseHandling.class,
            AssociationSupport.class, SupplyCaseQueries.class);

    @Test
    void everyPublicMethodDeclaresItsRoles() {
        Map<String, Set<String>> roles = SERVICES.stream().flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .collect(Collectors.toMap(Method::getName, method -> {
                    if (method.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
                        return Set.of("(everyone)");
                    }
                    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                    assertThat(allowed).as(method.getName()).isNotNull();
                    return Set.of(allowed.value());
                }, (a, b) -> a));

        String manufacturer = Role.Names.MANUFACTURER;
        String officer = Role.Names.MINISTRY_OFFICER;
        String association = Role.Names.INDUSTRY_ASSOCIATION;
        assertThat(roles).containsEntry("openWithFirstReport", Set.of(manufacturer))
                .containsEntry("openWithReport", Set.of(manufacturer))
                .containsEntry("openWithDraft", Set.of(manufacturer))
                .containsEntry("fileReport", Set.of(manufacturer))
                .containsEntry("saveDraft", Set.of(manufacturer))
                .containsEntry("discardDraft", Set.of(manufacturer))
                .containsEntry("decideToContinueSupply", Set.of(manufacturer))
                .containsEntry("decideToTerminateSupply", Set.of(manufacturer))
                .containsEntry("decideConsent", Set.of(manufacturer))
                .containsEntry("answerStockRequest", Set.of(manufacturer))
                .containsEntry("myCases", Set.of(manufacturer, officer, association))
                .containsEntry("countMyCases", Set.of(manufacturer, officer, association))
                .containsEntry("listedCases", Set.of(manufacturer, officer, association))
                .containsEntry("waitingStepsOfListed", Set.of(manufacturer, officer, association))
                .containsEntry("caseFor", Set.of(manufacturer, officer, association))
                .containsEntry("recordTriage", Set.of(officer))
                .containsEntry("recordSocietyConsultation", Set.of(officer))
                .containsEntry("decideFurtherAction", Set.of(officer))
                .containsEntry("requestAlternativeStockData", Set.of(officer))
                .containsEntry("requestAssociationSupport", Set.of(officer))
                .containsEntry("close", Set.of(officer))
                .containsEntry("recordAssociationSupport", Set.of(association))
                .containsEntry("reportNoChange", Set.of(manufacturer))
                .containsEntry("completeReminder", Set.of(officer))
                .containsEntry("waitingSteps", Set.of(manufacturer, officer, association))
                .containsEntry("myWaitingSteps", Set.of(manufacturer, officer, association))
                .containsEntry("publish", Set.of(officer))
                .containsEntry("withdrawPublication", Set.of(officer))
                .containsEntry("publication", Set.of(officer))
                .containsEntry("publicList", Set.of("(everyone)"))
                .containsEntry("history", Set.of(manufacturer, officer, association))
                .containsEntry("stockRequestSubject", Set.of(manufacturer))
                .containsEntry("attach", Set.of(manufacturer))
                .containsEntry("removeAttachment", Set.of(manufacturer))
                .containsEntry("attachments", Set.of(manufacturer, officer, association))
                .containsEntry("attachmentFile", Set.of(manufacturer, officer, association))
                .containsEntry("timeline", Set.of(manufacturer, officer, association))
                .containsEntry("processPositions", Set.of(manufacturer, officer, association))
                .hasSize(38);
    }

    @Test
    void eachServiceIsThatOfOneActorAndTheQueriesChangeNothing() {
        assertThat(rolesOfWrites(SupplyFilings.class)).containsOnly(Set.of(Role.Names.MANUFACTURER));
        assertThat(rolesOfWrites(SupplyCaseHandling.class)).containsOnly(Set.of(Role.Names.MINISTRY_OFFICER));
        assertThat(rolesOfWrites(AssociationSupport.class)).containsOnly(Set.of(Role.Names.INDUSTRY_ASSOCIATION));
        assertThat(rolesOfWrites(SupplyCaseQueries.class)).isEmpty();
        assertThat(publicMethods(SupplyCaseQueries.class))
                .allSatisfy(method -> assertThat(method.isAnnotationPresent(ReadOnly.class)).as(method.getName()).isTrue());
        for (Class<?> service : SERVICES) {
            assertThat(service.isAnnotationPresent(jakarta.ejb.Stateless.class)).as(service.getSimpleName()).isTrue();
        }
    }

    private static List<Method> publicMethods(Class<?> service) {
        return Arrays.stream(service.getDeclaredMethods()).filter(method -> Modifier.isPublic(method.getModifiers())).toList();
    }

    /** The roles allowed to call each write (a method not marked {@link ReadOnly}) of the service. */
    private static List<Set<String>> rolesOfWrites(Class<?> service) {
        return publicMethods(service).stream().filter(method -> !method.isAnnotationPresent(ReadOnly.class))
                .map(method -> Set.of(method.getAnnotation(RolesAllowed.class).value())).toList();
    }

    @Test
    void theServicesExceptionsReachTheCallerUnwrappedAndRollBack() {
        for (Class<?> type : List.of(SupplyCaseException.class, SupplyReportRejectedException.class)) {
            jakarta.ejb.ApplicationException annotation = type.getAnnotation(jakarta.ejb.ApplicationException.class);
            assertThat(annotation).as(type.getSimpleName()).isNotNull();
            assertThat(annotation.rollback()).isTrue();
            assertThat(annotation.inherited()).isTrue();
        }
    }

    @Test
    void eachDecisionsAuditRecordKeepsWhatWasDecidedBesideWhereTheCaseStands() {
        String number = reportedCaseOfMakerA().caseNumber();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        audit.entries.clear();

        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.MEDIUM,
                "在庫は\"2.5か月\"分");
        as(OFFICER).handling().decideFurtherAction(number, true, "代替品の確保を検討されたい");
        as(MAKER_A).filings().decideToContinueSupply(number);
        as(MAKER_A).filings().decideConsent(number, true);
        as(OFFICER).handling().requestAlternativeStockData(number, List.of("MAKER-B"));
        as(MAKER_B).filings().answerStockRequest(number, new StockAnswer(2_000L, 300L, "2か月で増産可能", true));

        String coordinating = "{\"state\":\"COORDINATING\",\"terminationPath\":false,\"versions\":2,\"draft\":false";
        assertThat(audit.entries).extracting(AuditEntry::action, AuditEntry::after).containsExactly(
                tuple("supply-case.triaged", "{\"state\":\"UNDER_TRIAGE\",\"terminationPath\":false,\"versions\":2,"
                        + "\"draft\":false,\"decided\":{\"impact\":\"LARGE\",\"urgency\":\"HIGH\",\"severity\":\"MEDIUM\","
                        + "\"note\":\"在庫は\\\"2.5か月\\\"分\"}}"),
                tuple("supply-case.further-action-decided", "{\"state\":\"RESPONSE_REQUESTED\",\"terminationPath\":false,"
                        + "\"versions\":2,\"draft\":false,\"decided\":{\"needed\":true,\"reasons\":\"代替品の確保を検討されたい\"}}"),
                tuple("supply-case.supply-continued", coordinating + "}"),
                tuple("supply-case.consent-decided", coordinating + ",\"decided\":{\"consent\":true}}"),
                tuple("supply-case.stock-data-requested", coordinating + ",\"decided\":{\"makers\":\"MAKER-B\"}}"),
                tuple("supply-case.stock-request-answered", coordinating + ",\"decided\":{\"maker\":\"MAKER-B\","
                        + "\"stockOnHand\":2000,\"additionalMonthlyCapacity\":300,\"note\":\"2か月で増産可能\","
                        + "\"sharedWithReporter\":true}}"));
    }

    @Test
    void theTimelineShowsOfficersEverythingAndTheReporterAStockAnswerOnlyWhereItsMakerAgreed() {
        entityManager.persist(new jp.go.mhlw.kpi.domain.model.organisation.Organisation("MAKER-C",
                jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind.MANUFACTURER, "デモ医療機器株式会社C",
                "Demo Medical Devices C Co., Ltd."));
        Caller makerC = new Caller("maker-c", Set.of(Role.MANUFACTURER), Optional.of("MAKER-C"));
        String number = reportedCaseOfMakerA().caseNumber();
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.MEDIUM, "在庫2.5か月分");
        as(OFFICER).handling().decideFurtherAction(number, true, "代替品の確保を検討されたい");
        as(MAKER_A).filings().decideToContinueSupply(number);
        as(MAKER_A).filings().decideConsent(number, true);
        as(OFFICER).handling().requestAlternativeStockData(number, List.of("MAKER-B", "MAKER-C"));
        as(MAKER_B).filings().answerStockRequest(number, new StockAnswer(5_000L, 800L, "社外秘"));
        as(makerC).filings().answerStockRequest(number, new StockAnswer(2_000L, 300L, "2か月で増産可能", true));
        flushAndClear();

        assertThat(answers(as(OFFICER).queries().timeline(number))).containsExactly(
                Map.of("MAKER", "デモ医療機器株式会社B", "STOCK_ON_HAND", "5,000", "MONTHLY_CAPACITY", "800",
                        "ANSWER_NOTE", "社外秘", "SHARED_WITH_REPORTER", "いいえ"),
                Map.of("MAKER", "デモ医療機器株式会社C", "STOCK_ON_HAND", "2,000", "MONTHLY_CAPACITY", "300",
                        "ANSWER_NOTE", "2か月で増産可能", "SHARED_WITH_REPORTER", "はい"));
        List<CaseTimelineEntry> reporters = as(MAKER_A).queries().timeline(number);
        assertThat(answers(reporters)).containsExactly(
                Map.of("MAKER", "デモ医療機器株式会社B", "ANSWER_WITHHELD", "非開示(回答した製造販売業者が開示に同意していません)"),
                Map.of("MAKER", "デモ医療機器株式会社C", "STOCK_ON_HAND", "2,000", "MONTHLY_CAPACITY", "300",
                        "ANSWER_NOTE", "2か月で増産可能", "SHARED_WITH_REPORTER", "はい"));
        assertThat(reporters).filteredOn(entry -> entry.event() == TimelineEvent.TRIAGED).singleElement()
                .satisfies(triage -> assertThat(details(triage)).containsEntry("NOTE", "在庫2.5か月分")
                        .containsEntry("IMPACT", ClinicalImpact.LARGE.label(jp.go.mhlw.kpi.domain.shared.Texts.JAPANESE)));
        assertThat(reporters).filteredOn(entry -> entry.event() == TimelineEvent.FURTHER_ACTION_DECIDED).singleElement()
                .satisfies(decision -> assertThat(details(decision)).containsEntry("REASONS", "代替品の確保を検討されたい"));

        // a maker of an alternative sees its own request and answer, nothing else of the case
        List<CaseTimelineEntry> makerBs = as(MAKER_B).queries().timeline(number);
        assertThat(makerBs).extracting(CaseTimelineEntry::event)
                .containsExactly(TimelineEvent.STOCK_REQUESTED, TimelineEvent.STOCK_ANSWERED);
        assertThat(answers(makerBs)).singleElement().satisfies(answer -> assertThat(answer)
                .containsEntry("MAKER", "デモ医療機器株式会社B").containsEntry("STOCK_ON_HAND", "5,000"));
        assertThat(as(new Caller("maker-x", Set.of(Role.MANUFACTURER), Optional.of("MAKER-X"))).queries().timeline(number))
                .isEmpty();
    }

    private static List<Map<String, String>> answers(List<CaseTimelineEntry> timeline) {
        return timeline.stream().filter(entry -> entry.event() == TimelineEvent.STOCK_ANSWERED)
                .map(SupplyCaseServiceTest::details).toList();
    }

    private static Map<String, String> details(CaseTimelineEntry entry) {
        return entry.details().stream().collect(Collectors.toMap(detail -> detail.field().name(),
                detail -> detail.text(jp.go.mhlw.kpi.domain.shared.Texts.JAPANESE)));
    }

    /** Takes a reported case of MAKER-A to COORDINATING. */
    private void coordinate(String number) {
        as(MAKER_A).filings().fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).handling().recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        as(OFFICER).handling().decideFurtherAction(number, true, "対応を検討されたい");
        as(MAKER_A).filings().decideToContinueSupply(number);
    }

    /** The audit trail as far as the service is concerned: what it records, in order (who and when are added there). */
    static final class RecordingAuditTrail extends AuditTrail {

        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        List<String> actions() {
            return entries.stream().map(AuditEntry::action).toList();
        }
    }
}
