package jp.go.mhlw.kpi.application.accountrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.InMemoryIdentityProvider;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.RecordingReview;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequest;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequestStatus;
import jp.go.mhlw.kpi.domain.model.organisation.CorporateNumber;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.setting.FixedSettings;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Account requests over H2 with an in-memory identity provider and a recording review process. */
public class AccountRequestsTest extends JpaTestSupport {

    /** A valid 法人番号 (check digit 5) that no reference or demo organisation has. */
    public static final String NUMBER = "5010401000007";

    private InMemoryIdentityProvider identities;
    private RecordingReview review;
    private RecordingAuditTrail audit;
    private FixedSettings settings;
    private AccountRequestThrottle throttle;

    @BeforeEach
    void wire() {
        identities = new InMemoryIdentityProvider();
        review = new RecordingReview();
        audit = new RecordingAuditTrail();
        settings = new FixedSettings().with(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, 10);
        throttle = new AccountRequestThrottle(settings, Clock.systemUTC());
    }

    private AccountRequests service(CurrentCaller caller) {
        return new AccountRequests(accountRequests(), organisations(), identities, review, audit, caller, throttle);
    }

    private AccountRequests anonymous() {
        return service(new CurrentCaller());
    }

    private AccountRequests officer() {
        CurrentCaller caller = new CurrentCaller();
        caller.establish(new Caller("officer1", Set.of(Role.MINISTRY_OFFICER), Optional.of("MHLW-KIKI")));
        return service(caller);
    }

    public static AccountRequestEntry entry(String number) {
        return new AccountRequestEntry(" 試験医療機器株式会社 ", "", number, "試験", "太郎", " Taro@Example.TEST ", "03-1234-5678",
                "192.0.2.10");
    }

    @Test
    void aRequestIsStoredPendingPutBeforeTheOfficersAndRecordedOnce() {
        AccountRequest request = anonymous().submit(entry("５０１０４０１０００００７"));

        assertThat(request.getStatus()).isEqualTo(AccountRequestStatus.PENDING);
        assertThat(request.getCorporateNumber()).isEqualTo(NUMBER);
        assertThat(request.getCompanyNameJa()).isEqualTo("試験医療機器株式会社");
        assertThat(request.getCompanyNameEn()).as("the Japanese name stands in").isEqualTo("試験医療機器株式会社");
        assertThat(request.getEmail()).isEqualTo("taro@example.test");
        assertThat(review.calls).containsExactly("submitted " + request.getId());
        assertThat(audit.actions()).containsExactly("account-request.submitted");
        assertThat(audit.entries.get(0).after()).contains("\"status\":\"PENDING\"").contains(NUMBER);
    }

    @Test
    void everyProblemOfTheEntryIsNamedAtItsFieldAndNothingIsStored() {
        EntryRejectedException rejected = catchThrowableOfType(EntryRejectedException.class, () -> anonymous().submit(
                new AccountRequestEntry(" ", null, "1234567890123", "", "太郎", "taro", "12-34", "192.0.2.10")));

        assertThat(rejected.getProblems()).extracting(Problem::field)
                .containsExactly("companyNameJa", "corporateNumber", "email", "lastName", "phone");
        assertThat(rejected.getProblems().get(1).messageJa()).contains("1234567890123").contains("正しくありません");
        assertThat(accountRequests().findAll()).isEmpty();
        assertThat(review.calls).isEmpty();
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void oneAddressFilingMoreThanTheLimitWithinTheHourIsHeldBackWithNothingStored() {
        settings.with(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, 1);
        anonymous().submit(entry(NUMBER));

        EntryRejectedException held = catchThrowableOfType(EntryRejectedException.class,
                () -> anonymous().submit(entry("1010001008844")));

        assertThat(held.getProblems()).extracting(Problem::messageJa).singleElement().asString()
                .contains("1時間の上限に達しました");
        assertThat(accountRequests().findAll()).hasSize(1);
        assertThat(audit.actions()).containsExactly("account-request.submitted");
    }

    @Test
    void aSecondRequestForTheSameNumberIsRefusedWhileTheFirstIsPending() {
        anonymous().submit(entry(NUMBER));

        EntryRejectedException rejected = catchThrowableOfType(EntryRejectedException.class,
                () -> anonymous().submit(entry("5-0104-0100-0007")));

        assertThat(rejected.getProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("corporateNumber");
            assertThat(problem.messageJa()).contains("既に受け付けており");
        });
    }

    @Test
    void aCompanyAlreadyRegisteredIsRefused() {
        organisations().store(new Organisation("MAKER-REG", OrganisationKind.MANUFACTURER, "登録済", "Registered",
                CorporateNumber.of(NUMBER)));

        EntryRejectedException rejected = catchThrowableOfType(EntryRejectedException.class,
                () -> anonymous().submit(entry(NUMBER)));

        assertThat(rejected.getProblems()).singleElement().extracting(Problem::messageJa).asString()
                .contains("既に登録されています");
    }

    @Test
    void anApprovalMovesTheProcessOnAndTheBackgroundStepCreatesTheOrganisationAndTheAccount() {
        long id = anonymous().submit(entry(NUMBER)).getId();

        AccountRequest approved = officer().approve(id);
        assertThat(approved.getStatus()).isEqualTo(AccountRequestStatus.APPROVED);
        assertThat(approved.getDecidedBy()).isEqualTo("officer1");
        assertThat(review.calls).containsExactly("submitted " + id, "approved " + id);
        assertThat(identities.accounts).as("nothing before the background step").isEmpty();

        AccountRequest done = anonymous().createAccount(id);

        assertThat(done.getStatus()).isEqualTo(AccountRequestStatus.ACCOUNT_CREATED);
        Organisation organisation = organisations().findByCode("MAKER-" + NUMBER).orElseThrow();
        assertThat(organisation.getKind()).isEqualTo(OrganisationKind.MANUFACTURER);
        assertThat(organisation.getCorporateNumber()).isEqualTo(NUMBER);
        UserAccount account = identities.byName("maker-" + NUMBER);
        assertThat(account.getOrganisationCode()).isEqualTo("MAKER-" + NUMBER);
        assertThat(account.getRoles()).containsExactly(Role.MANUFACTURER);
        assertThat(account.getEmail()).isEqualTo("taro@example.test");
        assertThat(audit.actions()).containsExactly("account-request.submitted", "account-request.approved",
                "account-request.account-created");
        assertThat(audit.entries.get(2).objectOrganisation()).isEqualTo("MAKER-" + NUMBER);
    }

    @Test
    void aTakenUserNameFailsTheBackgroundStepWithoutChangingTheRequest() {
        long id = anonymous().submit(entry(NUMBER)).getId();
        officer().approve(id);
        identities.add("maker-" + NUMBER, null);
        audit.entries.clear();

        assertThatThrownBy(() -> anonymous().createAccount(id)).isInstanceOf(IdentityProviderException.class)
                .hasMessageContaining("already taken");
        assertThat(accountRequests().find(id).orElseThrow().getStatus()).isEqualTo(AccountRequestStatus.APPROVED);
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aRejectionNeedsAReasonAndADecidedRequestCannotBeDecidedAgain() {
        long id = anonymous().submit(entry(NUMBER)).getId();

        EntryRejectedException noReason = catchThrowableOfType(EntryRejectedException.class, () -> officer().reject(id, " "));
        assertThat(noReason.getProblems()).extracting(Problem::field).containsExactly("reason");

        AccountRequest rejected = officer().reject(id, "確認できませんでした");
        assertThat(rejected.getStatus()).isEqualTo(AccountRequestStatus.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("確認できませんでした");
        assertThat(review.calls).containsExactly("submitted " + id, "rejected " + id);
        assertThatThrownBy(() -> officer().approve(id)).isInstanceOf(EntryRejectedException.class)
                .hasMessageContaining("already been decided");
        assertThatThrownBy(() -> anonymous().createAccount(id)).isInstanceOf(IllegalStateException.class);
        assertThat(audit.actions()).containsExactly("account-request.submitted", "account-request.rejected");
    }

    @Test
    void theOfficersHomeCountsTheRequestsStillWaitingForADecision() {
        long before = officer().countPending();
        long decided = anonymous().submit(entry(NUMBER)).getId();
        anonymous().submit(entry("4010401000008"));
        assertThat(officer().countPending()).isEqualTo(before + 2);

        officer().reject(decided, "確認できませんでした");
        assertThat(officer().countPending()).as("a decided request no longer waits").isEqualTo(before + 1);
    }

    @Test
    void onlyOfficersDecideWhileAnyoneMaySubmit() throws Exception {
        assertThat(AccountRequests.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.Names.MINISTRY_OFFICER);
        assertThat(AccountRequests.class.getMethod("submit", AccountRequestEntry.class).isAnnotationPresent(PermitAll.class)).isTrue();
        assertThat(AccountRequests.class.getMethod("approve", long.class).isAnnotationPresent(PermitAll.class)).isFalse();
        assertThat(AccountRequests.class.getMethod("reject", long.class, String.class).isAnnotationPresent(PermitAll.class)).isFalse();
    }
}
