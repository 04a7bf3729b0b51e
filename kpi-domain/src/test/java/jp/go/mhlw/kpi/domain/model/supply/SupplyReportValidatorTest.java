package jp.go.mhlw.kpi.domain.model.supply;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyFixtures.complete;
import static jp.go.mhlw.kpi.domain.model.supply.SupplyFixtures.firstReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupplyReportValidatorTest {

    @Test
    void aFirstReportNeedsOnlyTheProductTheKindAndAContact() {
        assertThat(RequiredFields.of(ReportKind.FIRST)).containsExactly(
                SupplyReportField.PRODUCT_NAME, SupplyReportField.DISRUPTION_KIND, SupplyReportField.CONTACT);
        assertThat(SupplyReportValidator.validate(ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE))).isEmpty();
    }

    @Test
    void theMissingFieldsAreTheRequiredOnesLeftUnansweredInFormOrder() {
        SupplyReport partial = SupplyReport.builder().productName("デモカテーテルA").build();

        assertThat(RequiredFields.missingIn(ReportKind.FIRST, partial))
                .containsExactly(SupplyReportField.DISRUPTION_KIND, SupplyReportField.CONTACT);
        assertThat(RequiredFields.missingIn(ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE))).isEmpty();
        assertThat(RequiredFields.missingIn(ReportKind.SIMPLE, SupplyReport.empty()))
                .containsExactlyElementsOf(RequiredFields.of(ReportKind.SIMPLE));
    }

    @Test
    void anEmptyFirstReportNamesTheThreeMissingFields() {
        assertThat(SupplyReportValidator.validate(ReportKind.FIRST, SupplyReport.empty()))
                .extracting(Problem::field)
                .containsExactly("productName", "disruptionKind", "contact");
    }

    @Test
    void anAdditionalReportWithABlankRequiredFieldIsRefusedNamingTheField() {
        SupplyReport report = complete(DisruptionKind.SHORTAGE).jmdnCode(" ").build();

        List<Problem> violations = SupplyReportValidator.validate(ReportKind.ADDITIONAL, report);

        assertThat(violations).extracting(Problem::field, Problem::messageJa, Problem::messageEn).containsExactly(tuple(
                "jmdnCode", "「JMDNコード」は追加報告(様式10-2)の必須項目です。",
                "JMDN code is required in the additional report (form 10-2)."));
        assertThat(violations.get(0).message(Locale.ENGLISH)).startsWith("JMDN code");
        assertThat(violations.get(0).message(Locale.JAPANESE)).startsWith("「JMDNコード」");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SupplyReportField.class, names = "MARKET_SHARE", mode = EnumSource.Mode.EXCLUDE)
    void anAdditionalReportRequiresEveryFieldButTheMarketShare(SupplyReportField field) {
        assertThat(RequiredFields.isRequired(ReportKind.ADDITIONAL, field)).isTrue();
        assertThat(RequiredFields.isRequired(ReportKind.RE_REPORT, field)).isTrue();
        assertThat(field.isAnsweredIn(SupplyReport.empty())).isFalse();
        assertThat(field.isAnsweredIn(complete(DisruptionKind.SHORTAGE).build())).isTrue();
        assertThat(SupplyReportField.byFieldName(field.fieldName())).contains(field);
    }

    @Test
    void theMarketShareIsAskedOnlyIfKnown() {
        SupplyReport report = complete(DisruptionKind.SHORTAGE).marketSharePercent(null).build();

        for (ReportKind kind : ReportKind.values()) {
            assertThat(RequiredFields.isRequired(kind, SupplyReportField.MARKET_SHARE)).as(kind.name()).isFalse();
        }
        assertThat(SupplyReportValidator.validate(ReportKind.ADDITIONAL, report)).isEmpty();
    }

    @Test
    void everyViolationIsReportedAtOnceInFormOrder() {
        List<Problem> violations = SupplyReportValidator.validate(ReportKind.ADDITIONAL, firstReport(DisruptionKind.SHORTAGE));

        assertThat(violations).extracting(Problem::field).containsExactly("approvalNumber", "jmdnCode",
                "deviceClass", "affectedLots", "cause", "startDate", "expectedRecoveryOrEndDate", "stockOnHand",
                "stockMonths", "monthlyDemand", "alternatives", "assessedImpact", "impactReasoning", "informationGiven");
    }

    @Test
    void noAlternativeAvailableAnswersTheAlternativesField() {
        SupplyReport none = complete(DisruptionKind.SHORTAGE).alternatives(List.of()).noAlternativeAvailable(true).build();
        SupplyReport unanswered = complete(DisruptionKind.SHORTAGE).alternatives(List.of()).build();

        assertThat(SupplyReportValidator.validate(ReportKind.ADDITIONAL, none)).isEmpty();
        assertThat(SupplyReportValidator.validate(ReportKind.ADDITIONAL, unanswered)).extracting(Problem::field)
                .containsExactly("alternatives");
    }

    @Test
    void aContactNeedsANameAndAPhoneOrEmail() {
        SupplyReport report = complete(DisruptionKind.SHORTAGE).contact(new ContactPerson("山田", "品質保証部", null, null)).build();

        assertThat(SupplyReportValidator.validate(ReportKind.ADDITIONAL, report)).extracting(Problem::field)
                .containsExactly("contact");
    }

    @Test
    void theSimpleReportRequiresWhatThe10_3Requires() {
        Set<SupplyReportField> notice = RequiredFields.of(ReportKind.TERMINATION_NOTICE);

        assertThat(RequiredFields.of(ReportKind.SIMPLE)).isEqualTo(notice);
        assertThat(notice).contains(SupplyReportField.EXPECTED_RECOVERY_OR_END_DATE, SupplyReportField.ALTERNATIVES,
                SupplyReportField.INFORMATION_GIVEN, SupplyReportField.STOCK_ON_HAND);
        assertThat(notice).doesNotContain(SupplyReportField.AFFECTED_LOTS, SupplyReportField.MONTHLY_DEMAND,
                SupplyReportField.START_DATE, SupplyReportField.MARKET_SHARE);
        assertThat(EnumSet.copyOf(RequiredFields.of(ReportKind.ADDITIONAL))).containsAll(notice);
    }

    @Test
    void aSimpleReportOr10_3IsAboutATermination() {
        SupplyReport shortage = complete(DisruptionKind.SHORTAGE).build();

        assertThat(SupplyReportValidator.validate(ReportKind.SIMPLE, shortage))
                .extracting(Problem::field, Problem::messageJa, Problem::messageEn).containsExactly(tuple(
                        "disruptionKind", "簡易報告は供給終了についての報告です(選択: 欠品)。",
                        "A simple report is about a supply termination (chosen: shortage)."));
        assertThat(SupplyReportValidator.validate(ReportKind.TERMINATION_NOTICE, shortage)).extracting(Problem::field)
                .containsExactly("disruptionKind");
        assertThat(SupplyReportValidator.validate(ReportKind.TERMINATION_NOTICE, complete(DisruptionKind.TERMINATION).build()))
                .isEmpty();
    }

    @Test
    void aJmdnCodeHasEightDigits() {
        assertThat(SupplyReportValidator.validate(ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE).toBuilder()
                .jmdnCode("3509400").build()))
                .extracting(Problem::field, Problem::messageEn)
                .containsExactly(tuple("jmdnCode", "The JMDN code has eight digits (entered: 3509400)."));
        assertThat(SupplyReportValidator.validate(ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE).toBuilder()
                .jmdnCode("3509400A").build())).hasSize(1);
    }

    @Test
    void theEndDateIsNotBeforeTheStartDate() {
        SupplyReport report = complete(DisruptionKind.SHORTAGE).startDate(LocalDate.of(2025, 4, 10))
                .expectedRecoveryOrEndDate(LocalDate.of(2025, 4, 9)).build();

        assertThat(SupplyReportValidator.validate(ReportKind.ADDITIONAL, report))
                .extracting(Problem::field, Problem::messageJa, Problem::messageEn)
                .containsExactly(tuple("expectedRecoveryOrEndDate", "回復見込み日・供給終了日が発生日(2025-04-10)より前です。",
                        "The expected recovery or end date is before the start date (2025-04-10)."));
        assertThat(SupplyReportValidator.validate(ReportKind.ADDITIONAL, report.toBuilder()
                .expectedRecoveryOrEndDate(LocalDate.of(2025, 4, 10)).build())).isEmpty();
    }

    @Test
    void aCauseOtherIsExplainedEvenInAFirstReport() {
        SupplyReport report = firstReport(DisruptionKind.SHORTAGE).toBuilder().cause(Cause.of(CauseCategory.OTHER)).build();

        assertThat(SupplyReportValidator.validate(ReportKind.FIRST, report))
                .extracting(Problem::field, Problem::messageJa, Problem::messageEn)
                .containsExactly(tuple("cause", "原因が「その他」の場合は内容を記入してください。", "Describe the cause when it is \"other\"."));
    }

    @Test
    void requireValidThrowsWithEveryViolation() {
        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class,
                () -> SupplyReportValidator.requireValid(ReportKind.FIRST, SupplyReport.empty()));

        assertThat(rejected.kind()).isEqualTo(ReportKind.FIRST);
        assertThat(rejected.violations()).hasSize(3);
        assertThat(rejected).hasMessageStartingWith("The first report was refused: Product name is required");
        assertThatThrownBy(() -> rejected.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requiredFieldsAreListedInFormOrderAndCannotBeChanged() {
        assertThat(RequiredFields.of(ReportKind.TERMINATION_NOTICE)).first().isEqualTo(SupplyReportField.PRODUCT_NAME);
        assertThatThrownBy(() -> RequiredFields.of(ReportKind.FIRST).clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
