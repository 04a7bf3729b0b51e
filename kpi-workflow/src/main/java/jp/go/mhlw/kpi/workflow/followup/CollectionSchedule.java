package jp.go.mhlw.kpi.workflow.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.function.LongFunction;
import jp.go.mhlw.kpi.application.followup.CollectionJobs;
import jp.go.mhlw.kpi.domain.model.request.RequestSchedule;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The report-request model's dates ({@code ${collectionSchedule.…(requestId)}}), read from the request's current
 * due date and its cycle's reminder schedule each time a timer is set, so an extension re-arms them. "Now" is the
 * engine's clock, which process tests move.
 */
@ApplicationScoped
@Named("collectionSchedule")
public class CollectionSchedule {

    /** Where no reminder is left the loop ends; this date is never used as a timer (the gateway checks first). */
    private static final Date NONE = new Date(Long.MAX_VALUE);

    private final LongFunction<RequestSchedule> schedules;

    /** For CDI's proxy only. */
    protected CollectionSchedule() {
        this.schedules = null;
    }

    @Inject
    public CollectionSchedule(CollectionJobs jobs) {
        this(jobs::schedule);
    }

    public CollectionSchedule(LongFunction<RequestSchedule> schedules) {
        this.schedules = schedules;
    }

    /** The reporter's task is due at the end of the due date. */
    public Date dueDate(long requestId) {
        return Date.from(schedules.apply(requestId).dueAt());
    }

    /** The secretariat is asked to act when the day after the due date begins. */
    public Date escalationAt(long requestId) {
        return Date.from(schedules.apply(requestId).escalationAt());
    }

    /**
     * Whether the request's escalation lies ahead: after the secretariat's escalation task, true only when the
     * deadline was extended past now, so the body is escalated again if it misses the new date too.
     */
    public boolean isEscalationAhead(long requestId) {
        return schedules.apply(requestId).escalationAt().isAfter(ClockUtil.getCurrentTime().toInstant());
    }

    public boolean hasReminderLeft(long requestId) {
        return schedules.apply(requestId).nextReminderAfter(ClockUtil.getCurrentTime().toInstant()).isPresent();
    }

    public Date nextReminder(long requestId) {
        return schedules.apply(requestId).nextReminderAfter(ClockUtil.getCurrentTime().toInstant()).map(Date::from)
                .orElse(NONE);
    }
}
