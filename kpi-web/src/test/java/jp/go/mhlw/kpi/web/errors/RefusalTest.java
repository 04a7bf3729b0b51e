package jp.go.mhlw.kpi.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import jp.go.mhlw.kpi.application.security.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** A screen failure becomes the page that explains it, however deep the container wrapped its cause. */
class RefusalTest {

    @Test
    void aRoleTheServiceRefusesIsForbiddenEvenWrappedByFacesAndTheContainer() {
        Throwable wrapped = new ServletException(new FacesException(new EJBAccessException("no role")));

        assertThat(Refusal.of(wrapped, false)).contains(Refusal.FORBIDDEN);
        assertThat(Refusal.FORBIDDEN.status()).isEqualTo(403);
    }

    @Test
    void theDatabaseOutOfReachIsUnavailableNotAFault() {
        Throwable wrapped = new FacesException(new EJBException(new jakarta.persistence.PersistenceException(
                new java.sql.SQLException("Connection to 127.0.0.1:5432 refused.", "08001"))));

        assertThat(Refusal.of(wrapped, false)).contains(Refusal.UNAVAILABLE);
        assertThat(Refusal.UNAVAILABLE.status()).isEqualTo(503);
    }

    @Test
    void anotherOrganisationsObjectIsForbidden() {
        assertThat(Refusal.of(new EJBException(new AccessDeniedException("not yours")), false))
                .contains(Refusal.FORBIDDEN);
    }

    @Test
    void anExpiredViewLeadsToTheExpiredPage() {
        assertThat(Refusal.of(new FacesException(new ViewExpiredException("/cycle/index.xhtml")), false))
                .contains(Refusal.EXPIRED);
        assertThat(Refusal.EXPIRED.page()).isEqualTo("/error/expired.xhtml");
    }

    @Test
    void anyFailureWhileRestoringAPostedViewIsAnUnreadableStateNotAFault() {
        Throwable garbageState = new IllegalArgumentException("bad state token");

        assertThat(Refusal.of(garbageState, true)).contains(Refusal.EXPIRED);
        assertThat(Refusal.of(garbageState, false)).isEmpty();
    }

    @Test
    void aFaultIsNoRefusal() {
        assertThat(Refusal.of(new FacesException(new NullPointerException()), false)).isEmpty();
    }
}
