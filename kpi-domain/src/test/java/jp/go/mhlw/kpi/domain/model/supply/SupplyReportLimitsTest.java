package jp.go.mhlw.kpi.domain.model.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class SupplyReportLimitsTest {

    @Test
    void everyValueBeyondItsLimitIsNamedAtItsField() {
        SupplyReport report = SupplyReport.builder().productName("Stent\u202Etxt").stockOnHand(1_000_000_000_000L)
                .startDate(LocalDate.of(9999, 1, 1)).impactReasoning("x".repeat(100_000))
                .affectedLot(new AffectedLot("M-1", "LOT\u0000", 5L))
                .contact(new ContactPerson("x".repeat(100_000), null, "03-0000-0000", "no-address")).build();

        assertThat(SupplyReportLimits.violations(report)).extracting(Problem::field).containsExactlyInAnyOrder(
                "productName", "stockOnHand", "startDate", "impactReasoning", "affectedLots[0].lotNumber", "contact.name",
                "contact.email");
    }

    @Test
    void aReportWithinItsLimitsPasses() {
        assertThat(SupplyReportLimits.violations(SupplyFixtures.complete(DisruptionKind.SHORTAGE).build())).isEmpty();
    }

    @Test
    void theCaseRefusesADraftBeyondTheLimitsAndKeepsNone() {
        SupplyCase supplyCase = SupplyFixtures.openedCase();
        SupplyReport draft = SupplyReport.builder().productName("Stent").startDate(LocalDate.of(9999, 1, 1)).build();

        ReportRejectedException rejected = catchThrowableOfType(ReportRejectedException.class, () -> supplyCase
                .saveDraft(SupplyFixtures.MAKER_A, ReportKind.FIRST, draft, SupplyFixtures.T0));

        assertThat(rejected.violations()).extracting(Problem::field).containsExactly("startDate");
        assertThat(supplyCase.draft()).isEmpty();
    }
}
