package jp.go.mhlw.kpi.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.InMemoryIdentityProvider;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.security.AccessDeniedException;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.Invitation;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.organisation.CorporateNumber;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User administration: the reference organisations (H2) and an in-memory identity provider. */
class UserAdministrationTest extends JpaTestSupport {

    private InMemoryIdentityProvider identities;
    private RecordingAuditTrail audit;

    @BeforeEach
    void organisationsAndAccounts() {
        identities = new InMemoryIdentityProvider();
        audit = new RecordingAuditTrail();
        organisations().store(new Organisation("MAKER-C", OrganisationKind.MANUFACTURER, "株式会社C", "C Co., Ltd.",
                CorporateNumber.of("6000000000003")));
        flushAndClear();
    }

    private UserAdministration as(String user, String organisation, Role... roles) {
        CurrentCaller caller = new CurrentCaller();
        caller.establish(new Caller(user, Set.of(roles), Optional.of(organisation)));
        return new UserAdministration(identities, organisations(), audit, caller);
    }

    private UserAdministration admin() {
        return as("admin1", "MHLW-ISEI", Role.ADMIN);
    }

    private UserAdministration officer() {
        return as("officer1", "MHLW-KIKI", Role.MINISTRY_OFFICER);
    }

    private static NewAccount account(String username, String organisation, Role... roles) {
        return new NewAccount(username, username + "@example.test", "試験", "太郎", organisation, Set.of(roles));
    }

    @Test
    void anAdministratorInvitesAHubReporterAndTheInvitationIsRecordedOnce() {
        Invitation invitation = admin().invite(new NewAccount(" Hub-Nagoya1 ", "hub-nagoya1@example.test", "拠点", "花子",
                "HUB-HIROSHIMA", Set.of(Role.HUB_REPORTER)));

        assertThat(invitation.getAccount().getUsername()).isEqualTo("hub-nagoya1");
        assertThat(invitation.getPasswordEmail().isSent()).isTrue();
        assertThat(identities.byName("hub-nagoya1").getRoles()).containsExactly(Role.HUB_REPORTER);
        assertThat(audit.actions()).containsExactly("user.invited");
        AuditEntry entry = audit.entries.get(0);
        assertThat(entry.objectType()).isEqualTo("User");
        assertThat(entry.objectId()).isEqualTo("hub-nagoya1");
        assertThat(entry.objectOrganisation()).isEqualTo("HUB-HIROSHIMA");
        assertThat(entry.after()).contains("\"roles\":\"hub-reporter\"").contains("\"passwordEmailSent\":true")
                .doesNotContain("password\":");
    }

    @Test
    void withoutAMailServerTheInvitationSucceedsAndSaysTheEmailWasNotSent() {
        identities.mailServer = false;

        Invitation invitation = admin().invite(account("maker-c1", "MAKER-C", Role.MANUFACTURER));

        assertThat(invitation.getPasswordEmail().isSent()).isFalse();
        assertThat(identities.byName("maker-c1")).isNotNull();
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.summary()).contains("password e-mail NOT sent (Failed to send execute actions email)");
            assertThat(entry.after()).contains("\"passwordEmailSent\":false");
        });
    }

    @Test
    void everyProblemOfAnInvitationIsReportedAndNothingIsCreated() {
        assertThatThrownBy(() -> admin().invite(new NewAccount("x", "nope", "", "太郎", "MAKER-C", Set.of(Role.HUB_REPORTER))))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("username", "email", "lastName", "roles"));
        assertThatThrownBy(() -> admin().invite(account("maker-z1", "MAKER-Z", Role.MANUFACTURER)))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("organisation"));
        assertThat(identities.calls).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aTakenUserNameIsAProblemOfTheUserNameField() {
        identities.add("maker-c1", "MAKER-C", Role.MANUFACTURER);

        assertThatThrownBy(() -> admin().invite(account("maker-c1", "MAKER-C", Role.MANUFACTURER)))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> {
                    assertThat(e.getProblems()).extracting(Problem::field).containsExactly("username");
                    assertThat(e.getProblems().get(0).messageJa()).isEqualTo("ユーザー名 maker-c1 は既に使われています。");
                });
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void anUnreachableIdentityProviderIsReportedAsSuch() {
        identities.unavailable = true;

        assertThatThrownBy(() -> admin().invite(account("maker-c1", "MAKER-C", Role.MANUFACTURER)))
                .isInstanceOf(IdentityProviderException.class).hasMessageContaining("cannot be reached");
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void noUserIsInvitedIntoAnInactiveOrganisation() {
        organisations().findByCode("MAKER-C").orElseThrow().deactivate();
        flushAndClear();

        assertThatThrownBy(() -> admin().invite(account("maker-c1", "MAKER-C", Role.MANUFACTURER)))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageJa())
                        .isEqualTo("組織 MAKER-C は無効です。有効にしてから利用者を登録してください。"));
    }

    @Test
    void anOfficerManagesManufacturersUsersWithTheManufacturerRoleOnly() {
        UserAdministration officer = officer();

        assertThat(officer.manageableOrganisations()).extracting(Organisation::getKind).containsOnly(OrganisationKind.MANUFACTURER);
        assertThat(officer.assignableRoles("MAKER-C")).containsExactly(Role.MANUFACTURER);
        officer.invite(account("maker-c1", "MAKER-C", Role.MANUFACTURER));
        assertThat(identities.byName("maker-c1")).isNotNull();

        assertThatThrownBy(() -> officer.invite(account("maker-c2", "MAKER-C", Role.MANUFACTURER, Role.ADMIN)))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageEn())
                        .isEqualTo("You may not grant admin; ministry officers grant the manufacturer role only."));
        assertThatThrownBy(() -> officer.invite(account("hub-x1", "HUB-HIROSHIMA", Role.HUB_REPORTER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officer.users("HUB-HIROSHIMA")).isInstanceOf(AccessDeniedException.class);
        UserAccount hubUser = identities.add("hub-hiroshima", "HUB-HIROSHIMA", Role.HUB_REPORTER);
        assertThatThrownBy(() -> officer.disable(hubUser.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officer.changeRoles(hubUser.getId(), Set.of(Role.MANUFACTURER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(identities.byName("hub-hiroshima").isEnabled()).isTrue();
    }

    @Test
    void disablingAndEnablingAreRecordedWithBeforeAndAfter() {
        UserAccount maker = identities.add("maker-c1", "MAKER-C", Role.MANUFACTURER);

        UserAccount disabled = officer().disable(maker.getId());
        assertThat(disabled.isEnabled()).isFalse();
        assertThatThrownBy(() -> officer().disable(maker.getId()))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageJa())
                        .isEqualTo("利用者 maker-c1 は既に無効です。"));
        officer().enable(maker.getId());

        assertThat(identities.byName("maker-c1").isEnabled()).isTrue();
        assertThat(audit.actions()).containsExactly("user.disabled", "user.enabled");
        AuditEntry disabling = audit.entries.get(0);
        assertThat(disabling.objectId()).isEqualTo("maker-c1");
        assertThat(disabling.objectOrganisation()).isEqualTo("MAKER-C");
        assertThat(disabling.before()).contains("\"enabled\":true");
        assertThat(disabling.after()).contains("\"enabled\":false");
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        UserAccount self = identities.add("admin1", "MHLW-ISEI", Role.ADMIN);

        assertThatThrownBy(() -> admin().disable(self.getId()))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageJa())
                        .isEqualTo("自分のアカウントは無効にできません。"));
        assertThatThrownBy(() -> admin().changeRoles(self.getId(), Set.of(Role.SECRETARIAT)))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageEn())
                        .isEqualTo("You cannot take the admin role from yourself."));
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void rolesChangeToRolesThatFitTheOrganisationAndTheChangeIsRecorded() {
        UserAccount isei = identities.add("isei1", "MHLW-ISEI", Role.SECRETARIAT);

        assertThatThrownBy(() -> admin().changeRoles(isei.getId(), Set.of(Role.HUB_REPORTER)))
                .isInstanceOf(EntryRejectedException.class);
        assertThatThrownBy(() -> admin().changeRoles(isei.getId(), Set.of()))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageJa())
                        .isEqualTo("ロールを1つ以上選択してください。"));
        UserAccount changed = admin().changeRoles(isei.getId(), Set.of(Role.SECRETARIAT, Role.MINISTRY_OFFICER));

        assertThat(changed.getRoles()).containsExactlyInAnyOrder(Role.SECRETARIAT, Role.MINISTRY_OFFICER);
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.roles-changed");
            assertThat(entry.before()).contains("\"roles\":\"secretariat\"");
            assertThat(entry.after()).contains("\"roles\":\"secretariat,ministry-officer\"");
        });

        admin().changeRoles(isei.getId(), Set.of(Role.SECRETARIAT, Role.MINISTRY_OFFICER));
        assertThat(audit.entries).as("no change, no record").hasSize(1);
    }

    @Test
    void listsTheUsersOfAnOrganisationFromTheIdentityProvider() {
        identities.add("maker-c2", "MAKER-C", Role.MANUFACTURER);
        identities.add("maker-c1", "MAKER-C", Role.MANUFACTURER);
        identities.add("hub-hiroshima", "HUB-HIROSHIMA", Role.HUB_REPORTER);

        assertThat(admin().users("MAKER-C")).extracting(UserAccount::getUsername).containsExactly("maker-c1", "maker-c2");
        assertThat(admin().assignableRoles("MHLW-ISEI")).containsExactlyInAnyOrder(Role.SECRETARIAT, Role.MINISTRY_OFFICER, Role.ADMIN);
    }

    @Test
    void onlyAdministratorsAndMinistryOfficersReachTheService() {
        assertThat(UserAdministration.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder(Role.Names.ADMIN, Role.Names.MINISTRY_OFFICER);
    }
}
