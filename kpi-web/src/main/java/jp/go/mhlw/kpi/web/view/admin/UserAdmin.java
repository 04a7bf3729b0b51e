package jp.go.mhlw.kpi.web.view.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.go.mhlw.kpi.application.admin.UserAdministration;
import jp.go.mhlw.kpi.application.security.AccessDeniedException;
import jp.go.mhlw.kpi.domain.model.account.EmailDelivery;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.Invitation;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.view.Feedback;
import org.primefaces.PrimeFaces;

/**
 * users.xhtml: the users of one organisation as Keycloak holds them; invite one (Keycloak e-mails the link for
 * setting a password); disable and re-enable after a confirmation; change roles. The roles offered are those the
 * caller may give users of that kind of organisation; the service checks everything again.
 */
@Named
@ViewScoped
public class UserAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String INVITE_FORM = "inviteForm";
    static final String ROLES_FORM = "rolesForm";

    @Inject
    transient UserAdministration administration;

    private String organisationCode;
    private List<Organisation> organisations = List.of();
    private List<UserAccount> users = List.of();
    private List<Role> assignableRoles = List.of();

    private String username;
    private String email;
    private String lastName;
    private String firstName;
    private List<String> inviteRoles = new ArrayList<>();

    private String rolesUserId;
    private String rolesUsername;
    private List<String> newRoles = new ArrayList<>();

    /** The organisation from the URL (?org=) or the first one the caller manages; its users from Keycloak. */
    public void load() {
        organisations = administration.manageableOrganisations();
        if (organisationCode == null || organisations.stream().noneMatch(o -> o.getCode().equals(organisationCode))) {
            organisationCode = organisations.isEmpty() ? null : organisations.get(0).getCode();
        }
        refresh();
    }

    public void organisationChanged() {
        refresh();
    }

    private void refresh() {
        users = List.of();
        assignableRoles = List.of();
        if (organisationCode == null) {
            return;
        }
        try {
            assignableRoles = administration.assignableRoles(organisationCode).stream().sorted().toList();
            users = administration.users(organisationCode);
        } catch (IdentityProviderException unavailable) {
            Feedback.unavailable(null, unavailable);
        } catch (EntryRejectedException | AccessDeniedException refused) {
            Feedback.error("admin.users.organisationRefused", organisationCode);
        }
    }

    public void startInvite() {
        PrimeFaces.current().resetInputs(INVITE_FORM);
        username = null;
        email = null;
        lastName = null;
        firstName = null;
        inviteRoles = new ArrayList<>();
        if (assignableRoles.size() == 1) {
            inviteRoles.add(assignableRoles.get(0).roleName());
        }
    }

    /** Invites; the dialog closes on success (callback parameter "saved") and keeps what was typed otherwise. */
    public void invite() {
        try {
            Invitation invitation = administration.invite(new NewAccount(username, email, lastName, firstName,
                    organisationCode, roles(inviteRoles)));
            UserAccount created = invitation.getAccount();
            if (invitation.getPasswordEmail().isSent()) {
                Feedback.info("admin.users.invited", created.getUsername(), created.getEmail());
            } else {
                Feedback.say(FacesMessage.SEVERITY_WARN, Feedback.text("admin.users.invitedNoEmail", created.getUsername()),
                        Feedback.text("admin.users.keycloakSaid", invitation.getPasswordEmail().getProblem()));
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            refresh();
        } catch (EntryRejectedException rejected) {
            Feedback.problems(INVITE_FORM, true, rejected.getProblems());
        } catch (IdentityProviderException unavailable) {
            Feedback.unavailable(INVITE_FORM, unavailable);
        }
    }

    public void disable(String userId) {
        change(() -> {
            UserAccount account = administration.disable(userId);
            Feedback.info("admin.users.disabledDone", account.getUsername());
        });
    }

    public void enable(String userId) {
        change(() -> {
            UserAccount account = administration.enable(userId);
            Feedback.info("admin.users.enabledDone", account.getUsername());
        });
    }

    public void resendPasswordEmail(String userId) {
        change(() -> {
            EmailDelivery delivery = administration.resendPasswordEmail(userId);
            if (delivery.isSent()) {
                Feedback.info("admin.users.emailSent");
            } else {
                Feedback.say(FacesMessage.SEVERITY_WARN, Feedback.text("admin.users.emailNotSent"),
                        Feedback.text("admin.users.keycloakSaid", delivery.getProblem()));
            }
        });
    }

    public void startChangeRoles(UserAccount account) {
        PrimeFaces.current().resetInputs(ROLES_FORM);
        rolesUserId = account.getId();
        rolesUsername = account.getUsername();
        newRoles = new ArrayList<>(account.getRoleList().stream().map(Role::roleName).toList());
    }

    public void changeRoles() {
        try {
            UserAccount account = administration.changeRoles(rolesUserId, roles(newRoles));
            Feedback.info("admin.users.rolesChanged", account.getUsername());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            refresh();
        } catch (EntryRejectedException rejected) {
            Feedback.problems(ROLES_FORM, true, rejected.getProblems());
        } catch (IdentityProviderException unavailable) {
            Feedback.unavailable(ROLES_FORM, unavailable);
        }
    }

    private void change(Runnable change) {
        try {
            change.run();
        } catch (EntryRejectedException rejected) {
            Feedback.problems("usersForm", false, rejected.getProblems());
        } catch (IdentityProviderException unavailable) {
            Feedback.unavailable(null, unavailable);
        }
        refresh();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> Role.byName(name).ifPresent(roles::add));
        }
        return roles;
    }

    public String organisationLabel(Organisation organisation) {
        return organisation.getCode() + " — " + organisation.name(Feedback.locale());
    }

    public String roleLabels(UserAccount account) {
        return String.join("、", account.getRoleList().stream().map(role -> Feedback.text("role." + role.roleName())).toList());
    }

    public Organisation getOrganisation() {
        return organisations.stream().filter(o -> o.getCode().equals(organisationCode)).findFirst().orElse(null);
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public List<Role> getAssignableRoles() {
        return assignableRoles;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public List<String> getInviteRoles() {
        return inviteRoles;
    }

    public void setInviteRoles(List<String> inviteRoles) {
        this.inviteRoles = inviteRoles;
    }

    public String getRolesUsername() {
        return rolesUsername;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }
}
