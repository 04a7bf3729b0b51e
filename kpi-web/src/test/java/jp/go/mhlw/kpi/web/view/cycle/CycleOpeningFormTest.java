package jp.go.mhlw.kpi.web.view.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import org.junit.jupiter.api.Test;

class CycleOpeningFormTest {

    private static final BasicPlan PLAN_2 = new BasicPlan("PLAN-2", "第2期", "2nd", LocalDate.of(2022, 5, 31),
            LocalDate.of(2022, 5, 31));
    private static final BasicPlan PLAN_3 = new BasicPlan("PLAN-3", "第3期", "3rd", LocalDate.of(2027, 5, 28),
            LocalDate.of(2027, 5, 28));

    @Test
    void aPlanImportedBeforeItBeginsIsNotOfferedFirstForAYearItDoesNotCover() {
        assertThat(CycleOpeningForm.defaultPlan(List.of(PLAN_2, PLAN_3), JapaneseFiscalYear.of(2025)))
                .isEqualTo("PLAN-2");
        assertThat(CycleOpeningForm.defaultPlan(List.of(PLAN_2, PLAN_3), JapaneseFiscalYear.of(2027)))
                .isEqualTo("PLAN-3");
        assertThat(CycleOpeningForm.defaultPlan(List.of(PLAN_3), JapaneseFiscalYear.of(2025))).isEqualTo("PLAN-3");
        assertThat(CycleOpeningForm.defaultPlan(List.of(), JapaneseFiscalYear.of(2025))).isNull();
    }
}
