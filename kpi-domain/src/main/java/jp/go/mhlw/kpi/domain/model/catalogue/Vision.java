package jp.go.mhlw.kpi.domain.model.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One of a plan's visions (ビジョン), e.g. A: 医療機器の研究開発の中心地としての我が国の地位の確立. */
@Entity
@Table(name = "plan_vision")
public class Vision {

    @Id
    @SequenceGenerator(name = "plan_vision_seq", sequenceName = "plan_vision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_vision_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private BasicPlan plan;

    /** "A", "B", "C": the order the plan lists them in. */
    @NotBlank
    @Size(max = 8)
    @Column(nullable = false, length = 8)
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_ja", nullable = false, length = 200)
    private String nameJa;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Version
    private int version;

    protected Vision() {
        // for JPA
    }

    public Vision(BasicPlan plan, String code, String nameJa, String nameEn) {
        this.plan = Objects.requireNonNull(plan, "plan is required");
        this.code = Catalogue.required(code, "vision code");
        this.nameJa = Catalogue.required(nameJa, "Japanese name of vision " + code);
        this.nameEn = Catalogue.required(nameEn, "English name of vision " + code);
    }

    public Long getId() {
        return id;
    }

    public BasicPlan getPlan() {
        return plan;
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

    @Override
    public String toString() {
        return plan.getCode() + " vision " + code;
    }
}
