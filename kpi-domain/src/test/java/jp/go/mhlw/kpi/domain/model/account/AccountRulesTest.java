package jp.go.mhlw.kpi.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.organisation.CorporateNumber;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static final Caller ADMIN = new Caller("admin1", Set.of(Role.ADMIN), Optional.of("MHLW-ISEI"));
    private static final Caller OFFICER = new Caller("officer1", Set.of(Role.MINISTRY_OFFICER), Optional.of("MHLW-KIKI"));
    private static final Caller SECRETARIAT = new Caller("secretariat1", Set.of(Role.SECRETARIAT), Optional.of("MHLW-ISEI"));
    private static final Organisation MAKER = new Organisation("MAKER-C", OrganisationKind.MANUFACTURER, "株式会社C", "C Co.",
            CorporateNumber.of("8900000000001"));
    private static final Organisation HUB = new Organisation("HUB-NAGOYA", OrganisationKind.HUB, "名古屋大学", "Nagoya University");
    private static final Organisation DIVISION = new Organisation("MHLW-ISEI", OrganisationKind.MINISTRY_DIVISION, "課", "Division");

    @Test
    void administratorsManageEveryOrganisationOfficersOnlyManufacturersOthersNone() {
        for (OrganisationKind kind : OrganisationKind.values()) {
            assertThat(AccountRules.mayManageAccountsOf(ADMIN, kind)).isTrue();
            assertThat(AccountRules.mayManageAccountsOf(OFFICER, kind)).isEqualTo(kind == OrganisationKind.MANUFACTURER);
            assertThat(AccountRules.mayManageAccountsOf(SECRETARIAT, kind)).isFalse();
        }
        assertThat(AccountRules.grantableBy(OFFICER)).containsExactly(Role.MANUFACTURER);
        assertThat(AccountRules.grantableBy(SECRETARIAT)).isEmpty();
    }

    @Test
    void eachKindOfOrganisationHasItsRolesAndEveryRoleFitsSomeKind() {
        assertThat(AccountRules.rolesFor(OrganisationKind.HUB)).containsExactly(Role.HUB_REPORTER);
        assertThat(AccountRules.rolesFor(OrganisationKind.MINISTRY_DIVISION))
                .containsExactlyInAnyOrder(Role.SECRETARIAT, Role.MINISTRY_OFFICER, Role.ADMIN);
        assertThat(Set.of(OrganisationKind.values()).stream().flatMap(kind -> AccountRules.rolesFor(kind).stream()))
                .containsExactlyInAnyOrder(Role.values());
        assertThat(AccountRules.assignable(OFFICER, OrganisationKind.MANUFACTURER)).containsExactly(Role.MANUFACTURER);
        assertThat(AccountRules.assignable(OFFICER, OrganisationKind.HUB)).isEmpty();
    }

    @Test
    void aGoodAccountIsNormalisedAndHasNoProblem() {
        NewAccount account = AccountRules.normalise(new NewAccount("  Maker-C1 ", " Taro@Maker-C.example.JP ", " 製造 ",
                "太郎", " MAKER-C ", Set.of(Role.MANUFACTURER)));

        assertThat(account.username()).isEqualTo("maker-c1");
        assertThat(account.email()).isEqualTo("taro@maker-c.example.jp");
        assertThat(account.lastName()).isEqualTo("製造");
        assertThat(account.organisationCode()).isEqualTo("MAKER-C");
        assertThat(AccountRules.check(account, MAKER, OFFICER)).isEmpty();
    }

    @Test
    void everyProblemIsNamedByField() {
        NewAccount account = AccountRules.normalise(new NewAccount("a", "not-an-address", "", "<script>", "MAKER-C", Set.of()));

        List<Problem> problems = AccountRules.check(account, MAKER, ADMIN);

        assertThat(problems).extracting(Problem::field)
                .containsExactly("username", "email", "lastName", "firstName", "roles");
        assertThat(problems.get(0).messageJa()).contains("3〜64文字");
        assertThat(problems.get(3).messageEn()).contains("character names may not have");
    }

    @Test
    void officersGrantOnlyTheManufacturerRoleAndRolesMustFitTheOrganisation() {
        assertThat(AccountRules.checkRoles(Set.of(Role.MANUFACTURER, Role.ADMIN), MAKER, OFFICER))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("roles");
                    assertThat(problem.messageEn()).isEqualTo("You may not grant admin; ministry officers grant the manufacturer role only.");
                });
        assertThat(AccountRules.checkRoles(Set.of(Role.MANUFACTURER), HUB, ADMIN))
                .singleElement().extracting(Problem::messageEn)
                .isEqualTo("Users of HUB-NAGOYA (HUB) cannot hold manufacturer; they may hold hub-reporter.");
        assertThat(AccountRules.checkRoles(Set.of(Role.ADMIN, Role.SECRETARIAT), DIVISION, ADMIN)).isEmpty();
    }
}
