package jp.go.mhlw.kpi.domain.model.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    @Test
    void readsDaysBeforeTheDueDateLargestFirst() {
        ReminderSchedule schedule = ReminderSchedule.parse(" 7, 14 1 ");
        assertThat(schedule.daysBefore()).containsExactly(14, 7, 1);
        assertThat(schedule.text()).isEqualTo("14,7,1");
        assertThat(schedule.datesBefore(LocalDate.of(2025, 5, 31)))
                .containsExactly(LocalDate.of(2025, 5, 17), LocalDate.of(2025, 5, 24), LocalDate.of(2025, 5, 30));
        assertThat(ReminderSchedule.parse("14、7").daysBefore()).containsExactly(14, 7);
    }

    @Test
    void blankIsNoReminders() {
        assertThat(ReminderSchedule.parse("  ").isEmpty()).isTrue();
        assertThat(ReminderSchedule.parse(null).text()).isEmpty();
    }

    @Test
    void refusesWhatIsNotAScheduleNamingThePart() {
        assertThatThrownBy(() -> ReminderSchedule.parse("14,x")).hasMessageContaining("\"x\" is not one");
        assertThatThrownBy(() -> ReminderSchedule.parse("0")).hasMessageContaining("1 to 180 days");
        assertThatThrownBy(() -> ReminderSchedule.parse("181")).hasMessageContaining("not 181");
        assertThatThrownBy(() -> ReminderSchedule.parse("7,7")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> ReminderSchedule.parse("1,2,3,4,5,6,7,8,9,10,11")).hasMessageContaining("At most 10");
    }
}
