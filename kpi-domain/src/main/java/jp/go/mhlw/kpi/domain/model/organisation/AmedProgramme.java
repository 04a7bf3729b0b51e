package jp.go.mhlw.kpi.domain.model.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * An AMED programme whose themes the focus-area KPIs (goal ⑥) survey, e.g. 厚労・医療機器開発推進研究事業 (34 themes in R5),
 * with the number of its themes surveyed in each fiscal year.
 */
@Entity
@Table(name = "amed_programme")
public class AmedProgramme {

    @Id
    @SequenceGenerator(name = "amed_programme_seq", sequenceName = "amed_programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "amed_programme_seq")
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

    /** The order of the committee's list (slide 42): by ministry, then as AMED lists them. */
    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    /** Fiscal year (e.g. 2023) → themes surveyed; a handful of rows, so loaded with the programme. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "amed_programme_theme_count", joinColumns = @JoinColumn(name = "amed_programme_id"))
    @MapKeyColumn(name = "fiscal_year")
    @Column(name = "theme_count", nullable = false)
    private Map<Integer, Integer> themeCounts = new HashMap<>();

    @Version
    private int version;

    protected AmedProgramme() {
        // for JPA
    }

    public AmedProgramme(String code, Ministry ministry, String nameJa, String nameEn, int displayOrder) {
        this.code = Objects.requireNonNull(code, "code is required");
        this.ministry = Objects.requireNonNull(ministry, "ministry is required");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa is required");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn is required");
        this.displayOrder = displayOrder;
    }

    /** Records how many of the programme's themes the survey of a fiscal year covers. */
    public void recordThemeCount(int fiscalYear, int themes) {
        if (themes < 0) {
            throw new IllegalArgumentException("theme count of " + code + " in FY" + fiscalYear
                    + " cannot be negative, was " + themes);
        }
        themeCounts.put(fiscalYear, themes);
    }

    public OptionalInt themeCount(int fiscalYear) {
        Integer themes = themeCounts.get(fiscalYear);
        return themes == null ? OptionalInt.empty() : OptionalInt.of(themes);
    }

    public Map<Integer, Integer> getThemeCounts() {
        return Map.copyOf(themeCounts);
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

    /** "厚労・医療機器開発推進研究事業", as the committee lists the programmes. */
    public String getListedNameJa() {
        return Texts.text(Texts.JAPANESE, "organisation.programme.listedName", ministry.getShortNameJa(), nameJa);
    }

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
