package jp.go.mhlw.kpi.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.shared.InvalidValueException;

/** A reporting body, ministry division, manufacturer or other organisation that users belong to. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    /** The code carried by the users' tokens ({@code org} claim). */
    @NotBlank
    @Size(max = 64)
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** 法人番号, always 13 ASCII digits with a valid check digit (see {@link CorporateNumber}). */
    @Pattern(regexp = "\\d{13}", message = "corporate number must have 13 digits")
    @Column(name = "corporate_number", length = 13)
    private String corporateNumber;

    /** The programme that adopted the hub; only hubs have one. */
    @ManyToOne
    @JoinColumn(name = "hub_programme_id")
    private HubProgramme hubProgramme;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String code, OrganisationKind kind, String nameJa, String nameEn) {
        this.code = required(code, "code");
        if (kind == null) {
            throw new IllegalArgumentException("kind of organisation " + code + " is required");
        }
        this.kind = kind;
        this.nameJa = required(nameJa, "Japanese name");
        this.nameEn = required(nameEn, "English name");
    }

    /** An organisation identified by its 法人番号, typically a manufacturer (製造販売業者). */
    public Organisation(String code, OrganisationKind kind, String nameJa, String nameEn, CorporateNumber corporateNumber) {
        this(code, kind, nameJa, nameEn);
        changeCorporateNumber(corporateNumber);
    }

    /** Records a new or corrected 法人番号; {@link CorporateNumber} has already checked its digits. */
    public void changeCorporateNumber(CorporateNumber number) {
        if (number == null) {
            throw new InvalidValueException("organisation.corporateNumber.requiredOf", code);
        }
        this.corporateNumber = number.value();
    }

    /** Places a hub under the programme that adopted it. */
    public void joinHubProgramme(HubProgramme programme) {
        if (kind != OrganisationKind.HUB) {
            throw new IllegalArgumentException("only hubs belong to a hub programme, " + code + " is " + kind);
        }
        if (programme == null) {
            throw new IllegalArgumentException("hub programme of " + code + " is required");
        }
        this.hubProgramme = programme;
    }

    /** Corrects the names; the code never changes (users' tokens and reports carry it). */
    public void rename(String nameJa, String nameEn) {
        this.nameJa = required(nameJa, "Japanese name");
        this.nameEn = required(nameEn, "English name");
    }

    /** Removes a 法人番号 recorded by mistake; a manufacturer is identified by its 法人番号 and always keeps one. */
    public void removeCorporateNumber() {
        if (kind == OrganisationKind.MANUFACTURER) {
            throw new InvalidValueException("organisation.corporateNumber.requiredOfManufacturer", code);
        }
        this.corporateNumber = null;
    }

    /** The hub no longer belongs to a programme (e.g. recorded under the wrong one). */
    public void leaveHubProgramme() {
        this.hubProgramme = null;
    }

    /**
     * The organisation takes no further part (a hub whose adoption ended, a manufacturer that closed): it is kept
     * with its history and can be reactivated, but is not offered for new users or reports. Organisations are never
     * deleted.
     */
    public void deactivate() {
        if (!active) {
            throw new IllegalStateException("organisation " + code + " is already inactive");
        }
        active = false;
    }

    public void reactivate() {
        if (active) {
            throw new IllegalStateException("organisation " + code + " is already active");
        }
        active = true;
    }

    /** Stored rows were written by SQL too: check them again before JPA writes them back. */
    @PrePersist
    @PreUpdate
    void checkInvariants() {
        if (corporateNumber != null) {
            CorporateNumber.of(corporateNumber);
        }
        if (hubProgramme != null && kind != OrganisationKind.HUB) {
            throw new IllegalStateException("only hubs belong to a hub programme, " + code + " is " + kind);
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("organisation " + what + " is required");
        }
        return value;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the user's language: Japanese unless English is asked for. */
    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public Optional<CorporateNumber> corporateNumber() {
        return Optional.ofNullable(corporateNumber).map(CorporateNumber::of);
    }

    public Optional<HubProgramme> hubProgramme() {
        return Optional.ofNullable(hubProgramme);
    }

    public boolean isActive() {
        return active;
    }

    /** The version the optimistic lock compares: a form holds it so that a concurrent change is noticed. */
    public int getVersion() {
        return version;
    }
}
