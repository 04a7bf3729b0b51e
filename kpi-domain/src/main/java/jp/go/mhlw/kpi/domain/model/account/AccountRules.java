package jp.go.mhlw.kpi.domain.model.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Who may manage whose accounts, which roles fit which organisation, and what a new account must look like.
 *
 * <ul>
 *   <li>Administrators manage the accounts of every organisation and grant every role; ministry officers manage
 *       the accounts of manufacturers only and grant only the manufacturer role.</li>
 *   <li>A role fits only the kind of organisation whose work it is (a hub reporter belongs to a hub, the
 *       secretariat, officers and administrators to a ministry division): a role in the wrong organisation would
 *       show a user screens for an organisation that does not report them.</li>
 *   <li>User names are 3–64 characters of a–z, 0–9, '.', '_' and '-', starting and ending with a letter or digit
 *       (Keycloak keeps user names in lower case; upper case input is lowered); e-mail addresses have one '@';
 *       names are required and free of the characters Keycloak's person-name check refuses.</li>
 * </ul>
 */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{1,62})[a-z0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    /** The characters Keycloak's "person-name-prohibited-characters" validator refuses in names. */
    private static final Pattern NAME_PROHIBITED = Pattern.compile("[<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]");
    private static final int MAX_NAME = 100;
    private static final int MAX_EMAIL = 254;

    private AccountRules() {
    }

    /** The platform roles a user of this kind of organisation may hold. */
    public static Set<Role> rolesFor(OrganisationKind kind) {
        return switch (kind) {
            case HUB -> EnumSet.of(Role.HUB_REPORTER);
            case AMED -> EnumSet.of(Role.AMED_REPORTER);
            case MINISTRY_DIVISION -> EnumSet.of(Role.SECRETARIAT, Role.MINISTRY_OFFICER, Role.ADMIN);
            case SURVEY_BODY -> EnumSet.of(Role.SURVEY_REPORTER);
            case MANUFACTURER -> EnumSet.of(Role.MANUFACTURER);
            case INDUSTRY_ASSOCIATION -> EnumSet.of(Role.INDUSTRY_ASSOCIATION);
            case COMMITTEE -> EnumSet.of(Role.COMMITTEE_MEMBER);
        };
    }

    /** The roles this caller may grant or take away: every role for administrators, the manufacturer role for officers. */
    public static Set<Role> grantableBy(Caller caller) {
        if (caller.hasRole(Role.ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        if (caller.hasRole(Role.MINISTRY_OFFICER)) {
            return EnumSet.of(Role.MANUFACTURER);
        }
        return EnumSet.noneOf(Role.class);
    }

    /** The roles this caller may give users of this organisation, in the order of {@link Role}. */
    public static Set<Role> assignable(Caller caller, OrganisationKind kind) {
        Set<Role> roles = EnumSet.copyOf(rolesFor(kind));
        roles.retainAll(grantableBy(caller));
        return roles;
    }

    /** Administrators manage every organisation's accounts; ministry officers those of manufacturers. */
    public static boolean mayManageAccountsOf(Caller caller, OrganisationKind kind) {
        return caller.hasRole(Role.ADMIN)
                || caller.hasRole(Role.MINISTRY_OFFICER) && kind == OrganisationKind.MANUFACTURER;
    }

    /** Surrounding blanks removed, user name and e-mail address in lower case, as Keycloak stores them. */
    public static NewAccount normalise(NewAccount account) {
        return new NewAccount(lower(account.username()), lower(account.email()), strip(account.lastName()),
                strip(account.firstName()), strip(account.organisationCode()), account.roles());
    }

    /** Every problem of a new (normalised) account for this organisation, as the caller asks for it. */
    public static List<Problem> check(NewAccount account, Organisation organisation, Caller caller) {
        List<Problem> problems = new ArrayList<>();
        String username = account.username();
        if (username == null || username.isEmpty()) {
            problems.add(Problem.at("username", "account.username.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(Problem.at("username", "account.username.invalid", username));
        }
        problems.addAll(checkContact(account.email(), account.lastName(), account.firstName()));
        problems.addAll(checkRoles(account.roles(), organisation, caller));
        return problems;
    }

    /** Problems with a person's (normalised) e-mail address and names, as Keycloak will hold them. */
    public static List<Problem> checkContact(String email, String lastName, String firstName) {
        List<Problem> problems = new ArrayList<>();
        if (email == null || email.isEmpty()) {
            problems.add(Problem.at("email", "account.email.required"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(Problem.at("email", "account.email.invalid", email));
        }
        checkName(lastName, "lastName", problems);
        checkName(firstName, "firstName", problems);
        return problems;
    }

    /** Problems with giving these roles to a user of this organisation, as this caller. */
    public static List<Problem> checkRoles(Set<Role> roles, Organisation organisation, Caller caller) {
        List<Problem> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(Problem.at("roles", "account.roles.required"));
            return problems;
        }
        Set<Role> notGrantable = EnumSet.copyOf(roles);
        notGrantable.removeAll(grantableBy(caller));
        if (!notGrantable.isEmpty()) {
            problems.add(Problem.at("roles", "account.roles.notGrantable", names(notGrantable)));
        }
        Set<Role> unfit = EnumSet.copyOf(roles);
        unfit.removeAll(rolesFor(organisation.getKind()));
        unfit.removeAll(notGrantable);
        if (!unfit.isEmpty()) {
            problems.add(Problem.at("roles", "account.roles.unfit", names(unfit), organisation.getCode(),
                    String.valueOf(organisation.getKind()), names(rolesFor(organisation.getKind()))));
        }
        return problems;
    }

    /** {@code field} is "lastName" or "firstName", named in the texts as {@code account.name.<field>}. */
    private static void checkName(String name, String field, List<Problem> problems) {
        Phrase label = Phrase.of("account.name." + field);
        if (name == null || name.isEmpty()) {
            problems.add(Problem.at(field, "account.name.required", label));
        } else if (name.length() > MAX_NAME) {
            problems.add(Problem.at(field, "account.name.tooLong", label, String.valueOf(MAX_NAME)));
        } else if (NAME_PROHIBITED.matcher(name).find()) {
            problems.add(Problem.at(field, "account.name.prohibited", label));
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::roleName).collect(Collectors.joining(", "));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
