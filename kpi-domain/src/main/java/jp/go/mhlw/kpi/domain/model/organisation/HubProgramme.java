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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;

/**
 * A ministry programme that adopts hubs and asks them for the hub report, e.g. MHLW's 次世代医療機器連携拠点整備等事業
 * (14 hubs in R5) or METI's 医工連携イノベーション推進事業 地域連携拠点自立化推進事業 (6 hubs).
 */
@Entity
@Table(name = "hub_programme")
public class HubProgramme {

    @Id
    @SequenceGenerator(name = "hub_programme_seq", sequenceName = "hub_programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hub_programme_seq")
    private Long id;

    @NotBlank
    @Size(max = 64)
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Ministry ministry;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** The ministry division that follows the programme up. */
    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "division_id", nullable = false)
    private Organisation division;

    @Version
    private int version;

    protected HubProgramme() {
        // for JPA
    }

    public HubProgramme(String code, Ministry ministry, String nameJa, String nameEn, Organisation division) {
        this.code = Objects.requireNonNull(code, "code is required");
        this.ministry = Objects.requireNonNull(ministry, "ministry is required");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa is required");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn is required");
        Objects.requireNonNull(division, "division is required");
        if (division.getKind() != OrganisationKind.MINISTRY_DIVISION) {
            throw new IllegalArgumentException("a hub programme is followed up by a ministry division, not by "
                    + division.getCode() + " (" + division.getKind() + ")");
        }
        this.division = division;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Ministry getMinistry() {
        return ministry;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    public Organisation getDivision() {
        return division;
    }
}
