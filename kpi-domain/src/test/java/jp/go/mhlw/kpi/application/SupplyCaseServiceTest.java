package jp.go.mhlw.kpi.application;

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
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.FieldViolation;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportRejectedException;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
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

    /** The service as the container would give it to this caller's request. */
    private SupplyCaseService as(Caller caller) {
        SupplyCaseService service = new SupplyCaseService();
        service.cases = supplyCases();
        service.organisations = organisations();
        service.auditTrail = audit;
        service.currentCaller = new CurrentCaller();
        service.currentCaller.establish(caller);
        service.workflow = workflow;
        service.publications = new jp.go.mhlw.kpi.infrastructure.persistence.JpaSupplyPublications(entityManager);
        service.attachments = new jp.go.mhlw.kpi.infrastructure.persistence.JpaSupplyAttachments(entityManager);
        service.deadlines = new SupplyDeadlines() {
            @Override
            public Durations current() {
                return Durations.DEFAULTS;
            }
        };
        service.clock = Clock.fixed(day(1).plusNanos(123_456_789), ZoneOffset.UTC);
        return service;
    }

    private SupplyCase reportedCaseOfMakerA() {
        return as(MAKER_A).openWithFirstReport(firstReport(DisruptionKind.SHORTAGE));
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
                () -> as(MAKER_A).fileReport(number, ReportKind.ADDITIONAL, withoutStartDateOrCause));

        assertThat(rejected).isInstanceOf(SupplyReportRejectedException.class);
        assertThat(rejected.kind()).isEqualTo(ReportKind.ADDITIONAL);
        assertThat(rejected.violations()).extracting(FieldViolation::field).containsExactly("cause", "startDate");
        assertThat(rejected.violations().get(1).messageJa()).contains("発生日", "追加報告", "必須");
        assertThat(rejected.violations().get(1).messageEn()).contains("Start date", "additional report");
        flushAndClear();
        assertThat(supplyCases().find(number).orElseThrow().versions()).hasSize(1);
        assertThat(audit.actions()).containsExactly("supply-case.opened");
    }

    @Test
    void aCompleteAdditionalReportIsTheSecondVersion() {
        String number = reportedCaseOfMakerA().caseNumber();

        SupplyCase changed = as(MAKER_A).fileReport(number, ReportKind.ADDITIONAL, additionalReport());

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
        SupplyCaseService makerB = as(MAKER_B);

        assertThat(makerB.caseFor(number)).isEmpty();
        assertThat(makerB.myCases()).extracting(SupplyCaseSummary::getCaseNumber).doesNotContain(number);
        List<Supplier<Object>> attempts = List.of(
                () -> makerB.fileReport(number, ReportKind.ADDITIONAL, additionalReport()),
                () -> makerB.saveDraft(number, ReportKind.ADDITIONAL, SupplyReport.empty()),
                () -> makerB.discardDraft(number),
                () -> makerB.decideConsent(number, true),
                () -> makerB.answerStockRequest(number, new StockAnswer(1L, null, null)));
        for (Supplier<Object> attempt : attempts) {
            assertThatThrownBy(attempt::get).isInstanceOf(SupplyCaseException.NotFound.class)
                    .hasMessage("There is no supply case " + number + " for you");
        }
        assertThatThrownBy(() -> makerB.fileReport("SC-2026-999999", ReportKind.ADDITIONAL, additionalReport()))
                .isInstanceOf(SupplyCaseException.NotFound.class).hasMessage("There is no supply case SC-2026-999999 for you");
        assertThat(makerB.caseFor("SC-2026-999999")).isEmpty();
        flushAndClear();
        assertThat(supplyCases().find(number).orElseThrow().versions()).hasSize(1);
        assertThat(audit.actions()).containsExactly("supply-case.opened");
    }

    @Test
    void aManufacturerListsItsOwnCasesDraftsIncluded() {
        String filed = reportedCaseOfMakerA().caseNumber();
        String drafting = as(MAKER_A).openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中の製品").build())
                .caseNumber();
        String ofMakerB = as(MAKER_B).openWithFirstReport(firstReport(DisruptionKind.INSTABILITY)).caseNumber();

        assertThat(as(MAKER_A).myCases()).extracting(SupplyCaseSummary::getCaseNumber).containsExactlyInAnyOrder(filed, drafting);
        assertThat(as(MAKER_B).myCases()).extracting(SupplyCaseSummary::getCaseNumber).containsExactly(ofMakerB);
        assertThat(as(MAKER_A).caseFor(drafting)).hasValueSatisfying(supplyCase ->
                assertThat(supplyCase.draft()).hasValueSatisfying(draft -> assertThat(draft.content().productName())
                        .isEqualTo("検討中の製品")));
    }

    @Test
    void ministryOfficersSeeEveryFiledCaseButNoDraftAndAssociationsOnlyWhatTheyWereAskedToSupport() {
        String filed = reportedCaseOfMakerA().caseNumber();
        String drafting = as(MAKER_A).openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中").build())
                .caseNumber();
        String ofMakerB = as(MAKER_B).openWithFirstReport(firstReport(DisruptionKind.INSTABILITY)).caseNumber();

        assertThat(as(OFFICER).myCases()).extracting(SupplyCaseSummary::getCaseNumber).contains(filed, ofMakerB)
                .doesNotContain(drafting);
        assertThat(as(OFFICER).caseFor(filed)).isPresent();
        assertThat(as(OFFICER).caseFor(drafting)).isEmpty();
        assertThat(as(ASSOCIATION).myCases()).isEmpty();
        assertThat(as(ASSOCIATION).caseFor(filed)).isEmpty();

        coordinate(filed);
        as(OFFICER).requestAssociationSupport(filed, "JFMDA");

        assertThat(as(ASSOCIATION).myCases()).extracting(SupplyCaseSummary::getCaseNumber).containsExactly(filed);
        SupplyCase supported = as(ASSOCIATION).recordAssociationSupport(filed, "会員企業へ情報提供");
        assertThat(supported.associationSupport()).singleElement().extracting(support -> support.recordedBy()).isEqualTo("assoc1");
    }

    @Test
    void theDraftOfTheNextReportIsTheManufacturersAlone() {
        String number = reportedCaseOfMakerA().caseNumber();
        as(MAKER_A).fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(MAKER_A).saveDraft(number, ReportKind.RE_REPORT, SupplyReport.builder().productName("作業中").build());

        assertThat(as(MAKER_A).caseFor(number).orElseThrow().draft()).isPresent();
        assertThat(as(OFFICER).caseFor(number).orElseThrow().draft()).isEmpty();
        assertThat(as(OFFICER).caseFor(number).orElseThrow().versions()).hasSize(2);
        assertThat(as(OFFICER).recordTriage(number, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null).draft())
                .isEmpty();
        flushAndClear();
        // hiding it from others does not remove it
        assertThat(supplyCases().find(number).orElseThrow().draft()).isPresent();
    }

    @Test
    void officersTriageAndDecideAsTheAggregateAllowsEachChangeAuditedOnce() {
        String number = reportedCaseOfMakerA().caseNumber();
        as(MAKER_A).fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        audit.entries.clear();

        as(OFFICER).recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.MEDIUM, "在庫2.5か月");
        as(OFFICER).decideFurtherAction(number, true, "対応を検討されたい");
        as(MAKER_A).decideToContinueSupply(number);
        as(MAKER_A).decideConsent(number, true);
        as(OFFICER).requestAlternativeStockData(number, List.of("MAKER-B"));
        // the maker of the alternative reaches the case for its answer only, and only while the request is open
        assertThat(as(MAKER_B).caseFor(number)).isEmpty();
        as(MAKER_B).answerStockRequest(number, new StockAnswer(5_000L, 800L, "増産可能"));
        assertThatThrownBy(() -> as(MAKER_B).answerStockRequest(number, new StockAnswer(1L, null, null)))
                .isInstanceOf(SupplyCaseException.NotFound.class);
        as(OFFICER).requestAssociationSupport(number, "JFMDA");
        as(ASSOCIATION).recordAssociationSupport(number, "会員企業へ情報提供");
        as(MAKER_A).fileReport(number, ReportKind.RE_REPORT, additionalReport());
        as(OFFICER).recordTriage(number, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null);
        as(OFFICER).decideFurtherAction(number, false, "経過観察");
        SupplyCase closed = as(OFFICER).close(number, CloseReason.RESOLVED);

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

        assertThatThrownBy(() -> as(MAKER_A).fileReport(number, ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE)))
                .isInstanceOf(SupplyCaseException.Conflict.class).hasMessageContaining("does not accept a first report");
        assertThatThrownBy(() -> as(OFFICER).decideFurtherAction(number, true, "理由"))
                .isInstanceOf(SupplyCaseException.Conflict.class);
        assertThatThrownBy(() -> as(MAKER_A).discardDraft(number)).isInstanceOf(SupplyCaseException.Conflict.class);
        assertThatThrownBy(() -> as(MAKER_A).openWithReport(ReportKind.RE_REPORT, additionalReport()))
                .isInstanceOf(SupplyCaseException.InvalidInput.class);
        assertThat(audit.actions()).containsExactly("supply-case.opened");
    }

    @Test
    void draftsAreSavedUnvalidatedAndTheFirstReportIsFiledFromThem() {
        SupplyCase opened = as(MAKER_A).openWithDraft(ReportKind.FIRST, SupplyReport.builder().productName("検討中").build());
        String number = opened.caseNumber();
        assertThat(opened.state()).isEqualTo(SupplyCaseState.DRAFT);

        as(MAKER_A).saveDraft(number, ReportKind.FIRST, SupplyReport.builder().productName("検討中").jmdnCode("123").build());
        SupplyCase filed = as(MAKER_A).fileReport(number, ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE));

        assertThat(filed.state()).isEqualTo(SupplyCaseState.REPORTED);
        assertThat(filed.draft()).isEmpty();
        assertThat(audit.actions()).containsExactly("supply-case.opened-with-draft", "supply-case.draft-saved",
                "supply-case.report-filed");
        ReportRejectedException noProduct = catchThrowableOfType(SupplyReportRejectedException.class,
                () -> as(MAKER_A).openWithDraft(ReportKind.FIRST, SupplyReport.empty()));
        assertThat(noProduct.violations()).extracting(FieldViolation::field).containsExactly("productName");
    }

    @Test
    void aFirstReportWithoutItsMinimumIsRejectedBeforeACaseNumberIsTaken() {
        SupplyReport nothing = SupplyReport.empty();

        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> as(MAKER_A).openWithFirstReport(nothing));

        assertThat(rejected.violations()).extracting(FieldViolation::field)
                .containsExactly("productName", "disruptionKind", "contact");
        assertThat(as(MAKER_A).myCases()).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void textsLongerThanTheTablesHoldAreRejectedNotCut() {
        SupplyReport longName = SupplyReport.builder().productName("あ".repeat(501)).approvalNumber("1".repeat(101))
                .disruptionKind(DisruptionKind.SHORTAGE).build();

        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> as(MAKER_A).openWithFirstReport(longName));

        assertThat(rejected.violations()).extracting(FieldViolation::field)
                .containsExactly("contact", "productName", "approvalNumber");
        assertThat(rejected.violations().get(1).messageEn()).contains("at most 500 characters");
        String number = reportedCaseOfMakerA().caseNumber();
        assertThatThrownBy(() -> as(OFFICER).requestAssociationSupport(number, "X".repeat(65)))
                .isInstanceOf(SupplyCaseException.InvalidInput.class);
    }

    @Test
    void onlyRegisteredManufacturersOpenCases() {
        Caller unregistered = caller("maker-x", Role.MANUFACTURER, "MAKER-X");
        Caller homeless = new Caller("maker-y", Set.of(Role.MANUFACTURER), Optional.empty());
        Caller hubAsManufacturer = caller("odd", Role.MANUFACTURER, "HUB-HIROSHIMA");

        for (Caller caller : List.of(unregistered, homeless, hubAsManufacturer)) {
            assertThatThrownBy(() -> as(caller).openWithFirstReport(firstReport(DisruptionKind.SHORTAGE)))
                    .as(caller.userName()).isInstanceOf(SupplyCaseException.Forbidden.class);
        }
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void everyPublicMethodDeclaresItsRoles() {
        Map<String, Set<String>> roles = Arrays.stream(SupplyCaseService.class.getDeclaredMethods())
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
                .hasSize(33);
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

    /** Takes a reported case of MAKER-A to COORDINATING. */
    private void coordinate(String number) {
        as(MAKER_A).fileReport(number, ReportKind.ADDITIONAL, additionalReport());
        as(OFFICER).recordTriage(number, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null);
        as(OFFICER).decideFurtherAction(number, true, "対応を検討されたい");
        as(MAKER_A).decideToContinueSupply(number);
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
