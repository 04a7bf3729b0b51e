package jp.go.mhlw.kpi.domain.model.account;

import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * A user account as the identity provider holds it: its id there, user name, e-mail, names, organisation code (the
 * {@code org} attribute), platform roles, whether it may log in and the language it reads (the identity provider's
 * {@code locale}; Japanese when not set). Never a password. Getters for the screens.
 */
public final class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String username;
    private final String email;
    private final String lastName;
    private final String firstName;
    private final String organisationCode;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean passwordSetupPending;
    private final Locale language;

    public UserAccount(String id, String username, String email, String lastName, String firstName,
                       String organisationCode, Set<Role> roles, boolean enabled, boolean passwordSetupPending) {
        this(id, username, email, lastName, firstName, organisationCode, roles, enabled, passwordSetupPending, null);
    }

    public UserAccount(String id, String username, String email, String lastName, String firstName,
                       String organisationCode, Set<Role> roles, boolean enabled, boolean passwordSetupPending,
                       Locale language) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = Objects.requireNonNull(username, "username");
        this.email = email;
        this.lastName = lastName;
        this.firstName = firstName;
        this.organisationCode = organisationCode;
        this.roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.passwordSetupPending = passwordSetupPending;
        this.language = language != null && Locale.ENGLISH.getLanguage().equals(language.getLanguage())
                ? Locale.ENGLISH : Locale.JAPANESE;
    }

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    /** 姓 名, as Japanese forms write a name. */
    public String getDisplayName() {
        String last = lastName == null ? "" : lastName;
        String first = firstName == null ? "" : firstName;
        return (last + " " + first).strip();
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** The roles in the order of {@link Role}, for display. */
    public List<Role> getRoleList() {
        return roles.stream().sorted(Comparator.naturalOrder()).toList();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The user has not set a password yet (the identity provider's required action is pending). */
    public boolean isPasswordSetupPending() {
        return passwordSetupPending;
    }

    /** Japanese or English: the language of the mails to this user. */
    public Locale getLanguage() {
        return language;
    }

    @Override
    public String toString() {
        return username + " (" + organisationCode + ", " + getRoleList() + (enabled ? "" : ", disabled") + ")";
    }
}
