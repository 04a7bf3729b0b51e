package jp.go.mhlw.kpi.application.accountrequest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.account.AccountRules;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.account.Invitation;
import jp.go.mhlw.kpi.domain.model.account.NewAccount;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequest;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequestRepository;
import jp.go.mhlw.kpi.domain.model.accountrequest.AccountRequestStatus;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.organisation.CorporateNumber;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Manufacturers' account requests: anyone submits one on the public page; ministry officers approve or reject
 * it as a task of the review process; an approval then creates the manufacturer's organisation and the contact's
 * account in the background. Every step is recorded once in the audit trail (object type "AccountRequest").
 */
@Stateless
@RolesAllowed(Role.Names.MINISTRY_OFFICER)
public class AccountRequests {

    static final String OBJECT_TYPE = "AccountRequest";

    private static final int MAX_NAME = 200;
    private static final int MAX_REASON = 1000;
    /** Digits with the usual separators; 10 to 15 digits (Japanese numbers have 10 or 11, "+81" adds two). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]+");

    @Inject
    AccountRequestRepository requests;

    @Inject
    OrganisationRepository organisations;

    @Inject
    IdentityProvider identityProvider;

    @Inject
    AccountRequestReview review;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AccountRequestThrottle throttle;

    public AccountRequests() {
        // for the container
    }

    public AccountRequests(AccountRequestRepository requests, OrganisationRepository organisations,
                    IdentityProvider identityProvider, AccountRequestReview review, AuditTrail auditTrail,
                    CurrentCaller currentCaller, AccountRequestThrottle throttle) {
        this.requests = requests;
        this.organisations = organisations;
        this.identityProvider = identityProvider;
        this.review = review;
        this.auditTrail = auditTrail;
        this.currentCaller = currentCaller;
        this.throttle = throttle;
    }

    /**
     * Stores a manufacturer's request (no login needed) and puts it before the ministry officers. Refused, with
     * every problem named, when a field is missing or invalid, or when the 法人番号 already has a pending request
     * or an organisation; and held back when its client address has filed too many within the hour
     * ({@link AccountRequestThrottle}).
     *
     * @throws EntryRejectedException with every problem of the entry
     */
    @PermitAll
    public AccountRequest submit(AccountRequestEntry entry) {
        throttle.check(entry.clientAddress());
        List<Problem> problems = new ArrayList<>();
        String nameJa = name(entry.companyNameJa(), "companyNameJa", true, problems);
        String nameEn = name(entry.companyNameEn(), "companyNameEn", false, problems);
        Optional<CorporateNumber> number = corporateNumber(entry.corporateNumber(), problems);
        String email = entry.email() == null ? null : entry.email().strip().toLowerCase(Locale.ROOT);
        String lastName = strip(entry.contactLastName());
        String firstName = strip(entry.contactFirstName());
        problems.addAll(AccountRules.checkContact(email, lastName, firstName));
        String phone = phone(entry.phone(), problems);
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The account request", problems);
        }
        AccountRequest request = new AccountRequest(number.orElseThrow(), nameJa, nameEn, lastName, firstName, email,
                phone, Instant.now());
        requests.store(request);
        throttle.accepted(entry.clientAddress());
        review.requestSubmitted(request.getId());
        auditTrail.record(new AuditEntry("account-request.submitted", OBJECT_TYPE, id(request), null,
                Texts.text(Texts.ENGLISH, "accountRequest.audit.submitted", nameJa, request.getCorporateNumber(),
                        email),
                null, state(request)));
        return request;
    }

    /** Every request, newest first: the pending ones for the decision, the decided ones for reference. */
    @ReadOnly
    public List<AccountRequest> list() {
        return requests.findAll();
    }

    /** How many requests wait for a decision (the officer's home counts them). */
    @ReadOnly
    public long countPending() {
        return requests.countByStatus(AccountRequestStatus.PENDING);
    }

    /** Approves a pending request; the organisation and the account are then created in the background. */
    public AccountRequest approve(long requestId) {
        Caller officer = currentCaller.require();
        AccountRequest request = pending(requestId, "Approving");
        String before = state(request);
        request.approve(officer.userName(), Instant.now());
        review.requestDecided(requestId, true);
        auditTrail.record(new AuditEntry("account-request.approved", OBJECT_TYPE, id(request), request.organisationCode(),
                Texts.text(Texts.ENGLISH, "accountRequest.audit.approved", request.getCompanyNameJa(),
                        request.getCorporateNumber()), before, state(request)));
        return request;
    }

    /** Rejects a pending request; the reason is required (it is what the company is told). */
    public AccountRequest reject(long requestId, String reason) {
        Caller officer = currentCaller.require();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new EntryRejectedException("Rejecting", List.of(Problem.at("reason", "accountRequest.reason.required",
                    String.valueOf(MAX_REASON))));
        }
        AccountRequest request = pending(requestId, "Rejecting");
        String before = state(request);
        request.reject(officer.userName(), Instant.now(), why);
        review.requestDecided(requestId, false);
        auditTrail.record(new AuditEntry("account-request.rejected", OBJECT_TYPE, id(request), null,
                "Rejected the account request of " + request.getCompanyNameJa() + ": " + abbreviate(why), before,
                state(request)));
        return request;
    }

    /**
     * Creates the approved request's manufacturer organisation (unless it exists) and the contact's account with
     * the manufacturer role, and has the identity provider e-mail the set-password link. Run by the review process
     * in the background after an approval, on behalf of the approving officer; it does only what that approval
     * decided. When the identity provider refuses (e.g. the user name is taken), nothing is kept and the failure
     * stays with the process as an incident to retry once the cause is removed.
     */
    @PermitAll
    public AccountRequest createAccount(long requestId) {
        AccountRequest request = requests.find(requestId).orElseThrow(() -> new IllegalArgumentException(
                "There is no account request " + requestId));
        if (request.getStatus() != AccountRequestStatus.APPROVED) {
            throw new IllegalStateException("Account request " + requestId + " is " + request.getStatus() + ", not approved");
        }
        String code = request.organisationCode();
        Organisation organisation = organisations.findByCode(code).orElseGet(() -> {
            Organisation created = new Organisation(code, OrganisationKind.MANUFACTURER, request.getCompanyNameJa(),
                    request.getCompanyNameEn(), CorporateNumber.of(request.getCorporateNumber()));
            organisations.store(created);
            return created;
        });
        NewAccount account = AccountRules.normalise(new NewAccount(request.username(), request.getEmail(),
                request.getContactLastName(), request.getContactFirstName(), code, Set.of(Role.MANUFACTURER)));
        Caller approver = new Caller(request.getDecidedBy(), Set.of(Role.MINISTRY_OFFICER), Optional.empty());
        List<Problem> problems = AccountRules.check(account, organisation, approver);
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("Creating the account", problems);
        }
        Invitation invitation = identityProvider.invite(account);
        String before = state(request);
        request.accountCreated();
        auditTrail.record(new AuditEntry("account-request.account-created", OBJECT_TYPE, id(request), code,
                "Created organisation " + code + " and user " + invitation.getAccount().getUsername()
                        + " (manufacturer) approved by " + request.getDecidedBy()
                        + (invitation.getPasswordEmail().isSent() ? "; password e-mail sent"
                        : "; password e-mail NOT sent (" + invitation.getPasswordEmail().getProblem() + ")"),
                before, state(request)));
        return request;
    }

    private AccountRequest pending(long requestId, String what) {
        AccountRequest request = requests.find(requestId).orElseThrow(() -> new EntryRejectedException(what, List.of(
                Problem.at("request", "accountRequest.notFound", String.valueOf(requestId)))));
        if (request.getStatus() != AccountRequestStatus.PENDING) {
            throw new EntryRejectedException(what, List.of(Problem.at("request", "accountRequest.decided",
                    String.valueOf(requestId))));
        }
        return request;
    }

    private Optional<CorporateNumber> corporateNumber(String value, List<Problem> problems) {
        String typed = CorporateNumber.withoutSeparators(value);
        if (typed.isEmpty()) {
            problems.add(Problem.at("corporateNumber", "accountRequest.corporateNumber.required"));
            return Optional.empty();
        }
        if (!CorporateNumber.isValid(typed)) {
            problems.add(Problem.at("corporateNumber", "accountRequest.corporateNumber.invalid", value.strip()));
            return Optional.empty();
        }
        CorporateNumber number = CorporateNumber.of(typed);
        if (!organisations.findByCorporateNumber(number.value()).isEmpty()) {
            problems.add(Problem.at("corporateNumber", "accountRequest.corporateNumber.registered", number.value()));
        } else if (!requests.findByCorporateNumber(number.value(), AccountRequestStatus.PENDING).isEmpty()) {
            problems.add(Problem.at("corporateNumber", "accountRequest.corporateNumber.pending", number.value()));
        }
        return Optional.of(number);
    }

    private static String phone(String value, List<Problem> problems) {
        String phone = value == null ? "" : value.strip();
        long digits = phone.chars().filter(Character::isDigit).count();
        if (phone.isEmpty()) {
            problems.add(Problem.at("phone", "accountRequest.phone.required"));
        } else if (phone.length() > 30 || !PHONE.matcher(phone).matches() || digits < 10 || digits > 15) {
            problems.add(Problem.at("phone", "accountRequest.phone.invalid"));
        }
        return phone;
    }

    /** {@code field} is "companyNameJa" or "companyNameEn", named in the texts as {@code accountRequest.<field>}. */
    private static String name(String value, String field, boolean required, List<Problem> problems) {
        String name = strip(value);
        Phrase label = Phrase.of("accountRequest." + field);
        if (name == null || name.isEmpty()) {
            if (required) {
                problems.add(Problem.at(field, "account.name.required", label));
            }
            return null;
        }
        if (name.length() > MAX_NAME) {
            problems.add(Problem.at(field, "account.name.tooLong", label, String.valueOf(MAX_NAME)));
        }
        return name;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private static String id(AccountRequest request) {
        return String.valueOf(request.getId());
    }

    private static String state(AccountRequest request) {
        return AuditJson.object()
                .with("corporateNumber", request.getCorporateNumber())
                .with("companyName", request.getCompanyNameJa())
                .with("email", request.getEmail())
                .with("status", request.getStatus().name())
                .with("decidedBy", request.getDecidedBy())
                .with("rejectionReason", request.getRejectionReason())
                .with("organisation", request.getOrganisationCode())
                .with("username", request.getUsername())
                .toString();
    }
}
