package jp.go.mhlw.kpi.domain.model.catalogue;

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
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * A KPI or follow-up item of a plan's goal, e.g. G2-VENTURE-SHARE, with its definition in Japanese and English,
 * its unit, who reports it and how its figures are broken down. Built with {@link #define}.
 */
@Entity
@Table(name = "kpi")
public class Kpi {

    @Id
    @SequenceGenerator(name = "kpi_seq", sequenceName = "kpi_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private BasicPlan plan;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "goal_id", nullable = false)
    private Goal goal;

    /** Unique within the plan, e.g. "G1-TRAINING-PARTICIPANTS". */
    @NotBlank
    @Size(max = 64)
    @Column(nullable = false, length = 64)
    private String code;

    /** Position under its goal. */
    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private KpiKind kind;

    @Size(max = 32)
    @Column(name = "unit_ja", length = 32)
    private String unitJa;

    @Size(max = 32)
    @Column(name = "unit_en", length = 32)
    private String unitEn;

    @NotBlank
    @Size(max = 300)
    @Column(name = "name_ja", nullable = false, length = 300)
    private String nameJa;

    @NotBlank
    @Size(max = 300)
    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @NotBlank
    @Size(max = 4000)
    @Column(name = "definition_ja", nullable = false, length = 4000)
    private String definitionJa;

    @NotBlank
    @Size(max = 4000)
    @Column(name = "definition_en", nullable = false, length = 4000)
    private String definitionEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "implementing_body_kind", length = 32)
    private OrganisationKind implementingBodyKind;

    @ManyToOne
    @JoinColumn(name = "implementing_body_id")
    private Organisation implementingBodyOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private KpiBreakdown breakdown;

    @Column(name = "normalised_by_period", nullable = false)
    private boolean normalisedByPeriod;

    /** The computation's name in a plan file, e.g. "training-sum"; "typed-in" when nothing is computed. */
    @NotBlank
    @Size(max = 40)
    @Column(nullable = false, length = 40)
    private String computation = Computation.TYPED_IN.fileName();

    /** The computation's parameters as a JSON object, "{}" for none. */
    @NotNull
    @Size(max = 1000)
    @Column(name = "computation_parameters", nullable = false, length = 1000)
    private String computationParameters = "{}";

    @Version
    private int version;

    protected Kpi() {
        // for JPA
    }

    /** Starts the definition of a KPI under a goal: {@code Kpi.define(goal, "G2-VENTURE-SHARE", SHARE).named(…)…build()}. */
    public static Definition define(Goal goal, String code, KpiKind kind) {
        return new Definition(goal, code, kind);
    }

    public Long getId() {
        return id;
    }

    public BasicPlan getPlan() {
        return plan;
    }

    public Goal getGoal() {
        return goal;
    }

    public String getCode() {
        return code;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public KpiKind getKind() {
        return kind;
    }

    /** As printed next to the figure (件, 名, %, 千円); empty for a narrative item. */
    public Optional<String> unit(Locale locale) {
        return Optional.ofNullable(Catalogue.isEnglish(locale) ? unitEn : unitJa);
    }

    public String getUnitJa() {
        return unitJa;
    }

    public String getUnitEn() {
        return unitEn;
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

    public String getDefinitionJa() {
        return definitionJa;
    }

    public String getDefinitionEn() {
        return definitionEn;
    }

    public String definition(Locale locale) {
        return Catalogue.isEnglish(locale) ? definitionEn : definitionJa;
    }

    public ImplementingBody getImplementingBody() {
        return new ImplementingBody(Optional.ofNullable(implementingBodyKind), Optional.ofNullable(implementingBodyOrganisation));
    }

    public Optional<KpiBreakdown> breakdown() {
        return Optional.ofNullable(breakdown);
    }

    /** Whether a figure may be published for this breakdown key ("TOTAL", or e.g. "FA3" for a focus-area KPI). */
    public boolean acceptsBreakdown(String key) {
        return KpiBreakdown.TOTAL.equals(key) || (breakdown != null && breakdown.accepts(key));
    }

    /** Whether its figures are brought to a yearly basis with the cycle's normalisation factor. */
    /** One of this KPI's figure groups ("TOTAL", "INDUSTRY", "FA3") in the reader's language. */
    public String breakdownLabel(String key, Locale locale) {
        return breakdown().map(b -> b.label(key, locale))
                .orElseGet(() -> KpiBreakdown.TOTAL.equals(key) ? Texts.text(locale, "published.table.totalRow") : key);
    }

    public boolean isNormalisedByPeriod() {
        return normalisedByPeriod;
    }

    /**
     * How its figures come about, as its plan names it: the computation the follow-up's aggregation runs for it,
     * or typed-in.
     */
    public KpiComputation computation() {
        return KpiComputation.stored(computation, computationParameters);
    }

    @Override
    public String toString() {
        return plan.getCode() + " " + code;
    }

    /** Collects a KPI's definition and checks it is complete before the KPI exists. */
    public static final class Definition {

        private final Kpi kpi = new Kpi();

        private Definition(Goal goal, String code, KpiKind kind) {
            kpi.goal = Objects.requireNonNull(goal, "goal is required");
            kpi.plan = goal.getPlan();
            kpi.code = Catalogue.required(code, "KPI code");
            kpi.kind = Objects.requireNonNull(kind, "kind of KPI " + code + " is required");
        }

        public Definition named(String nameJa, String nameEn) {
            kpi.nameJa = Catalogue.required(nameJa, "Japanese name of KPI " + kpi.code);
            kpi.nameEn = Catalogue.required(nameEn, "English name of KPI " + kpi.code);
            return this;
        }

        public Definition definedAs(String definitionJa, String definitionEn) {
            kpi.definitionJa = Catalogue.required(definitionJa, "Japanese definition of KPI " + kpi.code);
            kpi.definitionEn = Catalogue.required(definitionEn, "English definition of KPI " + kpi.code);
            return this;
        }

        public Definition measuredIn(String unitJa, String unitEn) {
            if (kpi.kind.isNarrative()) {
                throw new IllegalArgumentException("KPI " + kpi.code + " is a narrative follow-up item and has no unit");
            }
            kpi.unitJa = Catalogue.required(unitJa, "Japanese unit of KPI " + kpi.code);
            kpi.unitEn = Catalogue.required(unitEn, "English unit of KPI " + kpi.code);
            return this;
        }

        public Definition reportedBy(ImplementingBody body) {
            Objects.requireNonNull(body, "implementing body of KPI " + kpi.code + " is required");
            kpi.implementingBodyKind = body.kind().orElse(null);
            kpi.implementingBodyOrganisation = body.organisation().orElse(null);
            return this;
        }

        public Definition brokenDownBy(KpiBreakdown breakdown) {
            kpi.breakdown = Objects.requireNonNull(breakdown, "breakdown of KPI " + kpi.code);
            return this;
        }

        /** For counts of what happened during the reporting period (participants, cases), not for shares. */
        public Definition normalisedByPeriod() {
            kpi.normalisedByPeriod = true;
            return this;
        }

        /** How its figures are computed; typed in unless given. Must fit its kind and breakdown. */
        public Definition computedBy(KpiComputation computation) {
            Objects.requireNonNull(computation, "computation of KPI " + kpi.code);
            kpi.computation = computation.computation().fileName();
            kpi.computationParameters = computation.parametersJson();
            return this;
        }

        public Definition listedAt(int displayOrder) {
            kpi.displayOrder = displayOrder;
            return this;
        }

        public Kpi build() {
            String code = kpi.code;
            if (kpi.nameJa == null || kpi.definitionJa == null) {
                throw new IllegalStateException("KPI " + code + " needs its names and definitions (named, definedAs)");
            }
            if (!kpi.kind.isNarrative() && kpi.unitJa == null) {
                throw new IllegalStateException("KPI " + code + " (" + kpi.kind + ") needs a unit (measuredIn)");
            }
            if (kpi.implementingBodyKind == null && kpi.implementingBodyOrganisation == null) {
                throw new IllegalStateException("KPI " + code + " needs an implementing body (reportedBy)");
            }
            if (!kpi.computation().fits(kpi.kind, kpi.breakdown)) {
                throw new IllegalStateException("KPI " + code + " (" + kpi.kind + ", " + kpi.breakdown + ") cannot be"
                        + " computed by " + kpi.computation());
            }
            return kpi;
        }
    }
}
