package jp.go.mhlw.kpi.domain.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.model.cycle.ReminderSchedule;
import org.junit.jupiter.api.Test;

class RequestScheduleTest {

    private final RequestSchedule schedule = new RequestSchedule(LocalDate.of(2025, 5, 31), ReminderSchedule.of(14, 7, 1), 9);

    @Test
    void datesAreJapaneseDays() {
        assertThat(schedule.dueAt()).isEqualTo(Instant.parse("2025-05-31T14:59:59Z"));
        assertThat(schedule.escalationAt()).isEqualTo(Instant.parse("2025-05-31T15:00:00Z"));
    }

    @Test
    void theSecretariatIsAskedAfterTheSetEscalationDelay() {
        RequestSchedule aWeekLater = new RequestSchedule(LocalDate.of(2025, 5, 31), ReminderSchedule.of(14, 7, 1), 9,
                Duration.ofDays(7));
        assertThat(aWeekLater.escalationAt()).isEqualTo(Instant.parse("2025-06-07T15:00:00Z"));
        assertThatThrownBy(() -> new RequestSchedule(LocalDate.of(2025, 5, 31), ReminderSchedule.none(), 9,
                Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextReminderIsTheFirstStillToCome() {
        assertThat(schedule.nextReminderAfter(Instant.parse("2025-04-10T00:00:00Z"))).contains(Instant.parse("2025-05-17T00:00:00Z"));
        assertThat(schedule.nextReminderAfter(Instant.parse("2025-05-17T00:00:00Z"))).contains(Instant.parse("2025-05-24T00:00:00Z"));
        assertThat(schedule.nextReminderAfter(Instant.parse("2025-05-30T00:00:00Z"))).isEmpty();
        assertThat(new RequestSchedule(LocalDate.of(2025, 5, 31), ReminderSchedule.none(), 9)
                .nextReminderAfter(Instant.parse("2025-04-10T00:00:00Z"))).isEmpty();
    }
}
