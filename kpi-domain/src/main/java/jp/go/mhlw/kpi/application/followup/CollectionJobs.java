package jp.go.mhlw.kpi.application.followup;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.request.RequestSchedule;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.setting.Settings;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * What the collection's processes do in the background (timers and asynchronous steps of the job executor): read a
 * request's schedule, e-mail its reporters, tell when a cycle's collection is complete. Permitted to all because
 * no user is behind a job; nothing here is reachable from a screen or the API.
 */
@Stateless
@PermitAll
public class CollectionJobs {

    private static final Logger LOG = Logger.getLogger(CollectionJobs.class.getName());

    @Inject
    ReportRequestRepository requests;

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    IdentityProvider identities;

    @Inject
    MailSender mailSender;

    @Inject
    FollowUpSettings settings;

    /** The administrators' settings (the escalation delay); none in unit tests that do not need them. */
    @Inject
    Settings administratorsSettings;

    @Inject
    AuditTrail auditTrail;

    Clock clock = Clock.systemUTC();

    /** A request whose process is to start: its id and who fills it in. */
    public record OpenRequest(long requestId, String organisationCode, String reporterRole) {
    }

    /** The cycle's requests still open (a request closed before its process started gets none). */
    @ReadOnly
    public List<OpenRequest> openRequests(long cycleId) {
        return requests.findByCycle(cycleId).stream().filter(request -> !request.getState().isSettled())
                .map(request -> new OpenRequest(request.getId(), request.getOrganisationCode(),
                        request.getReporterRole().roleName()))
                .toList();
    }

    /** The request's due date and its cycle's reminder schedule, as its timers read them. */
    @ReadOnly
    public RequestSchedule schedule(long requestId) {
        ReportRequest request = load(requestId);
        return new RequestSchedule(request.getDue(), request.getCycle().reminderSchedule(), settings.getReminderHour(),
                escalationDelay());
    }

    private Duration escalationDelay() {
        if (administratorsSettings == null) {
            return Duration.ZERO;
        }
        try {
            return administratorsSettings.duration(SettingKeys.FOLLOWUP_ESCALATION_DELAY_AFTER_DUE);
        } catch (RuntimeException unreadable) {
            LOG.warning(() -> "the escalation delay cannot be read (" + unreadable.getMessage() + "); escalating at once");
            return Duration.ZERO;
        }
    }

    /**
     * E-mails the request (or, once overdue, a reminder) to the body's reporters. Nothing for a settled request.
     * A body without a reporter with an e-mail address gets nothing, and the log says so: retrying would not help.
     */
    public void sendRequestMail(long requestId) {
        ReportRequest request = load(requestId);
        if (request.getState().isSettled()) {
            return;
        }
        boolean overdue = request.isOverdue(today());
        send(request, overdue ? RequestMail.Kind.REMINDER : RequestMail.Kind.REQUEST, "report-request.mail-sent");
    }

    /** The scheduled reminder: e-mailed while the body still has to submit, and counted on the request. */
    public void sendReminder(long requestId) {
        ReportRequest request = load(requestId);
        if (!request.getState().isWithReporter()) {
            return;
        }
        send(request, RequestMail.Kind.REMINDER, "report-request.reminded");
    }

    /** True when every request of the request's cycle is approved or closed. */
    @ReadOnly
    public boolean collectionComplete(long requestId) {
        ReportRequest request = load(requestId);
        return request.getCycle().getStatus() == CycleStatus.COLLECTING
                // a count, not the cycle's requests: this runs after every approval (2,000 bodies: 2,000 rows each time)
                && requests.countUnsettled(request.getCycle().getId()) == 0;
    }

    /**
     * True when a correction approved now has to be aggregated again: the request's cycle was aggregated (it is in
     * review or before the committee). While collecting, the aggregation to come reads the corrected version; once
     * published, the secretariat corrects the published report, which aggregates again.
     */
    @ReadOnly
    public boolean aggregatesAgainAfterCorrection(long requestId) {
        CycleStatus status = load(requestId).getCycle().getStatus();
        return status == CycleStatus.REVIEWING || status == CycleStatus.COMMITTEE_REVIEW;
    }

    /** The cycle's collection is over: it goes on to review. Nothing when it already has (a retried job). */
    public void collectionEnded(long cycleId) {
        FollowUpCycle cycle = cycles.find(cycleId).orElseThrow(() -> new IllegalArgumentException("no cycle " + cycleId));
        if (cycle.getStatus() != CycleStatus.COLLECTING) {
            return;
        }
        List<ReportRequest> all = requests.findByCycle(cycleId);
        long approved = all.stream().filter(r -> r.getState() == RequestState.APPROVED).count();
        cycle.closeCollection(clock.instant());
        auditTrail.record(new AuditEntry("follow-up-cycle.collection-ended", CycleOpening.CYCLE_OBJECT_TYPE,
                String.valueOf(cycleId), null, Texts.text(Texts.JAPANESE, "followup.audit.collectionEnded",
                        cycle.getDisplayName(), String.valueOf(approved), String.valueOf(all.size())),
                AuditJson.object().with("status", CycleStatus.COLLECTING.name()).toString(),
                AuditJson.object().with("status", cycle.getStatus().name()).toString()));
    }

    private void send(ReportRequest request, RequestMail.Kind kind, String action) {
        List<String> recipients = identities.findByOrganisation(request.getOrganisationCode()).stream()
                .filter(UserAccount::isEnabled)
                .filter(user -> user.hasRole(request.getReporterRole()))
                .map(UserAccount::getEmail)
                .filter(email -> email != null && !email.isBlank())
                .distinct()
                .toList();
        if (recipients.isEmpty()) {
            LOG.warning(() -> "Report request " + request.getId() + ": no enabled " + request.getReporterRole().roleName()
                    + " with an e-mail address in " + request.getOrganisationCode() + "; nothing sent");
            return;
        }
        RequestMail mail = RequestMail.compose(kind, recipients, request.getOrganisation().getNameJa(),
                request.getOrganisation().getNameEn(), request.getCycle().getDisplayName(), request.getDue().toString(),
                settings.reportFormUrl(request.getId()));
        mailSender.send(mail);
        if (kind == RequestMail.Kind.REMINDER && "report-request.reminded".equals(action)) {
            request.reminded(clock.instant());
        }
        auditTrail.record(AuditEntry.of(action, ReportRequestService.OBJECT_TYPE, String.valueOf(request.getId()),
                request.getOrganisationCode(), Texts.text(Texts.JAPANESE, kind.bundleKey("audit"),
                        request.getCycle().getDisplayName(), request.getOrganisationCode(),
                        String.valueOf(recipients.size()))));
    }

    private ReportRequest load(long requestId) {
        return requests.find(requestId).orElseThrow(() -> new ReportRequestNotFoundException(requestId));
    }

    private LocalDate today() {
        return clock.instant().atZone(JapaneseFiscalYear.JAPAN_TIME).toLocalDate();
    }

    Instant now() {
        return clock.instant();
    }
}
