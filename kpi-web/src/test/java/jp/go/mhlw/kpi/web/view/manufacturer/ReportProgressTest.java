package jp.go.mhlw.kpi.web.view.manufacturer;

import static org.assertj.core.api.Assertions.assertThat;

import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportValidator;
import org.junit.jupiter.api.Test;

class ReportProgressTest {

    @Test
    void anEmptyFirstReportListsItsThreeRequiredFieldsInFormOrder() {
        ReportProgress progress = ReportProgress.of(ReportKind.FIRST, new SupplyReportValues()).orElseThrow();

        assertThat(progress.missing()).containsExactly(SupplyReportField.PRODUCT_NAME,
                SupplyReportField.DISRUPTION_KIND, SupplyReportField.CONTACT);
        assertThat(progress.required()).isEqualTo(3);
        assertThat(progress.answered()).isZero();
        assertThat(progress.complete()).isFalse();
    }

    @Test
    void aFieldLeavesTheListOnceItIsFilled() {
        SupplyReportValues values = new SupplyReportValues();
        values.setProductName("デモカテーテルA");
        values.setDisruptionKind(DisruptionKind.SHORTAGE);

        ReportProgress progress = ReportProgress.of(ReportKind.FIRST, values).orElseThrow();

        assertThat(progress.missing()).containsExactly(SupplyReportField.CONTACT);
        assertThat(progress.answered()).isEqualTo(2);
    }

    @Test
    void aContactCountsOnlyWithANameAndAPhoneOrAnEmailAddress() {
        SupplyReportValues values = new SupplyReportValues();
        values.setContactName("山田 太郎");
        assertThat(ReportProgress.of(ReportKind.FIRST, values).orElseThrow().missing())
                .contains(SupplyReportField.CONTACT);

        values.setContactEmail("yamada@example.jp");
        assertThat(ReportProgress.of(ReportKind.FIRST, values).orElseThrow().missing())
                .doesNotContain(SupplyReportField.CONTACT);
    }

    @Test
    void theListFollowsTheChosenKindAsTheServerWould() {
        SupplyReportValues values = new SupplyReportValues();
        values.setProductName("デモカテーテルA");
        values.setDisruptionKind(DisruptionKind.SHORTAGE);
        values.setContactName("山田 太郎");
        values.setContactPhone("03-0000-0000");

        assertThat(ReportProgress.of(ReportKind.FIRST, values).orElseThrow().complete()).isTrue();
        ReportProgress additional = ReportProgress.of(ReportKind.ADDITIONAL, values).orElseThrow();
        // every field but the market share, less the three given
        assertThat(additional.required()).isEqualTo(SupplyReportField.values().length - 1);
        assertThat(additional.missing()).hasSize(additional.required() - 3)
                .doesNotContain(SupplyReportField.MARKET_SHARE, SupplyReportField.PRODUCT_NAME)
                .startsWith(SupplyReportField.APPROVAL_NUMBER, SupplyReportField.JMDN_CODE);
        // the same fields the server names as missing when the report is filed
        assertThat(SupplyReportValidator.validate(ReportKind.ADDITIONAL, values.toReport()))
                .filteredOn(problem -> problem.messageEn().contains("is required"))
                .extracting(problem -> problem.field())
                .containsExactlyElementsOf(additional.missing().stream().map(SupplyReportField::fieldName).toList());
    }

    @Test
    void theSummaryGroupsTheMissingFieldsBySectionOfTheForm() {
        SupplyReportValues values = new SupplyReportValues();
        values.setProductName("デモカテーテルA");

        ReportProgress progress = ReportProgress.of(ReportKind.FIRST, values).orElseThrow();

        // a first report asks nothing of the supply figures or the impact: those sections are not listed
        assertThat(progress.sections()).extracting(ReportProgress.SectionProgress::section)
                .containsExactly(ReportSection.PRODUCT, ReportSection.DISRUPTION, ReportSection.CONTACT_PERSON);
        assertThat(progress.sections().get(0).missing()).isEmpty();
        assertThat(progress.sections().get(0).answered()).isEqualTo(1);
        assertThat(progress.sections().get(1).missing()).containsExactly(SupplyReportField.DISRUPTION_KIND);
    }

    @Test
    void everyFieldOfTheReportHasItsPlaceInOneSection() {
        for (SupplyReportField field : SupplyReportField.values()) {
            assertThat(java.util.Arrays.stream(ReportSection.values()).filter(s -> s.fields().contains(field)))
                    .as(field.name()).hasSize(1);
        }
    }

    @Test
    void contradictoryValuesGiveNoProgressSoTheFormKeepsTheLastOne() {
        SupplyReportValues values = new SupplyReportValues();
        values.setLotQuantity(-1L);
        values.setLotNumber("L-1");

        assertThat(ReportProgress.of(ReportKind.FIRST, values)).isEmpty();
    }

    @Test
    void eachLinkPointsAtTheElementThatTakesTheFocus() {
        assertThat(ReportProgress.anchor(SupplyReportField.PRODUCT_NAME)).isEqualTo("#reportForm:productName");
        assertThat(ReportProgress.anchor(SupplyReportField.DISRUPTION_KIND)).isEqualTo("#reportForm:disruptionKind_focus");
        assertThat(ReportProgress.anchor(SupplyReportField.START_DATE)).isEqualTo("#reportForm:startDate_input");
    }
}
