package jp.go.mhlw.kpi.application.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.AccessDeniedException;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.account.AccountRules;
import jp.go.mhlw.kpi.domain.model.account.EmailDelivery;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.Invitation;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Users of the platform's organisations, whose accounts live in the identity provider (Keycloak): invite, disable,
 * re-enable, change roles. Administrators manage every organisation's users; ministry officers those of
 * manufacturers, with the manufacturer role only ({@link AccountRules}). The application never sees a password:
 * an invited user sets theirs from the identity provider's e-mail. Every change is recorded once in the audit trail
 * (object type "User", object id the user name).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.MINISTRY_OFFICER})
public class UserAdministration {

    static final String OBJECT_TYPE = "User";

    @Inject
    IdentityProvider identityProvider;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    public UserAdministration() {
        // for the container
    }

    UserAdministration(IdentityProvider identityProvider, OrganisationRepository organisations, AuditTrail auditTrail,
                       CurrentCaller currentCaller) {
        this.identityProvider = identityProvider;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
        this.currentCaller = currentCaller;
    }

    /** The active organisations whose users the caller manages: all for administrators, manufacturers for officers. */
    @ReadOnly
    public List<Organisation> manageableOrganisations() {
        Caller caller = currentCaller.require();
        return organisations.findAllActive().stream()
                .filter(organisation -> AccountRules.mayManageAccountsOf(caller, organisation.getKind()))
                .toList();
    }

    /** The roles the caller may give users of this organisation. */
    @ReadOnly
    public Set<Role> assignableRoles(String organisationCode) {
        Organisation organisation = manageable(organisationCode);
        return AccountRules.assignable(currentCaller.require(), organisation.getKind());
    }

    /** Accounts that can log in but have no platform role, for the administrator to give one or disable. */
    @ReadOnly
    @RolesAllowed(Role.Names.ADMIN)
    public List<UserAccount> usersWithoutRole() {
        return identityProvider.findEnabledWithoutPlatformRole();
    }

    /** The organisation's users as the identity provider holds them, by user name. */
    @ReadOnly
    public List<UserAccount> users(String organisationCode) {
        Organisation organisation = manageable(organisationCode);
        return identityProvider.findByOrganisation(organisation.getCode());
    }

    /**
     * Creates the account in the identity provider with the organisation and roles, and has it e-mail the user the
     * link for setting a password. The account is created even when the e-mail cannot be sent (no mail server):
     * the returned invitation says so, and the administrator can send it again later.
     *
     * @throws EntryRejectedException with every problem of the entry, or the identity provider's refusal
     */
    public Invitation invite(NewAccount entered) {
        Caller caller = currentCaller.require();
        NewAccount account = AccountRules.normalise(entered);
        Organisation organisation = organisations.findByCode(account.organisationCode() == null ? "" : account.organisationCode())
                .orElseThrow(() -> new EntryRejectedException("The invitation", List.of(Problem.at("organisation",
                        "admin.organisation.unknown", String.valueOf(account.organisationCode())))));
        requireManageable(caller, organisation);
        List<Problem> problems = new ArrayList<>();
        if (!organisation.isActive()) {
            problems.add(Problem.at("organisation", "admin.user.organisationInactive", organisation.getCode()));
        }
        problems.addAll(AccountRules.check(account, organisation, caller));
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The invitation", problems);
        }
        Invitation invitation;
        try {
            invitation = identityProvider.invite(account);
        } catch (IdentityProviderException refused) {
            throw rejected("The invitation", refused);
        }
        UserAccount created = invitation.getAccount();
        auditTrail.record(new AuditEntry("user.invited", OBJECT_TYPE, created.getUsername(), organisation.getCode(),
                "Invited " + created.getUsername() + " to " + organisation.getCode() + " as " + roleNames(created.getRoles())
                        + (invitation.getPasswordEmail().isSent() ? "; password e-mail sent"
                        : "; password e-mail NOT sent (" + invitation.getPasswordEmail().getProblem() + ")"),
                null, AuditJson.object()
                        .with("id", created.getId())
                        .with("username", created.getUsername())
                        .with("email", created.getEmail())
                        .with("organisation", created.getOrganisationCode())
                        .with("roles", roleNames(created.getRoles()))
                        .with("enabled", true)
                        .with("passwordEmailSent", invitation.getPasswordEmail().isSent())
                        .toString()));
        return invitation;
    }

    /** The user can no longer log in. An administrator cannot disable their own account. */
    public UserAccount disable(String userId) {
        Caller caller = currentCaller.require();
        UserAccount account = manageableAccount(caller, userId);
        if (account.getUsername().equals(caller.userName())) {
            throw new EntryRejectedException("Disabling", List.of(Problem.at("user", "admin.user.disableSelf")));
        }
        if (!account.isEnabled()) {
            throw new EntryRejectedException("Disabling", List.of(Problem.at("user", "admin.user.alreadyDisabled",
                    account.getUsername())));
        }
        try {
            identityProvider.disable(account.getId());
        } catch (IdentityProviderException refused) {
            throw rejected("Disabling", refused);
        }
        UserAccount after = reload(account);
        auditTrail.record(new AuditEntry("user.disabled", OBJECT_TYPE, account.getUsername(), account.getOrganisationCode(),
                "Disabled " + account.getUsername(), state(account), state(after)));
        return after;
    }

    public UserAccount enable(String userId) {
        Caller caller = currentCaller.require();
        UserAccount account = manageableAccount(caller, userId);
        if (account.isEnabled()) {
            throw new EntryRejectedException("Enabling", List.of(Problem.at("user", "admin.user.alreadyEnabled",
                    account.getUsername())));
        }
        try {
            identityProvider.enable(account.getId());
        } catch (IdentityProviderException refused) {
            throw rejected("Enabling", refused);
        }
        UserAccount after = reload(account);
        auditTrail.record(new AuditEntry("user.enabled", OBJECT_TYPE, account.getUsername(), account.getOrganisationCode(),
                "Enabled " + account.getUsername(), state(account), state(after)));
        return after;
    }

    /**
     * Makes the user's platform roles exactly these (at least one; to stop a user, disable the account). An
     * administrator cannot take the admin role from themselves.
     */
    public UserAccount changeRoles(String userId, Set<Role> roles) {
        Caller caller = currentCaller.require();
        UserAccount account = manageableAccount(caller, userId);
        Organisation organisation = organisationOf(account);
        List<Problem> problems = new ArrayList<>(AccountRules.checkRoles(roles, organisation, caller));
        if (account.getUsername().equals(caller.userName()) && account.hasRole(Role.ADMIN)
                && (roles == null || !roles.contains(Role.ADMIN))) {
            problems.add(Problem.at("roles", "admin.user.keepOwnAdmin"));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The role change", problems);
        }
        if (account.getRoles().equals(roles)) {
            return account;
        }
        try {
            identityProvider.replaceRoles(account.getId(), roles);
        } catch (IdentityProviderException refused) {
            throw rejected("The role change", refused);
        }
        UserAccount after = reload(account);
        auditTrail.record(new AuditEntry("user.roles-changed", OBJECT_TYPE, account.getUsername(),
                account.getOrganisationCode(), "Changed the roles of " + account.getUsername() + " from "
                        + roleNames(account.getRoles()) + " to " + roleNames(after.getRoles()), state(account), state(after)));
        return after;
    }

    /** Has the identity provider e-mail the "set your password" link again. */
    public EmailDelivery resendPasswordEmail(String userId) {
        Caller caller = currentCaller.require();
        UserAccount account = manageableAccount(caller, userId);
        EmailDelivery delivery;
        try {
            delivery = identityProvider.sendSetPasswordEmail(account.getId());
        } catch (IdentityProviderException refused) {
            throw rejected("Sending the e-mail", refused);
        }
        auditTrail.record(new AuditEntry("user.password-email-requested", OBJECT_TYPE, account.getUsername(),
                account.getOrganisationCode(), "Asked Keycloak to e-mail " + account.getUsername() + " the set-password link: "
                        + delivery, null, null));
        return delivery;
    }

    private Organisation manageable(String organisationCode) {
        Organisation organisation = organisations.findByCode(organisationCode == null ? "" : organisationCode.strip())
                .orElseThrow(() -> new EntryRejectedException("The request", List.of(Problem.at("organisation",
                        "admin.organisation.unknown", String.valueOf(organisationCode)))));
        requireManageable(currentCaller.require(), organisation);
        return organisation;
    }

    private static void requireManageable(Caller caller, Organisation organisation) {
        if (!AccountRules.mayManageAccountsOf(caller, organisation.getKind())) {
            throw new AccessDeniedException(caller.userName() + " may not manage the users of " + organisation.getCode()
                    + " (" + organisation.getKind() + ")");
        }
    }

    /** The account, if the caller may manage the users of its organisation (accounts without one: administrators only). */
    private UserAccount manageableAccount(Caller caller, String userId) {
        UserAccount account;
        try {
            account = identityProvider.find(userId == null ? "" : userId).orElse(null);
        } catch (IdentityProviderException refused) {
            throw rejected("The request", refused);
        }
        if (account == null) {
            throw new EntryRejectedException("The request", List.of(Problem.at("user", "admin.user.notFound")));
        }
        if (account.getOrganisationCode() == null) {
            if (!caller.hasRole(Role.ADMIN)) {
                throw new AccessDeniedException(caller.userName() + " may not manage " + account.getUsername()
                        + ", who belongs to no organisation");
            }
            return account;
        }
        requireManageable(caller, organisationOf(account));
        return account;
    }

    private Organisation organisationOf(UserAccount account) {
        String code = account.getOrganisationCode();
        return organisations.findByCode(code == null ? "" : code).orElseThrow(() -> new EntryRejectedException("The request",
                List.of(Problem.at("organisation", "admin.user.organisationUnregistered", account.getUsername(),
                        String.valueOf(code)))));
    }

    private UserAccount reload(UserAccount account) {
        return identityProvider.find(account.getId()).orElse(account);
    }

    /** Refusals become field problems for the form; an unreachable identity provider stays what it is. */
    private static RuntimeException rejected(String what, IdentityProviderException refused) {
        String field = switch (refused.getReason()) {
            case USERNAME_TAKEN -> "username";
            case EMAIL_TAKEN -> "email";
            case NOT_FOUND -> "user";
            case REJECTED -> "identityProvider";
            case UNAVAILABLE -> null;
        };
        if (field == null) {
            return refused;
        }
        return new EntryRejectedException(what, List.of(refused.problem(field)));
    }

    private static String state(UserAccount account) {
        return AuditJson.object()
                .with("id", account.getId())
                .with("username", account.getUsername())
                .with("organisation", account.getOrganisationCode())
                .with("roles", roleNames(account.getRoles()))
                .with("enabled", account.isEnabled())
                .toString();
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::roleName).collect(Collectors.joining(","));
    }
}
