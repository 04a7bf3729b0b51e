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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;

/**
 * One of a plan's goals (ゴール), numbered across the whole plan and shown with a circled number:
 * ① … ⑪ in the 2nd plan.
 */
@Entity
@Table(name = "plan_goal")
public class Goal {

    /** Unicode has circled numbers ① (U+2460) to ⑳ (U+2473). */
    static final int HIGHEST_NUMBER = 20;

    @Id
    @SequenceGenerator(name = "plan_goal_seq", sequenceName = "plan_goal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_goal_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private BasicPlan plan;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "vision_id", nullable = false)
    private Vision vision;

    @Min(1)
    @Max(HIGHEST_NUMBER)
    @Column(name = "goal_number", nullable = false)
    private int number;

    @NotBlank
    @Size(max = 300)
    @Column(name = "name_ja", nullable = false, length = 300)
    private String nameJa;

    @NotBlank
    @Size(max = 300)
    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Version
    private int version;

    protected Goal() {
        // for JPA
    }

    public Goal(Vision vision, int number, String nameJa, String nameEn) {
        this.vision = Objects.requireNonNull(vision, "vision is required");
        this.plan = vision.getPlan();
        if (number < 1 || number > HIGHEST_NUMBER) {
            throw new IllegalArgumentException("goal number must be 1.." + HIGHEST_NUMBER + " (shown ①..⑳), was " + number);
        }
        this.number = number;
        this.nameJa = Catalogue.required(nameJa, "Japanese name of goal " + number);
        this.nameEn = Catalogue.required(nameEn, "English name of goal " + number);
    }

    public Long getId() {
        return id;
    }

    public BasicPlan getPlan() {
        return plan;
    }

    public Vision getVision() {
        return vision;
    }

    public int getNumber() {
        return number;
    }

    /** "⑥": the goal number as the committee prints it. */
    public String getCircledNumber() {
        return String.valueOf((char) ('①' + number - 1));
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
        return plan.getCode() + " goal " + getCircledNumber();
    }
}
