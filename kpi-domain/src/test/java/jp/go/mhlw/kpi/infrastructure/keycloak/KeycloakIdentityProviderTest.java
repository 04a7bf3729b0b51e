package jp.go.mhlw.kpi.infrastructure.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException.Reason;
import jp.go.mhlw.kpi.domain.model.account.Invitation;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin REST calls against a fake Keycloak that answers as Keycloak 26 does. */
class KeycloakIdentityProviderTest {

    private FakeKeycloak keycloak;
    private KeycloakIdentityProvider provider;

    @BeforeEach
    void start() throws IOException {
        keycloak = new FakeKeycloak();
        provider = new KeycloakIdentityProvider(new KeycloakAdminApi(keycloak.settings(FakeKeycloak.SECRET)));
    }

    @AfterEach
    void stop() {
        keycloak.close();
    }

    private static NewAccount hubReporter(String username) {
        return new NewAccount(username, username + "@hub.example.test", "拠点", "花子", "HUB-NAGOYA",
                Set.of(Role.HUB_REPORTER));
    }

    @Test
    void anInvitedUserHasTheOrganisationTheRolesAndThePasswordToSetButNoPassword() {
        keycloak.smtpConfigured = true;

        Invitation invitation = provider.invite(hubReporter("hub-nagoya1"));

        FakeKeycloak.StoredUser stored = keycloak.user("hub-nagoya1");
        assertThat(invitation.getAccount().getId()).isEqualTo(stored.id);
        assertThat(stored.representation.getJsonObject("attributes").getJsonArray("org").getString(0)).isEqualTo("HUB-NAGOYA");
        assertThat(stored.representation.getJsonArray("requiredActions").getString(0)).isEqualTo("UPDATE_PASSWORD");
        assertThat(stored.representation.getBoolean("enabled")).isTrue();
        assertThat(stored.representation.containsKey("credentials")).as("never a password").isFalse();
        assertThat(stored.realmRoles).containsExactlyInAnyOrder("default-roles-kpi", "hub-reporter");
        assertThat(stored.passwordEmails).isEqualTo(1);
        assertThat(invitation.getPasswordEmail().isSent()).isTrue();
        assertThat(keycloak.tokensIssued).as("one token for all calls while it is valid").isEqualTo(1);
    }

    @Test
    void withoutAMailServerTheAccountIsCreatedAndTheInvitationSaysTheEmailWasNotSent() {
        Invitation invitation = provider.invite(hubReporter("hub-nagoya1"));

        assertThat(keycloak.user("hub-nagoya1")).isNotNull();
        assertThat(invitation.getPasswordEmail().isSent()).isFalse();
        assertThat(invitation.getPasswordEmail().getProblem()).isEqualTo("Failed to send execute actions email");
        assertThat(invitation.getAccount().isPasswordSetupPending()).isTrue();

        keycloak.smtpConfigured = true;
        assertThat(provider.sendSetPasswordEmail(invitation.getAccount().getId()).isSent()).isTrue();
    }

    @Test
    void aTakenUserNameOrEmailIsRefusedByName() {
        provider.invite(hubReporter("hub-nagoya1"));

        assertThatThrownBy(() -> provider.invite(hubReporter("hub-nagoya1")))
                .isInstanceOfSatisfying(IdentityProviderException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.USERNAME_TAKEN);
                    assertThat(e.getMessageJa()).contains("hub-nagoya1").contains("既に使われています");
                });
        NewAccount sameEmail = new NewAccount("hub-nagoya2", "hub-nagoya1@hub.example.test", "拠点", "次郎", "HUB-NAGOYA",
                Set.of(Role.HUB_REPORTER));
        assertThatThrownBy(() -> provider.invite(sameEmail))
                .isInstanceOfSatisfying(IdentityProviderException.class,
                        e -> assertThat(e.getReason()).isEqualTo(Reason.EMAIL_TAKEN));
    }

    @Test
    void anAccountWhoseRolesCouldNotBeSetIsRemovedAgain() {
        keycloak.refuseRoleMappings = true;

        assertThatThrownBy(() -> provider.invite(hubReporter("hub-nagoya1")))
                .isInstanceOfSatisfying(IdentityProviderException.class,
                        e -> assertThat(e.getReason()).isEqualTo(Reason.UNAVAILABLE));
        assertThat(keycloak.user("hub-nagoya1")).isNull();
    }

    @Test
    void findsTheUsersOfOneOrganisationWithTheirPlatformRolesOnly() {
        keycloak.addUser("maker-c1", "MAKER-C", "manufacturer");
        keycloak.addUser("maker-c2", "MAKER-C", "manufacturer", "offline_access");
        keycloak.addUser("maker-d1", "MAKER-D", "manufacturer");
        keycloak.addUser("lower-case-org", "maker-c", "manufacturer");
        keycloak.addUser("service-account-kpi-admin", null);

        assertThat(provider.findByOrganisation("MAKER-C"))
                .extracting(UserAccount::getUsername, UserAccount::getRoles, UserAccount::getOrganisationCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("maker-c1", Set.of(Role.MANUFACTURER), "MAKER-C"),
                        org.assertj.core.groups.Tuple.tuple("maker-c2", Set.of(Role.MANUFACTURER), "MAKER-C"));
        assertThat(provider.findByOrganisation("MAKER-X")).isEmpty();
    }

    @Test
    void findsTheEnabledUsersWithoutAPlatformRoleButNoServiceAccount() {
        keycloak.addUser("maker-c1", "MAKER-C", "manufacturer");
        keycloak.addUser("maker-c2", "MAKER-C", "offline_access");
        keycloak.addUser("hub-new1", "HUB-NEW");
        FakeKeycloak.StoredUser disabled = keycloak.addUser("hub-old1", "HUB-NEW");
        disabled.representation = jakarta.json.Json.createObjectBuilder(disabled.representation).add("enabled", false).build();
        keycloak.addUser("service-account-kpi-admin", null);

        assertThat(provider.findEnabledWithoutPlatformRole())
                .extracting(UserAccount::getUsername, UserAccount::getOrganisationCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hub-new1", "HUB-NEW"),
                        org.assertj.core.groups.Tuple.tuple("maker-c2", "MAKER-C"));
    }

    @Test
    void aUserIsFoundByUserNameWithTheLanguageChosenInKeycloakJapaneseWhenNoneWasChosen() {
        FakeKeycloak.StoredUser english = keycloak.addUser("maker-e1", "MAKER-E", "manufacturer");
        english.representation = jakarta.json.Json.createObjectBuilder(english.representation)
                .add("attributes", jakarta.json.Json.createObjectBuilder()
                        .add("org", jakarta.json.Json.createArrayBuilder().add("MAKER-E"))
                        .add("locale", jakarta.json.Json.createArrayBuilder().add("en")))
                .build();
        keycloak.addUser("maker-e2", "MAKER-E", "manufacturer");

        assertThat(provider.findByUsername("maker-e1")).hasValueSatisfying(user -> {
            assertThat(user.getLanguage()).isEqualTo(java.util.Locale.ENGLISH);
            assertThat(user.getOrganisationCode()).isEqualTo("MAKER-E");
            assertThat(user.getRoles()).containsExactly(Role.MANUFACTURER);
        });
        assertThat(provider.findByOrganisation("MAKER-E")).extracting(UserAccount::getLanguage)
                .containsExactly(java.util.Locale.ENGLISH, java.util.Locale.JAPANESE);
        assertThat(provider.findByUsername("nobody")).isEmpty();
    }

    @Test
    void disablingKeepsTheProfileEndsTheSessionsAndEnablingUndoesIt() {
        FakeKeycloak.StoredUser user = keycloak.addUser("maker-c1", "MAKER-C", "manufacturer");

        provider.disable(user.id);

        assertThat(user.representation.getBoolean("enabled")).isFalse();
        assertThat(user.representation.getJsonObject("attributes").getJsonArray("org").getString(0)).isEqualTo("MAKER-C");
        assertThat(user.logouts).isEqualTo(1);
        assertThat(provider.find(user.id)).get().extracting(UserAccount::isEnabled).isEqualTo(false);

        provider.enable(user.id);
        assertThat(provider.find(user.id)).get().extracting(UserAccount::isEnabled).isEqualTo(true);
    }

    @Test
    void replacingRolesAddsAndRemovesPlatformRolesAndLeavesTheOthers() {
        FakeKeycloak.StoredUser user = keycloak.addUser("isei1", "MHLW-ISEI", "secretariat", "offline_access");

        provider.replaceRoles(user.id, Set.of(Role.ADMIN, Role.MINISTRY_OFFICER));

        assertThat(user.realmRoles).containsExactlyInAnyOrder("default-roles-kpi", "offline_access", "admin",
                "ministry-officer");
        assertThat(provider.find(user.id).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MINISTRY_OFFICER);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThat(provider.find("no-such-id")).isEmpty();
        assertThatThrownBy(() -> provider.disable("no-such-id"))
                .isInstanceOfSatisfying(IdentityProviderException.class,
                        e -> assertThat(e.getReason()).isEqualTo(Reason.NOT_FOUND));
    }

    @Test
    void anExpiredTokenIsReplacedOnce() {
        keycloak.addUser("maker-c1", "MAKER-C", "manufacturer");
        provider.findByOrganisation("MAKER-C");
        keycloak.revokeTokens();

        assertThat(provider.findByOrganisation("MAKER-C")).hasSize(1);
        assertThat(keycloak.tokensIssued).isEqualTo(2);
    }

    @Test
    void aWrongSecretMissingRolesOrADownKeycloakSayWhatToCheckWithoutTheSecret() {
        KeycloakIdentityProvider wrongSecret = new KeycloakIdentityProvider(
                new KeycloakAdminApi(keycloak.settings("not-the-secret")));
        assertThatThrownBy(() -> wrongSecret.findByOrganisation("MAKER-C"))
                .isInstanceOfSatisfying(IdentityProviderException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("kpi-admin").contains("KPI_ADMIN_CLIENT_SECRET")
                            .doesNotContain("not-the-secret");
                });

        keycloak.forbidden = true;
        assertThatThrownBy(() -> provider.findByOrganisation("MAKER-C"))
                .hasMessageContaining("manage-users");

        KeycloakIdentityProvider down = new KeycloakIdentityProvider(new KeycloakAdminApi(
                new KeycloakAdminSettings(URI.create("http://localhost:9"), "kpi", "kpi-admin", FakeKeycloak.SECRET)));
        assertThatThrownBy(() -> down.findByOrganisation("MAKER-C"))
                .isInstanceOfSatisfying(IdentityProviderException.class, e -> {
                    assertThat(e.getReason()).isEqualTo(Reason.UNAVAILABLE);
                    assertThat(e.getMessageJa()).contains("localhost:9").contains("接続できません");
                });
    }

    @Test
    void missingSettingsAreNamed() {
        Map<String, String> config = Map.of("kpi.keycloak.realm", "kpi");
        assertThatThrownBy(() -> KeycloakAdminSettings.from(name -> Optional.ofNullable(config.get(name))))
                .hasMessageContaining("kpi.keycloak.admin-url").hasMessageContaining("kpi.admin.client-secret");

        KeycloakAdminSettings settings = KeycloakAdminSettings.from(name -> Optional.ofNullable(Map.of(
                "kpi.keycloak.admin-url", "http://localhost:8180/", "kpi.admin.client-secret", "x").get(name)));
        assertThat(settings.baseUrl()).hasToString("http://localhost:8180");
        assertThat(settings.realm()).isEqualTo("kpi");
        assertThat(settings.clientId()).isEqualTo("kpi-admin");
        assertThat(settings.toString()).doesNotContain("x]");
    }
}
