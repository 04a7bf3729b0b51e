package jp.go.mhlw.kpi.web.demo;

import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** A user of the demo realm (keycloak/kpi-realm.json) as the living year acts in their name. */
record DemoUser(String userName, Role role, String organisation) {

    static final DemoUser SECRETARIAT = new DemoUser("secretariat1", Role.SECRETARIAT, "MHLW-ISEI");
    static final DemoUser OFFICER = new DemoUser("officer1", Role.MINISTRY_OFFICER, "MHLW-KIKI");
    static final DemoUser HUB_HIROSHIMA = new DemoUser("hub-hiroshima", Role.HUB_REPORTER, "HUB-HIROSHIMA");
    static final DemoUser HUB_HOKKAIDO = new DemoUser("hub-hokkaido", Role.HUB_REPORTER, "HUB-HOKKAIDO");
    static final DemoUser MAKER_A = new DemoUser("maker-a", Role.MANUFACTURER, "MAKER-A");
    static final DemoUser MAKER_B = new DemoUser("maker-b", Role.MANUFACTURER, "MAKER-B");

    Caller caller() {
        return new Caller(userName, Set.of(role), Optional.of(organisation));
    }
}
