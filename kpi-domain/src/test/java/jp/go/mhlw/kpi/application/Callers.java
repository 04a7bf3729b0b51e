package jp.go.mhlw.kpi.application;

import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** The request's caller as the web module would establish it. */
public final class Callers {

    public static final String SECRETARIAT_USER = "secretariat.sato";

    private Callers() {
    }

    public static CurrentCaller committeeMember() {
        CurrentCaller current = new CurrentCaller();
        current.establish(new Caller("committee.tanaka", Set.of(Role.COMMITTEE_MEMBER), Optional.of("COMMITTEE")));
        return current;
    }

    public static CurrentCaller secretariat() {
        CurrentCaller current = new CurrentCaller();
        current.establish(new Caller(SECRETARIAT_USER, Set.of(Role.SECRETARIAT), Optional.of("MHLW-ISEI")));
        return current;
    }
}
