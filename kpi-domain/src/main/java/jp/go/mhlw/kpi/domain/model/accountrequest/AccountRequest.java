package jp.go.mhlw.kpi.domain.model.accountrequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.model.organisation.CorporateNumber;

/**
 * A manufacturer's request for an account on the platform, made on the public page: the company (法人番号 and
 * name) and its contact person, who becomes the organisation's first user. A ministry officer approves or rejects
 * it (a rejection needs a reason); on approval the platform creates the organisation {@link #organisationCode()}
 * and the contact's account {@link #username()}, both derived from the 法人番号 so that creating them again after a
 * failure finds the same names.
 */
@Entity
@Table(name = "account_request")
public class AccountRequest {

    @Id
    @SequenceGenerator(name = "account_request_seq", sequenceName = "account_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_request_seq")
    private Long id;

    @Column(name = "corporate_number", nullable = false, length = 13)
    private String corporateNumber;

    @Column(name = "company_name_ja", nullable = false, length = 200)
    private String companyNameJa;

    @Column(name = "company_name_en", length = 200)
    private String companyNameEn;

    @Column(name = "contact_last_name", nullable = false, length = 100)
    private String contactLastName;

    @Column(name = "contact_first_name", nullable = false, length = 100)
    private String contactFirstName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AccountRequestStatus status;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "organisation_code", length = 64)
    private String organisationCode;

    @Column(length = 64)
    private String username;

    @Version
    private int version;

    protected AccountRequest() {
        // for JPA
    }

    /** A new pending request; the application service has checked every field. */
    public AccountRequest(CorporateNumber corporateNumber, String companyNameJa, String companyNameEn,
                          String contactLastName, String contactFirstName, String email, String phone, Instant submittedAt) {
        this.corporateNumber = Objects.requireNonNull(corporateNumber, "corporateNumber").value();
        this.companyNameJa = required(companyNameJa, "company name");
        this.companyNameEn = companyNameEn == null || companyNameEn.isBlank() ? null : companyNameEn;
        this.contactLastName = required(contactLastName, "contact's last name");
        this.contactFirstName = required(contactFirstName, "contact's first name");
        this.email = required(email, "e-mail address");
        this.phone = required(phone, "phone number");
        this.submittedAt = at(submittedAt);
        this.status = AccountRequestStatus.PENDING;
    }

    public void approve(String officer, Instant at) {
        requirePending();
        status = AccountRequestStatus.APPROVED;
        decidedBy = required(officer, "officer");
        decidedAt = at(at);
    }

    public void reject(String officer, Instant at, String reason) {
        requirePending();
        status = AccountRequestStatus.REJECTED;
        decidedBy = required(officer, "officer");
        decidedAt = at(at);
        rejectionReason = required(reason, "reason for the rejection");
    }

    /** The organisation and the account exist. */
    public void accountCreated() {
        if (status != AccountRequestStatus.APPROVED) {
            throw new IllegalStateException("account request " + id + " is " + status + ", not APPROVED");
        }
        status = AccountRequestStatus.ACCOUNT_CREATED;
        organisationCode = organisationCode();
        username = username();
    }

    private void requirePending() {
        if (status != AccountRequestStatus.PENDING) {
            throw new IllegalStateException("account request " + id + " has already been decided (" + status + ")");
        }
    }

    /** The code of the manufacturer's organisation: "MAKER-" and the 法人番号, unique as the number is. */
    public String organisationCode() {
        return "MAKER-" + corporateNumber;
    }

    /** The contact's user name: "maker-" and the 法人番号; later users of the company get names from the officer. */
    public String username() {
        return organisationCode().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(Objects.requireNonNull(instant, "instant"), ZoneOffset.UTC);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is required");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public String getCompanyNameJa() {
        return companyNameJa;
    }

    /** The English name, or the Japanese one when none was given. */
    public String getCompanyNameEn() {
        return companyNameEn == null ? companyNameJa : companyNameEn;
    }

    public String getContactLastName() {
        return contactLastName;
    }

    public String getContactFirstName() {
        return contactFirstName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public AccountRequestStatus getStatus() {
        return status;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getUsername() {
        return username;
    }

    public int getVersion() {
        return version;
    }
}
