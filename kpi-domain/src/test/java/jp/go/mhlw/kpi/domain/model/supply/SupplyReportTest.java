package jp.go.mhlw.kpi.domain.model.supply;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyFixtures.complete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyReportTest {

    @Test
    void anEmptyReportIsAllowedForDrafts() {
        SupplyReport empty = SupplyReport.empty();

        assertThat(empty.productName()).isNull();
        assertThat(empty.affectedLots()).isEmpty();
        assertThat(empty.alternatives()).isEmpty();
    }

    @Test
    void blankTextsAreNoAnswer() {
        SupplyReport report = SupplyReport.builder().productName("  ").impactReasoning("\t").informationGiven(" 通知済み ").build();

        assertThat(report.productName()).isNull();
        assertThat(report.impactReasoning()).isNull();
        assertThat(report.informationGiven()).isEqualTo("通知済み");
    }

    @Test
    void quantitiesAreNeverNegative() {
        assertThatThrownBy(() -> SupplyReport.builder().stockOnHand(-1L).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("stockOnHand must not be negative (entered: -1).");
        assertThatThrownBy(() -> SupplyReport.builder().monthlyDemand(-5L).build()).hasMessageContaining("monthlyDemand");
        assertThatThrownBy(() -> SupplyReport.builder().stockMonths(new BigDecimal("-0.5")).build())
                .hasMessage("stockMonths must not be negative (entered: -0.5).");
        assertThatThrownBy(() -> SupplyReport.builder().marketSharePercent(new BigDecimal("-1")).build())
                .hasMessageContaining("marketSharePercent");
        assertThatThrownBy(() -> new AffectedLot("M-1", null, -3L)).hasMessageContaining("quantity");
        assertThatThrownBy(() -> new StockAnswer(-1L, 0L, null)).hasMessageContaining("stockOnHand");
    }

    @Test
    void zeroIsAValidQuantity() {
        SupplyReport report = SupplyReport.builder().stockOnHand(0L).stockMonths(BigDecimal.ZERO).monthlyDemand(0L)
                .marketSharePercent(BigDecimal.ZERO).build();

        assertThat(report.stockOnHand()).isZero();
    }

    @Test
    void aMarketShareIsAPercentage() {
        assertThat(SupplyReport.builder().marketSharePercent(new BigDecimal("100")).build().marketSharePercent())
                .isEqualByComparingTo("100");
        assertThatThrownBy(() -> SupplyReport.builder().marketSharePercent(new BigDecimal("100.1")).build())
                .hasMessage("marketSharePercent must be a number from 0 to 100 (entered: 100.1).");
    }

    @Test
    void alternativesAndNoAlternativeExcludeEachOther() {
        assertThatThrownBy(() -> complete(DisruptionKind.SHORTAGE).noAlternativeAvailable(true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no alternative");
        assertThat(complete(DisruptionKind.SHORTAGE).alternatives(List.of()).noAlternativeAvailable(true).build()
                .noAlternativeAvailable()).isTrue();
    }

    @Test
    void listsAreCopiedAndCannotBeChanged() {
        List<AffectedLot> lots = new ArrayList<>(List.of(new AffectedLot("M-1", null, null)));
        SupplyReport report = SupplyReport.builder().affectedLots(lots).build();
        lots.add(new AffectedLot(null, "L-2", 5L));

        assertThat(report.affectedLots()).hasSize(1);
        assertThatThrownBy(() -> report.alternatives().add(new Alternative("x", "y", null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void smallRecordsCheckWhatMakesThemMeaningful() {
        assertThatThrownBy(() -> new AffectedLot(" ", null, 1L)).hasMessageContaining("model or a lot number");
        assertThatThrownBy(() -> new Alternative(" ", "B社", null)).hasMessageContaining("product name");
        assertThatThrownBy(() -> new Alternative("製品B", null, null)).hasMessageContaining("maker");
        assertThat(new Alternative("製品B", "B社", " ").makerOrganisation()).isEmpty();
        assertThat(new Alternative("製品B", "B社", "MAKER-B").makerOrganisation()).contains("MAKER-B");
        assertThatThrownBy(() -> new Cause(null, "x")).isInstanceOf(NullPointerException.class);
        assertThat(Cause.of(CauseCategory.OTHER).isComplete()).isFalse();
        assertThat(new Cause(CauseCategory.OTHER, "工場火災").isComplete()).isTrue();
        assertThat(new ContactPerson("山田", null, null, null).isComplete()).isFalse();
        assertThat(new ContactPerson("山田", null, null, "y@example.jp").isComplete()).isTrue();
        assertThat(new ContactPerson(null, null, "03", null).isComplete()).isFalse();
        assertThatThrownBy(() -> new StockAnswer(null, null, " ")).hasMessageContaining("stock, capacity or a note");
        assertThatThrownBy(() -> new Product(" ", null)).hasMessageContaining("product name");
    }

    @Test
    void toBuilderKeepsEveryField() {
        SupplyReport report = complete(DisruptionKind.INSTABILITY).build();

        assertThat(report.toBuilder().build()).isEqualTo(report);
        assertThat(report.toBuilder().stockOnHand(10L).build().stockOnHand()).isEqualTo(10L);
    }
}
