package jp.go.mhlw.kpi.domain.model.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * Where the platform's user accounts live (Keycloak): the application creates, disables, re-enables and re-roles
 * accounts there and reads them back, but never sees or stores a password. Users set their own password through
 * the identity provider's "set password" e-mail (its required action UPDATE_PASSWORD).
 *
 * <p>Every method throws {@link IdentityProviderException} when the identity provider refuses the change or cannot
 * be reached.
 */
public interface IdentityProvider {

    /**
     * Creates an enabled account with the organisation code as its {@code org} attribute, the platform roles given
     * and the required action to set a password, then asks the identity provider to e-mail the user the link for
     * setting it. The account exists even when the e-mail could not be sent: {@link Invitation#getPasswordEmail()}
     * says so.
     */
    Invitation invite(NewAccount account);

    /** Sends the "set your password" e-mail again, e.g. after the first link expired or mail was set up later. */
    EmailDelivery sendSetPasswordEmail(String userId);

    Optional<UserAccount> find(String userId);

    /** The account with this user name, exactly. */
    Optional<UserAccount> findByUsername(String username);

    /** The accounts whose {@code org} attribute is this organisation code, by user name; service accounts never. */
    List<UserAccount> findByOrganisation(String organisationCode);

    /**
     * The enabled accounts that have no platform role, by user name (they can log in but see nothing); service
     * accounts never.
     */
    List<UserAccount> findEnabledWithoutPlatformRole();

    /** The account can no longer log in; its sessions end. */
    void disable(String userId);

    void enable(String userId);

    /**
     * Makes the account's platform roles exactly these; other role mappings of the account (such as the realm's
     * default roles) are left as they are.
     */
    void replaceRoles(String userId, Set<Role> roles);
}
