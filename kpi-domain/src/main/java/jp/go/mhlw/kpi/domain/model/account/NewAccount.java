package jp.go.mhlw.kpi.domain.model.account;

import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * An account to be created for a user of an organisation, as the administrator entered it ({@link AccountRules}
 * checks and normalises it): no password, the user sets it from the identity provider's e-mail.
 */
public record NewAccount(String username, String email, String lastName, String firstName, String organisationCode,
                         Set<Role> roles) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
