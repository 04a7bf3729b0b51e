package jp.go.mhlw.kpi.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A ministry KPI the report has no value for, and why (its division's progress report is not approved, or leaves the
 * figure blank), worded in both languages when the report is drafted or published: printed instead of a figure, never
 * as 0.
 */
@Embeddable
public class MissingFigure {

    @Column(name = "kpi_code", nullable = false, length = 64)
    private String kpiCode;

    @Column(name = "goal_number", nullable = false)
    private int goalNumber;

    @Column(name = "name_ja", nullable = false, length = 300)
    private String nameJa;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "reason_ja", nullable = false, length = 1000)
    private String reasonJa;

    @Column(name = "reason_en", nullable = false, length = 1000)
    private String reasonEn;

    protected MissingFigure() {
        // for JPA
    }

    public MissingFigure(int goalNumber, String kpiCode, String nameJa, String nameEn, String reasonJa,
                         String reasonEn) {
        this.goalNumber = goalNumber;
        this.kpiCode = Objects.requireNonNull(kpiCode, "kpiCode");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.reasonJa = Objects.requireNonNull(reasonJa, "reasonJa");
        this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
    }

    public int getGoalNumber() {
        return goalNumber;
    }

    public String getKpiCode() {
        return kpiCode;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getReasonJa() {
        return reasonJa;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MissingFigure that && kpiCode.equals(that.kpiCode);
    }

    @Override
    public int hashCode() {
        return kpiCode.hashCode();
    }
}
