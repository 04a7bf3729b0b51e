package jp.go.mhlw.kpi.domain.model.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.cycle.ReminderSchedule;

/**
 * When a request's timers fire, from its current due date and its cycle's reminder schedule (Japan time): reminders
 * at {@code reminderHour} on their days, the deadline at the end of the due date, escalation {@code escalationDelay}
 * after the next day begins. Read afresh each time a timer is set, so an extended due date (or a changed setting)
 * moves them all.
 */
public record RequestSchedule(LocalDate due, ReminderSchedule reminders, int reminderHour, Duration escalationDelay) {

    /** Escalation as soon as the day after the due date begins. */
    public RequestSchedule(LocalDate due, ReminderSchedule reminders, int reminderHour) {
        this(due, reminders, reminderHour, Duration.ZERO);
    }

    public RequestSchedule {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(reminders, "reminders");
        if (escalationDelay == null || escalationDelay.isNegative()) {
            throw new IllegalArgumentException("the escalation delay must be zero or positive, was " + escalationDelay);
        }
        if (reminderHour < 0 || reminderHour > 23) {
            throw new IllegalArgumentException("reminder hour must be 0..23, was " + reminderHour);
        }
    }

    /** The last moment of the due date. */
    public Instant dueAt() {
        return endOf(due);
    }

    /** The last moment of a date in Japan. */
    public static Instant endOf(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59, 59)).atZone(JapaneseFiscalYear.JAPAN_TIME).toInstant();
    }

    /** The request is overdue from the start of the day after its due date; the secretariat is asked after the delay. */
    public Instant escalationAt() {
        return due.plusDays(1).atStartOfDay(JapaneseFiscalYear.JAPAN_TIME).toInstant().plus(escalationDelay);
    }

    /** The first reminder still to come after {@code now}; empty when none is left. */
    public Optional<Instant> nextReminderAfter(Instant now) {
        return reminders.datesBefore(due).stream()
                .map(date -> date.atTime(reminderHour, 0).atZone(JapaneseFiscalYear.JAPAN_TIME).toInstant())
                .filter(reminder -> reminder.isAfter(now))
                .findFirst();
    }
}
