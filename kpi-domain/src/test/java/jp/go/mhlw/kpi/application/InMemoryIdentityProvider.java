package jp.go.mhlw.kpi.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.go.mhlw.kpi.domain.model.account.EmailDelivery;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException.Reason;
import jp.go.mhlw.kpi.domain.model.account.Invitation;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** The identity provider as the services see it, in memory (KeycloakIdentityProviderTest covers the real one). */
public class InMemoryIdentityProvider implements IdentityProvider {

    public final Map<String, UserAccount> accounts = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    public boolean mailServer = true;
    public boolean unavailable;

    public UserAccount add(String username, String organisation, Role... roles) {
        return add(username, organisation, Locale.JAPANESE, roles);
    }

    /** A user who chose this language in the identity provider. */
    public UserAccount add(String username, String organisation, Locale language, Role... roles) {
        UserAccount account = new UserAccount(UUID.randomUUID().toString(), username, username + "@example.test", "姓", "名",
                organisation, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), true, false, language);
        accounts.put(account.getId(), account);
        return account;
    }

    public UserAccount byName(String username) {
        return accounts.values().stream().filter(a -> a.getUsername().equals(username)).findFirst().orElse(null);
    }

    @Override
    public Invitation invite(NewAccount account) {
        available();
        calls.add("invite " + account.username());
        for (UserAccount other : accounts.values()) {
            if (other.getUsername().equals(account.username())) {
                throw new IdentityProviderException(Reason.USERNAME_TAKEN, "keycloak.usernameTaken",
                        account.username());
            }
        }
        UserAccount created = new UserAccount(UUID.randomUUID().toString(), account.username(), account.email(),
                account.lastName(), account.firstName(), account.organisationCode(), account.roles(), true, true);
        accounts.put(created.getId(), created);
        return new Invitation(created, sendSetPasswordEmail(created.getId()));
    }

    @Override
    public EmailDelivery sendSetPasswordEmail(String userId) {
        available();
        return mailServer ? EmailDelivery.sent() : EmailDelivery.notSent("Failed to send execute actions email");
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        available();
        return Optional.ofNullable(accounts.get(userId));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        available();
        return Optional.ofNullable(byName(username));
    }

    @Override
    public List<UserAccount> findByOrganisation(String organisationCode) {
        available();
        return accounts.values().stream().filter(a -> Objects.equals(a.getOrganisationCode(), organisationCode))
                .sorted(Comparator.comparing(UserAccount::getUsername)).toList();
    }

    @Override
    public List<UserAccount> findEnabledWithoutPlatformRole() {
        available();
        return accounts.values().stream().filter(a -> a.isEnabled() && a.getRoles().isEmpty())
                .sorted(Comparator.comparing(UserAccount::getUsername)).toList();
    }

    @Override
    public void disable(String userId) {
        replace(userId, false, null);
    }

    @Override
    public void enable(String userId) {
        replace(userId, true, null);
    }

    @Override
    public void replaceRoles(String userId, Set<Role> roles) {
        replace(userId, null, roles);
    }

    private void replace(String userId, Boolean enabled, Set<Role> roles) {
        available();
        UserAccount a = accounts.get(userId);
        calls.add((enabled == null ? "roles " + roles : enabled ? "enable" : "disable") + " " + a.getUsername());
        accounts.put(userId, new UserAccount(a.getId(), a.getUsername(), a.getEmail(), a.getLastName(), a.getFirstName(),
                a.getOrganisationCode(), roles == null ? a.getRoles() : roles, enabled == null ? a.isEnabled() : enabled,
                a.isPasswordSetupPending()));
    }

    private void available() {
        if (unavailable) {
            throw new IdentityProviderException(Reason.UNAVAILABLE, "keycloak.unreachable", "localhost:8180",
                    "ConnectException");
        }
    }
}
