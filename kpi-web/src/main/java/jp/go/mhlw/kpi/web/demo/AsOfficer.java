package jp.go.mhlw.kpi.web.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * The demo's work done with the role of a ministry officer (its run-as principal is mapped in
 * glassfish-application.xml); outside a transaction, so that each service call commits on its own, as from a screen.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@RunAs(Role.Names.MINISTRY_OFFICER)
public class AsOfficer {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
