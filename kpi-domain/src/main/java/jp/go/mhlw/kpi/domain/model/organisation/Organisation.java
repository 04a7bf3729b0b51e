package jp.go.mhlw.kpi.domain.model.organisation;

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
import java.util.Locale;

/** A reporting body, ministry division, manufacturer or other organisation that users belong to. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    /** The code carried by the users' tokens ({@code org} claim). */
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "corporate_number", length = 13)
    private String corporateNumber;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String code, OrganisationKind kind, String nameJa, String nameEn) {
        this.code = code;
        this.kind = kind;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
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

    public boolean isActive() {
        return active;
    }
}
