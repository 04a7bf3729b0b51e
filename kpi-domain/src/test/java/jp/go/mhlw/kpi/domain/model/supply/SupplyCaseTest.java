package jp.go.mhlw.kpi.domain.model.supply;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SupplyCaseTest {

    /** Flow A up to MHLW's triage: first report, additional report. */
    private static SupplyCase underTriage() {
        SupplyCase supplyCase = openedCase();
        supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
        supplyCase.fileReport(MAKER_A, ReportKind.ADDITIONAL, additionalReport(), day(5));
        return supplyCase;
    }

    private static SupplyCase triaged(SupplyCase supplyCase, ClinicalImpact impact) {
        supplyCase.recordTriage(OFFICER, impact, TriageLevel.HIGH, TriageLevel.MEDIUM, "在庫2.5か月", day(6));
        return supplyCase;
    }

    private static SupplyCase responseRequested() {
        SupplyCase supplyCase = triaged(underTriage(), ClinicalImpact.LARGE);
        supplyCase.decideFurtherAction(OFFICER, true, "代替品の供給余力を確認のうえ対応を検討されたい", day(7));
        return supplyCase;
    }

    private static SupplyCase coordinating() {
        SupplyCase supplyCase = responseRequested();
        supplyCase.decideToContinueSupply(MAKER_A);
        return supplyCase;
    }

    /** Flow B from its own first report, triaged. */
    private static SupplyCase terminationTriaged(ClinicalImpact impact) {
        SupplyCase supplyCase = openedCase();
        supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.TERMINATION), day(1));
        return triaged(supplyCase, impact);
    }

    @Nested
    class OpeningAndDrafts {

        @Test
        void aManufacturerOpensACaseForItsOwnOrganisation() {
            SupplyCase supplyCase = openedCase();

            assertThat(supplyCase.caseNumber()).isEqualTo("SD-2025-0001");
            assertThat(supplyCase.manufacturerOrganisationCode()).isEqualTo("MAKER-A");
            assertThat(supplyCase.product()).isEqualTo(PRODUCT);
            assertThat(supplyCase.openedAt()).isEqualTo(T0);
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.DRAFT);
            assertThat(supplyCase.versions()).isEmpty();
            assertThat(supplyCase.isOnTerminationPath()).isFalse();
        }

        @Test
        void onlyAManufacturerWithAnOrganisationOpensACase() {
            assertThatThrownBy(() -> SupplyCase.open("SD-1", OFFICER, PRODUCT, T0)).isInstanceOf(CaseAccessDeniedException.class);
            Caller homeless = new Caller("x", Set.of(Role.MANUFACTURER), Optional.empty());
            assertThatThrownBy(() -> SupplyCase.open("SD-1", homeless, PRODUCT, T0))
                    .isInstanceOf(CaseAccessDeniedException.class).hasMessageContaining("no organisation");
            assertThatThrownBy(() -> SupplyCase.open(" ", MAKER_A, PRODUCT, T0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void draftsAreSavedUnvalidatedReplacedAndClearedByFiling() {
            SupplyCase supplyCase = openedCase();
            supplyCase.saveDraft(MAKER_A, ReportKind.FIRST, SupplyReport.empty(), day(0));
            supplyCase.saveDraft(MAKER_A, ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE), day(1));

            assertThat(supplyCase.draft()).get().extracting(ReportDraft::content).isEqualTo(firstReport(DisruptionKind.SHORTAGE));
            assertThat(supplyCase.versions()).isEmpty();

            supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
            assertThat(supplyCase.draft()).isEmpty();
        }

        @Test
        void aDraftCanBeDiscardedByTheOwnerOnly() {
            SupplyCase supplyCase = openedCase();
            supplyCase.saveDraft(MAKER_A, ReportKind.FIRST, SupplyReport.empty(), day(0));

            assertThatThrownBy(() -> supplyCase.discardDraft(MAKER_B)).isInstanceOf(CaseAccessDeniedException.class);
            supplyCase.discardDraft(MAKER_A);
            assertThat(supplyCase.draft()).isEmpty();
        }

        @Test
        void onlyTheOwningOrganisationsManufacturersFileOrSaveDrafts() {
            SupplyCase supplyCase = openedCase();

            for (Caller stranger : List.of(MAKER_B, NO_ROLE_A, OFFICER, ASSOCIATION)) {
                assertThatThrownBy(() -> supplyCase.fileFirstReport(stranger, firstReport(DisruptionKind.SHORTAGE), day(1)))
                        .as(stranger.userName()).isInstanceOf(CaseAccessDeniedException.class)
                        .hasMessageContaining("only manufacturers of MAKER-A");
                assertThatThrownBy(() -> supplyCase.saveDraft(stranger, ReportKind.FIRST, SupplyReport.empty(), day(1)))
                        .isInstanceOf(CaseAccessDeniedException.class);
            }
            assertThat(supplyCase.versions()).isEmpty();
        }

        @Test
        void aMinistryOfficerDoesNotSeeACaseThatOnlyHasDrafts() {
            SupplyCase supplyCase = openedCase();

            assertThat(supplyCase.isVisibleTo(OFFICER)).isFalse();
            assertThat(supplyCase.isVisibleTo(MAKER_A)).isTrue();
            supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
            assertThat(supplyCase.isVisibleTo(OFFICER)).isTrue();
        }
    }

    @Nested
    class FlowA {

        @Test
        void aFirstReportWithBlanksIsFiledAsVersion1AndAwaitsTheAdditionalReport() {
            SupplyCase supplyCase = openedCase();

            ReportVersion version = supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));

            assertThat(version.number()).isEqualTo(1);
            assertThat(version.kind()).isEqualTo(ReportKind.FIRST);
            assertThat(version.filedBy()).isEqualTo("maker-a");
            assertThat(version.filedAt()).isEqualTo(day(1));
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.REPORTED);
            assertThat(supplyCase.latestVersion()).contains(version);
        }

        @Test
        void anAdditionalReportWithABlankRequiredFieldIsRefusedAndNothingIsFiled() {
            SupplyCase supplyCase = openedCase();
            supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));

            ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class, () -> supplyCase
                    .fileReport(MAKER_A, ReportKind.ADDITIONAL, additionalReport().toBuilder().monthlyDemand(null).build(), day(5)));

            assertThat(rejected.violations()).extracting(Problem::field).containsExactly("monthlyDemand");
            assertThat(supplyCase.versions()).hasSize(1);
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.REPORTED);
        }

        @Test
        void theAdditionalReportGoesToTriage() {
            SupplyCase supplyCase = underTriage();

            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
            assertThat(supplyCase.versions()).extracting(ReportVersion::number, ReportVersion::kind)
                    .containsExactly(tuple(1, ReportKind.FIRST),
                            tuple(2, ReportKind.ADDITIONAL));
        }

        @Test
        void aCaseMayStartWithTheAdditionalReport() {
            SupplyCase supplyCase = openedCase();

            supplyCase.fileReport(MAKER_A, ReportKind.ADDITIONAL, additionalReport(), day(1));

            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
        }

        @Test
        void aSecondFirstReportIsRefused() {
            SupplyCase supplyCase = underTriage();

            assertThatThrownBy(() -> supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(9)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has 2 report(s)");
        }

        @Test
        void filedVersionsCannotBeChanged() {
            SupplyCase supplyCase = underTriage();

            assertThatThrownBy(() -> supplyCase.versions().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> supplyCase.versions().get(0).content().alternatives().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void onlyAMinistryOfficerTriagesAndTriageComesBeforeTheDecision() {
            SupplyCase supplyCase = underTriage();

            assertThatThrownBy(() -> supplyCase.recordTriage(MAKER_A, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null, day(6)))
                    .isInstanceOf(CaseAccessDeniedException.class).hasMessageContaining("only ministry officers");
            assertThatThrownBy(() -> supplyCase.decideFurtherAction(OFFICER, false, "軽微", day(6)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("triage the latest report");

            triaged(supplyCase, ClinicalImpact.POSSIBLY_LARGE);
            assertThat(supplyCase.latestTriage()).get().satisfies(triage -> {
                assertThat(triage.impact()).isEqualTo(ClinicalImpact.POSSIBLY_LARGE);
                assertThat(triage.urgency()).isEqualTo(TriageLevel.HIGH);
                assertThat(triage.severity()).isEqualTo(TriageLevel.MEDIUM);
                assertThat(triage.recordedBy()).isEqualTo("officer1");
            });
        }

        @Test
        void noFurtherActionMeansMonitoringAndAReReportGoesBackToTriage() {
            SupplyCase supplyCase = triaged(underTriage(), ClinicalImpact.SMALL);
            supplyCase.decideFurtherAction(OFFICER, false, "代替品が十分にある", day(7));
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.MONITORING);

            supplyCase.fileReport(MAKER_A, ReportKind.RE_REPORT, additionalReport().toBuilder().stockOnHand(100L).build(), day(30));

            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
            assertThatThrownBy(() -> supplyCase.decideFurtherAction(OFFICER, false, "軽微", day(31)))
                    .hasMessageContaining("triage the latest report");
            triaged(supplyCase, ClinicalImpact.LARGE);
            supplyCase.decideFurtherAction(OFFICER, true, "在庫が急減", day(31));
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.RESPONSE_REQUESTED);
            assertThat(supplyCase.furtherActionDecisions()).extracting(FurtherActionDecision::needed).containsExactly(false, true);
        }

        @Test
        void aReReportIsRefusedWhileMhlwIsTriaging() {
            SupplyCase supplyCase = underTriage();

            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.RE_REPORT, additionalReport(), day(6)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not accept a re-report");
        }

        @Test
        void theManufacturerAnswersTheRequestByContinuingSupply() {
            SupplyCase supplyCase = responseRequested();
            assertThatThrownBy(() -> supplyCase.decideToContinueSupply(MAKER_B)).isInstanceOf(CaseAccessDeniedException.class);

            supplyCase.decideToContinueSupply(MAKER_A);

            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.COORDINATING);
            assertThat(supplyCase.isOnTerminationPath()).isFalse();
        }

        @Test
        void whileCoordinatingAReReportGoesBackToTriage() {
            SupplyCase supplyCase = coordinating();

            supplyCase.fileReport(MAKER_A, ReportKind.RE_REPORT, additionalReport(), day(40));

            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
        }

        @Test
        void a10_3OrASimpleReportIsRefusedOutsideTheTerminationPath() {
            SupplyCase supplyCase = coordinating();

            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(40)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("only filed when supply ends");
            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.SIMPLE, terminationReport(), day(40)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("termination path");
        }

        @Test
        void theDecisionToTerminateFilesTheTerminationReportAndStartsFlowB() {
            SupplyCase supplyCase = responseRequested();

            ReportVersion version = supplyCase.decideToTerminateSupply(MAKER_A, terminationReport(), day(20));

            assertThat(version.kind()).isEqualTo(ReportKind.RE_REPORT);
            assertThat(version.number()).isEqualTo(3);
            assertThat(supplyCase.isOnTerminationPath()).isTrue();
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
            assertThatThrownBy(() -> supplyCase.decideFurtherAction(OFFICER, true, "x", day(21)))
                    .hasMessageContaining("triage the latest report");
        }

        @Test
        void theTerminationReportMustBeAboutATerminationAndComplete() {
            SupplyCase supplyCase = responseRequested();

            ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                    () -> supplyCase.decideToTerminateSupply(MAKER_A, additionalReport().toBuilder().stockMonths(null).build(), day(20)));

            assertThat(rejected.violations()).extracting(Problem::field).containsExactly("stockMonths", "disruptionKind");
            assertThat(rejected.violations().get(1).messageJa()).isEqualTo("供給終了を決めた場合、事象の種類は「供給終了」です。");
            assertThat(rejected.violations().get(1).messageEn())
                    .isEqualTo("When supply is to end, the kind of disruption is \"supply termination\".");
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.RESPONSE_REQUESTED);
            assertThat(supplyCase.versions()).hasSize(2);
        }

        @Test
        void aFlowACaseIsClosedAsResolvedOrNoActionNeededButNotAsTerminated() {
            SupplyCase resolved = coordinating();
            assertThatThrownBy(() -> resolved.close(OFFICER, CloseReason.TERMINATED, day(90)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be closed as supply terminated");
            resolved.close(OFFICER, CloseReason.RESOLVED, day(90));
            assertThat(resolved.isClosed()).isTrue();
            assertThat(resolved.closeReason()).contains(CloseReason.RESOLVED);
            assertThat(resolved.closedBy()).contains("officer1");
            assertThat(resolved.closedAt()).contains(day(90));

            SupplyCase minor = openedCase();
            minor.fileFirstReport(MAKER_A, firstReport(DisruptionKind.INSTABILITY), day(1));
            minor.close(OFFICER, CloseReason.NO_ACTION_NEEDED, day(2));
            assertThat(minor.closeReason()).contains(CloseReason.NO_ACTION_NEEDED);
        }
    }

    @Nested
    class FlowB {

        @Test
        void aFirstReportAboutATerminationGoesStraightToTriage() {
            SupplyCase supplyCase = openedCase();

            supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.TERMINATION), day(1));

            assertThat(supplyCase.isOnTerminationPath()).isTrue();
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
        }

        @Test
        void smallImpactTakesTheSimpleReportThenThe10_3AndMhlwClosesAsTerminated() {
            SupplyCase supplyCase = terminationTriaged(ClinicalImpact.SMALL);
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.TERMINATING);

            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(10)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("the 10-3 follows the simple report");
            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.ADDITIONAL, terminationReport(), day(10)))
                    .isInstanceOf(IllegalStateException.class);

            supplyCase.fileReport(MAKER_A, ReportKind.SIMPLE, terminationReport(), day(10));
            supplyCase.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(11));
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.TERMINATION_NOTIFIED);

            assertThatThrownBy(() -> supplyCase.close(OFFICER, CloseReason.RESOLVED, day(12))).isInstanceOf(IllegalStateException.class);
            supplyCase.close(OFFICER, CloseReason.TERMINATED, day(12));
            assertThat(supplyCase.closeReason()).contains(CloseReason.TERMINATED);
            assertThat(supplyCase.versions()).extracting(ReportVersion::kind)
                    .containsExactly(ReportKind.FIRST, ReportKind.SIMPLE, ReportKind.TERMINATION_NOTICE);
        }

        @Test
        void aSimpleReportWithoutTheFieldsOf10_3IsRefused() {
            SupplyCase supplyCase = terminationTriaged(ClinicalImpact.SMALL);

            ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class, () -> supplyCase
                    .fileReport(MAKER_A, ReportKind.SIMPLE, firstReport(DisruptionKind.TERMINATION), day(10)));

            assertThat(rejected.violations()).extracting(Problem::field).contains("approvalNumber", "informationGiven");
        }

        @Test
        void largeImpactNeedsTheSocietiesConsultedBeforeTheDecision() {
            SupplyCase supplyCase = terminationTriaged(ClinicalImpact.LARGE);
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
            assertThatThrownBy(() -> supplyCase.decideFurtherAction(OFFICER, true, "調整が必要", day(8)))
                    .hasMessageContaining("consult the societies");
            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.SIMPLE, terminationReport(), day(8)))
                    .isInstanceOf(IllegalStateException.class);

            supplyCase.recordSocietyConsultation(OFFICER, "日本循環器学会", "代替品への切替に6か月必要", day(8));
            supplyCase.decideFurtherAction(OFFICER, true, "代替品製造販売業者・学会との調整を依頼", day(9));

            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.COORDINATING);
            assertThat(supplyCase.societyConsultations()).singleElement()
                    .extracting(SocietyConsultation::societies).isEqualTo("日本循環器学会");
        }

        @Test
        void largeImpactWithCoordinationTakesTheAdditionalReportThenThe10_3() {
            SupplyCase supplyCase = terminationTriaged(ClinicalImpact.POSSIBLY_LARGE);
            supplyCase.recordSocietyConsultation(OFFICER, "日本循環器学会", "切替期間の確保を要望", day(8));
            supplyCase.decideFurtherAction(OFFICER, true, "調整を依頼", day(9));
            supplyCase.giveConsent(MAKER_A, day(9));
            supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B"), day(10));
            supplyCase.fileReport(MAKER_A, ReportKind.RE_REPORT, terminationReport(), day(20));
            assertThat(supplyCase.state()).as("status reports do not restart triage on path B")
                    .isEqualTo(SupplyCaseState.COORDINATING);
            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(30)))
                    .isInstanceOf(IllegalStateException.class);

            supplyCase.fileReport(MAKER_A, ReportKind.ADDITIONAL, terminationReport(), day(30));
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.TERMINATING);
            supplyCase.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(31));

            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.TERMINATION_NOTIFIED);
        }

        @Test
        void largeImpactWithoutFurtherActionStillNeedsTheAdditionalReport() {
            SupplyCase supplyCase = terminationTriaged(ClinicalImpact.LARGE);
            supplyCase.recordSocietyConsultation(OFFICER, "日本外科学会", "代替品で対応可能", day(8));
            supplyCase.decideFurtherAction(OFFICER, false, "代替品で対応可能", day(9));
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.TERMINATING);

            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(10)))
                    .hasMessageContaining("the 10-3 follows the additional report");
            supplyCase.fileReport(MAKER_A, ReportKind.ADDITIONAL, terminationReport(), day(10));
            supplyCase.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(11));
            assertThat(supplyCase.state()).isEqualTo(SupplyCaseState.TERMINATION_NOTIFIED);
        }

        @Test
        void fromFlowAReportsFiledBeforeTheTerminationDoNotCountTowardsThe10_3() {
            SupplyCase supplyCase = responseRequested(); // its version 2 is an additional report
            supplyCase.decideToTerminateSupply(MAKER_A, terminationReport(), day(20));
            triaged(supplyCase, ClinicalImpact.LARGE);
            supplyCase.recordSocietyConsultation(OFFICER, "日本循環器学会", "影響大", day(21));
            supplyCase.decideFurtherAction(OFFICER, false, "調整不要", day(22));

            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(23)))
                    .hasMessageContaining("follows the additional report");
        }

        @Test
        void societiesAreConsultedOnlyOnALargeImpactTermination() {
            SupplyCase small = terminationTriaged(ClinicalImpact.SMALL);
            assertThatThrownBy(() -> small.recordSocietyConsultation(OFFICER, "学会", "x", day(8)))
                    .isInstanceOf(IllegalStateException.class);
            SupplyCase flowA = triaged(underTriage(), ClinicalImpact.LARGE);
            assertThatThrownBy(() -> flowA.recordSocietyConsultation(OFFICER, "学会", "x", day(8)))
                    .hasMessageContaining("large or possibly large");
        }

        @Test
        void aTerminationCaseIsNotClosedAsResolvedAndNotTerminatedBeforeThe10_3() {
            SupplyCase supplyCase = terminationTriaged(ClinicalImpact.SMALL);

            assertThatThrownBy(() -> supplyCase.close(OFFICER, CloseReason.NO_ACTION_NEEDED, day(9))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> supplyCase.close(OFFICER, CloseReason.TERMINATED, day(9))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class ConsentAndAlternatives {

        @Test
        void withoutConsentMhlwCannotRequestStockDataFromAlternativeMakers() {
            SupplyCase supplyCase = coordinating();
            assertThatThrownBy(() -> supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B"), day(10)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not consented");

            supplyCase.refuseConsent(MAKER_A, day(10));
            assertThat(supplyCase.mayContactAlternativeMakers()).isFalse();
            assertThatThrownBy(() -> supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B"), day(10)))
                    .hasMessageContaining("not consented");
            assertThat(supplyCase.stockRequests()).isEmpty();
        }

        @Test
        void withConsentEachMakerAnswersItsOwnRequest() {
            SupplyCase supplyCase = coordinating();
            supplyCase.giveConsent(MAKER_A, day(10));
            assertThat(supplyCase.consent()).get().extracting(ConsentDecision::given, ConsentDecision::decidedBy)
                    .containsExactly(true, "maker-a");

            supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B", "MAKER-C", "MAKER-B"), day(11));
            assertThat(supplyCase.stockRequests()).extracting(StockRequest::makerOrganisationCode).containsExactly("MAKER-B", "MAKER-C");
            assertThat(supplyCase.awaitsStockAnswerFrom(MAKER_B)).isTrue();
            assertThat(supplyCase.isVisibleTo(MAKER_B)).as("a maker of an alternative sees its request, not the case").isFalse();

            supplyCase.answerStockRequest(MAKER_B, new StockAnswer(5_000L, 800L, "3か月で増産可能"), day(14));

            assertThat(supplyCase.stockRequests().get(0).stockAnswer()).get().extracting(StockAnswer::stockOnHand).isEqualTo(5_000L);
            assertThat(supplyCase.stockRequests().get(0).answeredBy()).isEqualTo("maker-b");
            assertThat(supplyCase.stockRequests().get(1).isAnswered()).isFalse();
            assertThat(supplyCase.awaitsStockAnswerFrom(MAKER_B)).isFalse();
            assertThatThrownBy(() -> supplyCase.answerStockRequest(MAKER_B, new StockAnswer(1L, 1L, null), day(15)))
                    .isInstanceOf(CaseAccessDeniedException.class).hasMessageContaining("no open request");
            assertThatThrownBy(() -> supplyCase.answerStockRequest(OFFICER, new StockAnswer(1L, 1L, null), day(15)))
                    .isInstanceOf(CaseAccessDeniedException.class);
        }

        @Test
        void anAnswerIsReadByMhlwAndItsMakerAndByTheReporterOnlyWhereTheMakerAgreedToShareIt() {
            SupplyCase supplyCase = coordinating();
            supplyCase.giveConsent(MAKER_A, day(10));
            supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B", "MAKER-C"), day(11));
            supplyCase.answerStockRequest(MAKER_B, new StockAnswer(5_000L, 800L, null), day(12));
            supplyCase.answerStockRequest(MAKER_C, new StockAnswer(2_000L, 300L, "増産可能", true), day(12));
            StockRequest toB = supplyCase.stockRequests().get(0);
            StockRequest toC = supplyCase.stockRequests().get(1);

            assertThat(supplyCase.mayReadStockAnswer(OFFICER, toB)).isTrue();
            assertThat(supplyCase.mayReadStockAnswer(MAKER_B, toB)).isTrue();
            assertThat(supplyCase.mayReadStockAnswer(MAKER_A, toB)).as("not shared").isFalse();
            assertThat(supplyCase.mayReadStockAnswer(MAKER_A, toC)).as("shared").isTrue();
            assertThat(supplyCase.mayReadStockAnswer(MAKER_C, toB)).as("another maker's answer").isFalse();
            assertThat(supplyCase.stockRequestsVisibleTo(MAKER_B)).containsExactly(toB);
            assertThat(supplyCase.stockRequestsVisibleTo(MAKER_A)).containsExactly(toB, toC);
            assertThat(supplyCase.stockRequestsVisibleTo(NO_ROLE_A)).isEmpty();
        }

        @Test
        void requestsGoToOtherMakersAndNotTwiceWhileUnanswered() {
            SupplyCase supplyCase = coordinating();
            supplyCase.giveConsent(MAKER_A, day(10));

            assertThatThrownBy(() -> supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-A"), day(11)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own manufacturer");
            assertThatThrownBy(() -> supplyCase.requestAlternativeStockData(OFFICER, List.of(), day(11)))
                    .isInstanceOf(IllegalArgumentException.class);
            supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B"), day(11));
            assertThatThrownBy(() -> supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B"), day(12)))
                    .hasMessageContaining("unanswered request");
        }

        @Test
        void consentIsTheOwnersAndCanBeWithdrawn() {
            SupplyCase supplyCase = coordinating();
            assertThatThrownBy(() -> supplyCase.giveConsent(MAKER_B, day(10))).isInstanceOf(CaseAccessDeniedException.class);
            assertThatThrownBy(() -> openedCase().giveConsent(MAKER_A, day(0))).hasMessageContaining("not been reported");

            supplyCase.giveConsent(MAKER_A, day(10));
            supplyCase.refuseConsent(MAKER_A, day(11));

            assertThat(supplyCase.mayContactAlternativeMakers()).isFalse();
        }

        @Test
        void stockDataIsRequestedOnlyWhileCoordinating() {
            SupplyCase supplyCase = responseRequested();
            supplyCase.giveConsent(MAKER_A, day(8));

            assertThatThrownBy(() -> supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B"), day(9)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("response requested");
        }
    }

    @Nested
    class IndustryAssociation {

        @Test
        void theAssociationAskedForSupportSeesTheCaseAndRecordsWhatItDid() {
            SupplyCase supplyCase = coordinating();
            assertThat(supplyCase.isVisibleTo(ASSOCIATION)).isFalse();
            assertThatThrownBy(() -> supplyCase.recordAssociationSupport(ASSOCIATION, "x", day(10)))
                    .isInstanceOf(CaseAccessDeniedException.class);

            supplyCase.requestAssociationSupport(OFFICER, "JFMDA");

            assertThat(supplyCase.isVisibleTo(ASSOCIATION)).isTrue();
            assertThat(supplyCase.isVisibleTo(OTHER_ASSOCIATION)).isFalse();
            supplyCase.recordAssociationSupport(ASSOCIATION, "会員企業へ代替品の供給協力を要請", day(12));
            assertThat(supplyCase.associationSupport()).singleElement()
                    .extracting(AssociationSupport::organisationCode, AssociationSupport::recordedBy)
                    .containsExactly("JFMDA", "assoc1");
            assertThatThrownBy(() -> supplyCase.recordAssociationSupport(OTHER_ASSOCIATION, "x", day(12)))
                    .isInstanceOf(CaseAccessDeniedException.class);
        }

        @Test
        void onlyAnOfficerAsksForSupportAndOnlyWhileCoordinating() {
            assertThatThrownBy(() -> coordinating().requestAssociationSupport(MAKER_A, "JFMDA"))
                    .isInstanceOf(CaseAccessDeniedException.class);
            assertThatThrownBy(() -> underTriage().requestAssociationSupport(OFFICER, "JFMDA"))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class ClosedCase {

        @Test
        void aClosedCaseAcceptsNothing() {
            SupplyCase supplyCase = coordinating();
            supplyCase.giveConsent(MAKER_A, day(10));
            supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B"), day(10));
            supplyCase.requestAssociationSupport(OFFICER, "JFMDA");
            supplyCase.close(OFFICER, CloseReason.RESOLVED, day(60));

            assertThatThrownBy(() -> supplyCase.fileReport(MAKER_A, ReportKind.RE_REPORT, additionalReport(), day(61)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
            assertThatThrownBy(() -> supplyCase.saveDraft(MAKER_A, ReportKind.RE_REPORT, additionalReport(), day(61)))
                    .hasMessageContaining("is closed");
            assertThatThrownBy(() -> supplyCase.giveConsent(MAKER_A, day(61))).hasMessageContaining("is closed");
            assertThatThrownBy(() -> supplyCase.answerStockRequest(MAKER_B, new StockAnswer(1L, null, null), day(61)))
                    .hasMessageContaining("is closed");
            assertThatThrownBy(() -> supplyCase.recordAssociationSupport(ASSOCIATION, "x", day(61))).hasMessageContaining("is closed");
            assertThatThrownBy(() -> supplyCase.close(OFFICER, CloseReason.RESOLVED, day(61))).hasMessageContaining("is closed");
            assertThatThrownBy(() -> supplyCase.recordTriage(OFFICER, ClinicalImpact.SMALL, TriageLevel.LOW, TriageLevel.LOW, null, day(61)))
                    .hasMessageContaining("is closed");
        }

        @Test
        void onlyAnOfficerClosesAndADraftOnlyCaseCannotBeClosed() {
            assertThatThrownBy(() -> coordinating().close(MAKER_A, CloseReason.RESOLVED, day(60)))
                    .isInstanceOf(CaseAccessDeniedException.class);
            assertThatThrownBy(() -> openedCase().close(OFFICER, CloseReason.NO_ACTION_NEEDED, day(1)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
