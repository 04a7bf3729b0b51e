package jp.go.mhlw.kpi.application.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.InMemoryIncidents;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.audit.LoginAudit;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Test;

/** Retrying and cancelling incidents, and recording logins: what reaches the engine and the audit trail. */
class IncidentsTest {

    private final InMemoryIncidents engine = new InMemoryIncidents();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final Incidents incidents = new Incidents(engine, audit);

    @Test
    void aRetryAsksTheEngineForOneMoreAttemptAndIsRecorded() {
        engine.add("i-1", "1049");

        incidents.retry("i-1");

        assertThat(engine.calls).containsExactly("retry i-1");
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("incident.retried");
            assertThat(entry.objectId()).isEqualTo("i-1");
            assertThat(entry.summary()).contains("account-request 1049").contains("already taken");
        });
    }

    @Test
    void cancellingNeedsAReasonWhichGoesToTheEngineAndTheAuditTrail() {
        engine.add("i-1", "1049");

        EntryRejectedException noReason = catchThrowableOfType(EntryRejectedException.class, () -> incidents.cancel("i-1", "  "));
        assertThat(noReason.getProblems()).extracting(Problem::field).containsExactly("reason");
        assertThat(engine.calls).isEmpty();

        incidents.cancel("i-1", " the company withdrew ");

        assertThat(engine.calls).containsExactly("cancel i-1: the company withdrew");
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("incident.cancelled");
            assertThat(entry.after()).contains("\"reason\":\"the company withdrew\"");
        });
        assertThat(incidents.open()).isEmpty();
    }

    @Test
    void anIncidentResolvedMeanwhileIsSaidSo() {
        EntryRejectedException gone = catchThrowableOfType(EntryRejectedException.class, () -> incidents.retry("i-9"));

        assertThat(gone.getProblems()).extracting(Problem::messageEn).containsExactly(
                "This incident has been resolved meanwhile or does not exist.");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void onlyAdministratorsSeeAndHandleIncidents() {
        assertThat(Incidents.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.Names.ADMIN);
    }

    @Test
    void aLoginIsRecordedWithTheCallersOrganisation() {
        CurrentCaller caller = new CurrentCaller();
        caller.establish(new Caller("officer1", Set.of(Role.MINISTRY_OFFICER), Optional.of("MHLW-KIKI")));

        new LoginAudit(audit, caller).loggedIn();

        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.logged-in");
            assertThat(entry.objectId()).isEqualTo("officer1");
            assertThat(entry.objectOrganisation()).isEqualTo("MHLW-KIKI");
        });
    }
}
