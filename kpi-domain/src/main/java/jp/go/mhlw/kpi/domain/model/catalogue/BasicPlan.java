package jp.go.mhlw.kpi.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Basic Plan on Medical Devices (医療機器基本計画) decided by the Cabinet, e.g. the 2nd plan of 2022-05-31.
 * Each plan has its own catalogue of visions, goals and KPIs, because KPI definitions change between plans.
 * It stays in force until the next plan replaces it ({@link #validTo()} empty until then).
 */
@Entity
@Table(name = "basic_plan")
public class BasicPlan {

    @Id
    @SequenceGenerator(name = "basic_plan_seq", sequenceName = "basic_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "basic_plan_seq")
    private Long id;

    /** "PLAN-2". */
    @NotBlank
    @Size(max = 32)
    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @NotNull
    @Column(name = "cabinet_decision_date", nullable = false)
    private LocalDate cabinetDecisionDate;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The version of the plan file the catalogue was imported from (docs/plan-file.md). */
    @Column(name = "file_version", nullable = false)
    private int fileVersion = 1;

    @Version
    private int version;

    protected BasicPlan() {
        // for JPA
    }

    /** A plan in force from {@code validFrom} until a later plan replaces it. */
    public BasicPlan(String code, String nameJa, String nameEn, LocalDate cabinetDecisionDate, LocalDate validFrom) {
        this.code = Catalogue.required(code, "plan code");
        this.nameJa = Catalogue.required(nameJa, "Japanese name of plan " + code);
        this.nameEn = Catalogue.required(nameEn, "English name of plan " + code);
        this.cabinetDecisionDate = Objects.requireNonNull(cabinetDecisionDate, "cabinet decision date of " + code);
        this.validFrom = Objects.requireNonNull(validFrom, "start of validity of " + code);
    }

    /** Ends the plan's validity, typically the day before the next plan's cabinet decision. */
    public void endValidityOn(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "last day of " + code);
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("plan " + code + " cannot end (" + lastDay + ") before it starts ("
                    + validFrom + ")");
        }
        this.validTo = lastDay;
    }

    /** Records the version of the plan file the catalogue comes from. */
    public void importedFromFileVersion(int fileVersion) {
        if (fileVersion < 1) {
            throw new IllegalArgumentException("a plan file's version is a whole number from 1: " + fileVersion);
        }
        this.fileVersion = fileVersion;
    }

    /**
     * Takes a later version of the plan file's own texts and dates. Only for a plan no cycle follows up yet: the
     * import replaces its catalogue with the one of the file.
     */
    public void revise(String nameJa, String nameEn, LocalDate cabinetDecisionDate, LocalDate validFrom,
                       LocalDate validTo, int fileVersion) {
        if (fileVersion <= this.fileVersion) {
            throw new IllegalArgumentException("plan " + code + " is at version " + this.fileVersion
                    + "; a revision must be later: " + fileVersion);
        }
        this.nameJa = Catalogue.required(nameJa, "Japanese name of plan " + code);
        this.nameEn = Catalogue.required(nameEn, "English name of plan " + code);
        this.cabinetDecisionDate = Objects.requireNonNull(cabinetDecisionDate, "cabinet decision date of " + code);
        this.validFrom = Objects.requireNonNull(validFrom, "start of validity of " + code);
        this.validTo = null;
        if (validTo != null) {
            endValidityOn(validTo);
        }
        this.fileVersion = fileVersion;
    }

    public int getFileVersion() {
        return fileVersion;
    }

    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** True when the plan is in force on at least one day of the period (a fiscal year, say). */
    public boolean isInForceDuring(LocalDate first, LocalDate last) {
        return !last.isBefore(validFrom) && (validTo == null || !first.isAfter(validTo));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Catalogue.isEnglish(locale) ? nameEn : nameJa;
    }

    public LocalDate getCabinetDecisionDate() {
        return cabinetDecisionDate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validTo() {
        return Optional.ofNullable(validTo);
    }

    @Override
    public String toString() {
        return code + " " + nameJa;
    }
}
