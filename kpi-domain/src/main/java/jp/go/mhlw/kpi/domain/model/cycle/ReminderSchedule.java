package jp.go.mhlw.kpi.domain.model.cycle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * On which days before a request's due date its reporters are reminded, e.g. 14, 7 and 1 days before. Stored as
 * text ("14,7,1"), largest first; an empty schedule sends no reminders.
 */
public record ReminderSchedule(List<Integer> daysBefore) {

    /** At most this many reminders per request. */
    public static final int MAX_REMINDERS = 10;
    /** Reminders start at most this many days before the due date. */
    public static final int MAX_DAYS_BEFORE = 180;

    public ReminderSchedule {
        TreeSet<Integer> distinct = new TreeSet<>(Comparator.reverseOrder());
        for (Integer days : daysBefore) {
            if (days == null || days < 1 || days > MAX_DAYS_BEFORE) {
                throw new IllegalArgumentException("A reminder is sent 1 to " + MAX_DAYS_BEFORE
                        + " days before the due date, not " + days);
            }
            if (!distinct.add(days)) {
                throw new IllegalArgumentException("The reminder " + days + " days before the due date is given twice");
            }
        }
        if (distinct.size() > MAX_REMINDERS) {
            throw new IllegalArgumentException("At most " + MAX_REMINDERS + " reminders per request, not " + distinct.size());
        }
        daysBefore = List.copyOf(distinct);
    }

    public static ReminderSchedule of(Integer... daysBefore) {
        return new ReminderSchedule(Arrays.asList(daysBefore));
    }

    public static ReminderSchedule of(Collection<Integer> daysBefore) {
        return new ReminderSchedule(List.copyOf(daysBefore));
    }

    public static ReminderSchedule none() {
        return new ReminderSchedule(List.of());
    }

    /** Reads "14, 7, 1" (commas or spaces); blank is no reminders. Anything else is refused with the part named. */
    public static ReminderSchedule parse(String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        List<Integer> days = new java.util.ArrayList<>();
        for (String part : text.strip().split("[,、\\s]+")) {
            try {
                days.add(Integer.valueOf(part));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("The reminder schedule lists days before the due date as whole"
                        + " numbers, e.g. \"14,7,1\"; \"" + part + "\" is not one");
            }
        }
        return new ReminderSchedule(days);
    }

    /** The dates a request due on {@code due} is reminded on, earliest first. */
    public List<LocalDate> datesBefore(LocalDate due) {
        return daysBefore.stream().map(due::minusDays).toList();
    }

    /** "14,7,1" as stored; empty for no reminders. */
    public String text() {
        return daysBefore.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public boolean isEmpty() {
        return daysBefore.isEmpty();
    }

    @Override
    public String toString() {
        return text();
    }
}
