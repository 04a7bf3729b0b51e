package jp.go.mhlw.kpi.infrastructure.keycloak;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.account.EmailDelivery;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException.Reason;
import jp.go.mhlw.kpi.domain.model.account.Invitation;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.eclipse.microprofile.config.Config;

/**
 * The accounts in the Keycloak realm, through its admin REST API as the confidential client {@code kpi-admin}
 * (settings in {@link KeycloakAdminSettings}). The organisation is the user attribute {@code org}; platform roles are
 * realm roles mapped directly to the user. New users get Keycloak's required action UPDATE_PASSWORD and the e-mail
 * for it ("execute actions e-mail"); when the realm has no mail server, the account is still created and the
 * {@link Invitation} says the e-mail was not sent.
 */
@ApplicationScoped
public class KeycloakIdentityProvider implements IdentityProvider {

    private static final Logger LOG = Logger.getLogger(KeycloakIdentityProvider.class.getName());
    static final String ORG_ATTRIBUTE = "org";
    /** Keycloak's own attribute for the language a user chose on its pages. */
    static final String LOCALE_ATTRIBUTE = "locale";
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** More users than any organisation has; Keycloak's default page is 100. */
    private static final int MAX_USERS = 1000;

    @Inject
    Config config;

    private KeycloakAdminApi api;

    /** For CDI. */
    protected KeycloakIdentityProvider() {
    }

    /** For tests: against a given (fake) Keycloak. */
    KeycloakIdentityProvider(KeycloakAdminApi api) {
        this.api = api;
    }

    /** Built on first use, so that the application deploys (and shows a clear message) without the settings. */
    private synchronized KeycloakAdminApi api() {
        if (api == null) {
            Function<String, Optional<String>> lookup = name -> config.getOptionalValue(name, String.class);
            api = new KeycloakAdminApi(KeycloakAdminSettings.from(lookup));
        }
        return api;
    }

    @Override
    public Invitation invite(NewAccount account) {
        JsonObject user = Json.createObjectBuilder()
                .add("username", account.username())
                .add("email", account.email())
                .add("firstName", account.firstName())
                .add("lastName", account.lastName())
                .add("enabled", true)
                .add("emailVerified", false)
                .add("attributes", Json.createObjectBuilder()
                        .add(ORG_ATTRIBUTE, Json.createArrayBuilder().add(account.organisationCode())))
                .add("requiredActions", Json.createArrayBuilder().add(UPDATE_PASSWORD))
                .build();
        KeycloakAdminApi.Answer created = api().post("/users", user);
        if (created.status() == 409) {
            String message = created.errorMessage();
            boolean email = message.toLowerCase(Locale.ROOT).contains("email");
            throw email ? new IdentityProviderException(Reason.EMAIL_TAKEN, "keycloak.emailTaken", account.email())
                    : new IdentityProviderException(Reason.USERNAME_TAKEN, "keycloak.usernameTaken",
                            account.username());
        }
        requireSuccess(created, new Operation("keycloak.operation.createAccount", account.username()));
        String id = created.location().map(location -> location.substring(location.lastIndexOf('/') + 1))
                .orElseGet(() -> findId(account.username()));
        try {
            addRoles(id, account.roles());
        } catch (RuntimeException rolesFailed) {
            // no half-made account: it would have the organisation but not the roles the administrator chose
            try {
                api().delete(userPath(id), null);
            } catch (RuntimeException deleteFailed) {
                rolesFailed.addSuppressed(deleteFailed);
            }
            throw rolesFailed;
        }
        EmailDelivery email = sendSetPasswordEmail(id);
        return new Invitation(new UserAccount(id, account.username(), account.email(), account.lastName(),
                account.firstName(), account.organisationCode(), account.roles(), true, true), email);
    }

    @Override
    public EmailDelivery sendSetPasswordEmail(String userId) {
        KeycloakAdminApi.Answer answer;
        try {
            answer = api().put(userPath(userId) + "/execute-actions-email",
                    Json.createArrayBuilder().add(UPDATE_PASSWORD).build());
        } catch (IdentityProviderException unavailable) {
            if (unavailable.getReason() != Reason.UNAVAILABLE) {
                throw unavailable;
            }
            return EmailDelivery.notSent(unavailable.getMessage());
        }
        if (answer.status() == 404) {
            throw notFound(userId);
        }
        if (!answer.isSuccess()) {
            // typically "Failed to send execute actions email": the realm has no SMTP server configured
            LOG.log(Level.WARNING, "Keycloak did not send the set-password e-mail to user {0}: {1}",
                    new Object[] {userId, answer.errorMessage()});
            return EmailDelivery.notSent(answer.errorMessage());
        }
        return EmailDelivery.sent();
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        KeycloakAdminApi.Answer answer = api().get(userPath(userId));
        if (answer.status() == 404) {
            return Optional.empty();
        }
        requireSuccess(answer, new Operation("keycloak.operation.readUser", userId));
        return Optional.of(account(answer.json().asJsonObject()));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        KeycloakAdminApi.Answer answer = api().get("/users?exact=true&briefRepresentation=false&username="
                + KeycloakAdminApi.encode(username));
        requireSuccess(answer, new Operation("keycloak.operation.findUser", username));
        return answer.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(user -> username.equals(user.getString("username", null))).findFirst().map(this::account);
    }

    @Override
    public List<UserAccount> findByOrganisation(String organisationCode) {
        KeycloakAdminApi.Answer answer = api().get("/users?briefRepresentation=false&max=" + MAX_USERS
                + "&q=" + KeycloakAdminApi.encode(ORG_ATTRIBUTE + ":" + organisationCode));
        requireSuccess(answer, new Operation("keycloak.operation.listUsers", organisationCode));
        List<UserAccount> accounts = new ArrayList<>();
        for (JsonValue user : answer.json().asJsonArray()) {
            JsonObject representation = user.asJsonObject();
            // Keycloak's attribute search ignores case; organisation codes do not
            if (organisationCode.equals(organisationOf(representation))) {
                accounts.add(account(representation));
            }
        }
        accounts.sort(Comparator.comparing(UserAccount::getUsername));
        return accounts;
    }

    /**
     * Reads every account's realm roles, one call each: the service account may not list a role's users (that needs
     * view-realm), and fewer rights are worth the calls for an administrator's check.
     */
    @Override
    public List<UserAccount> findEnabledWithoutPlatformRole() {
        KeycloakAdminApi.Answer answer = api().get("/users?briefRepresentation=false&enabled=true&max=" + MAX_USERS);
        requireSuccess(answer, new Operation("keycloak.operation.listUsers", "*"));
        List<UserAccount> accounts = new ArrayList<>();
        for (JsonValue user : answer.json().asJsonArray()) {
            JsonObject representation = user.asJsonObject();
            if (representation.getBoolean("enabled", false) && !isServiceAccount(representation)) {
                UserAccount account = account(representation);
                if (account.getRoles().isEmpty()) {
                    accounts.add(account);
                }
            }
        }
        accounts.sort(Comparator.comparing(UserAccount::getUsername));
        return accounts;
    }

    private static boolean isServiceAccount(JsonObject user) {
        return user.containsKey("serviceAccountClientId") || user.getString("username", "").startsWith("service-account-");
    }

    @Override
    public void disable(String userId) {
        setEnabled(userId, false);
        // end its Keycloak sessions too: no new tokens for sessions that were open
        api().post(userPath(userId) + "/logout", null);
    }

    @Override
    public void enable(String userId) {
        setEnabled(userId, true);
    }

    @Override
    public void replaceRoles(String userId, Set<Role> roles) {
        List<JsonObject> mapped = realmRoleMappings(userId);
        Set<Role> current = platformRoles(mapped);
        Set<Role> toAdd = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        toAdd.removeAll(current);
        Set<String> toRemove = current.stream().filter(role -> !roles.contains(role)).map(Role::roleName)
                .collect(Collectors.toSet());
        addRoles(userId, toAdd);
        if (!toRemove.isEmpty()) {
            JsonArrayBuilder removed = Json.createArrayBuilder();
            mapped.stream().filter(role -> toRemove.contains(role.getString("name"))).forEach(removed::add);
            requireSuccess(api().delete(userPath(userId) + "/role-mappings/realm", removed.build()),
                    new Operation("keycloak.operation.removeRoles", userId));
        }
    }

    private void setEnabled(String userId, boolean enabled) {
        KeycloakAdminApi.Answer answer = api().get(userPath(userId));
        if (answer.status() == 404) {
            throw notFound(userId);
        }
        requireSuccess(answer, new Operation("keycloak.operation.readUser", userId));
        JsonObject user = answer.json().asJsonObject();
        // the fields Keycloak's user profile validates, unchanged, so that the update touches nothing else
        JsonObjectBuilder update = Json.createObjectBuilder();
        for (String field : new String[] {"username", "email", "firstName", "lastName", "emailVerified", "attributes",
                "requiredActions"}) {
            if (user.containsKey(field)) {
                update.add(field, user.get(field));
            }
        }
        update.add("enabled", enabled);
        KeycloakAdminApi.Answer updated = api().put(userPath(userId), update.build());
        if (updated.status() == 404) {
            throw notFound(userId);
        }
        requireSuccess(updated,
                new Operation(enabled ? "keycloak.operation.enableUser" : "keycloak.operation.disableUser", userId));
    }

    private void addRoles(String userId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return;
        }
        // the roles this user can still be given: needs view-users and manage-users only (listing all the realm's
        // roles would need view-realm as well)
        KeycloakAdminApi.Answer available = api().get(userPath(userId) + "/role-mappings/realm/available");
        requireSuccess(available, new Operation("keycloak.operation.availableRoles", userId));
        Map<String, JsonObject> byName = available.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(role -> role.getString("name"), role -> role, (a, b) -> a));
        JsonArrayBuilder added = Json.createArrayBuilder();
        for (Role role : roles) {
            JsonObject representation = byName.get(role.roleName());
            if (representation == null) {
                throw new IdentityProviderException(Reason.REJECTED, "keycloak.noRole", role.roleName());
            }
            added.add(Json.createObjectBuilder().add("id", representation.getString("id")).add("name", role.roleName()));
        }
        requireSuccess(api().post(userPath(userId) + "/role-mappings/realm", added.build()),
                new Operation("keycloak.operation.addRoles", userId));
    }

    private List<JsonObject> realmRoleMappings(String userId) {
        KeycloakAdminApi.Answer answer = api().get(userPath(userId) + "/role-mappings/realm");
        if (answer.status() == 404) {
            throw notFound(userId);
        }
        requireSuccess(answer, new Operation("keycloak.operation.readRoles", userId));
        return answer.json().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static Set<Role> platformRoles(List<JsonObject> mappings) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        mappings.forEach(role -> Role.byName(role.getString("name", "")).ifPresent(roles::add));
        return roles;
    }

    private UserAccount account(JsonObject user) {
        String id = user.getString("id");
        JsonArray requiredActions = user.containsKey("requiredActions") ? user.getJsonArray("requiredActions")
                : JsonValue.EMPTY_JSON_ARRAY;
        boolean passwordPending = requiredActions.stream()
                .anyMatch(action -> action instanceof JsonString text && UPDATE_PASSWORD.equals(text.getString()));
        return new UserAccount(id, user.getString("username"), user.getString("email", null),
                user.getString("lastName", null), user.getString("firstName", null), organisationOf(user),
                platformRoles(realmRoleMappings(id)), user.getBoolean("enabled", false), passwordPending,
                attribute(user, LOCALE_ATTRIBUTE).map(Locale::forLanguageTag).orElse(null));
    }

    private static String organisationOf(JsonObject user) {
        return attribute(user, ORG_ATTRIBUTE).orElse(null);
    }

    private static Optional<String> attribute(JsonObject user, String name) {
        JsonObject attributes = user.containsKey("attributes") && user.get("attributes") instanceof JsonObject object
                ? object : JsonValue.EMPTY_JSON_OBJECT;
        JsonArray values = attributes.containsKey(name) ? attributes.getJsonArray(name) : null;
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getString(0));
    }

    private String findId(String username) {
        KeycloakAdminApi.Answer answer = api().get("/users?exact=true&briefRepresentation=true&username="
                + KeycloakAdminApi.encode(username));
        requireSuccess(answer, new Operation("keycloak.operation.findUser", username));
        return answer.json().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(user -> username.equals(user.getString("username"))).map(user -> user.getString("id"))
                .findFirst().orElseThrow(() -> notFound(username));
    }

    private static String userPath(String userId) {
        return "/users/" + KeycloakAdminApi.encode(userId);
    }

    private static IdentityProviderException notFound(String user) {
        return new IdentityProviderException(Reason.NOT_FOUND, "keycloak.userNotFound", user);
    }

    private static void requireSuccess(KeycloakAdminApi.Answer answer, Operation what) {
        if (answer.isSuccess()) {
            return;
        }
        if (answer.status() == 404) {
            throw new IdentityProviderException(Reason.NOT_FOUND, "keycloak.operationNotFound", what);
        }
        throw new IdentityProviderException(Reason.REJECTED, "keycloak.operationRefused", what, answer.errorMessage());
    }

    /** What was asked of Keycloak ("reading user 42"), named in a refusal in the reader's language. */
    private record Operation(String key, String subject) implements Labelled {

        @Override
        public String bundleKey() {
            return key;
        }

        @Override
        public String label(Locale locale) {
            return Texts.text(locale, key, subject);
        }
    }
}
