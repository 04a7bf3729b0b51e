package jp.go.mhlw.kpi.application.tasks;

import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * The candidate groups of the process tasks: a role ("ministry-officer"), or a role within one organisation
 * ("hub-reporter:HUB-HIROSHIMA") for tasks that only that organisation's users may do.
 */
public final class TaskGroups {

    private TaskGroups() {
    }

    /** "hub-reporter:HUB-HIROSHIMA": the candidate group of a role's users within one organisation. */
    public static String withinOrganisation(String roleName, String organisationCode) {
        return roleName + ":" + organisationCode;
    }

    /** The caller's groups: each role, and each role within the caller's organisation. */
    public static List<String> of(Caller caller) {
        List<String> groups = new ArrayList<>();
        for (Role role : caller.roles()) {
            groups.add(role.roleName());
            caller.organisationCode().ifPresent(org -> groups.add(withinOrganisation(role.roleName(), org)));
        }
        return groups;
    }
}
