package jp.go.mhlw.kpi.application.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanFile;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiComputation;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;

/**
 * A KPI of the cycle's plan as the aggregation reads it from the catalogue: its code, its kind, the one organisation
 * that reports it (if the catalogue names one) and the computation stored with it. What {@link CycleFigures} and
 * {@link MinistryFigures} compute for a KPI is its computation, never its code.
 *
 * @param responsibleOrganisation the code of the organisation that reports it; empty when the catalogue names every
 *                                organisation of a kind
 */
public record CatalogueKpi(String code, KpiKind kind, Optional<String> responsibleOrganisation,
                           KpiComputation computation) {

    private static final String SECOND_PLAN_FILE = "/plans/plan-2.json";

    public CatalogueKpi {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(responsibleOrganisation, "responsibleOrganisation");
        Objects.requireNonNull(computation, "computation");
    }

    /** The stored KPI. */
    public static CatalogueKpi of(Kpi kpi) {
        return new CatalogueKpi(kpi.getCode(), kpi.getKind(),
                kpi.getImplementingBody().organisation().map(Organisation::getCode), kpi.computation());
    }

    /** The plan's KPIs in catalogue order: goal by goal, each goal's KPIs in their display order. */
    public static List<CatalogueKpi> of(PlanCatalogue catalogue) {
        return catalogue.visions().stream().flatMap(v -> v.goals().stream()).flatMap(g -> g.kpis().stream())
                .map(CatalogueKpi::of).toList();
    }

    /** A plan file's KPIs in its order. */
    public static List<CatalogueKpi> of(PlanDefinition plan) {
        return plan.kpis().map(k -> new CatalogueKpi(k.code(), k.kind(), k.reportedBy().organisationCode(),
                new KpiComputation(k.computation(), k.parameters()))).toList();
    }

    /**
     * The 2nd plan's KPIs as its plan file ({@code plans/plan-2.json}) gives them, which the catalogue stores too
     * ({@code Plan2StoredComputationsTest}): for computing the 2nd plan's figures without a database.
     */
    public static List<CatalogueKpi> secondPlan() {
        return SecondPlan.KPIS;
    }

    /** Read once, when first asked for. */
    private static final class SecondPlan {

        static final List<CatalogueKpi> KPIS = read();

        private static List<CatalogueKpi> read() {
            try (InputStream in = CatalogueKpi.class.getResourceAsStream(SECOND_PLAN_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("The 2nd plan's file " + SECOND_PLAN_FILE + " is missing");
                }
                PlanFile.Reading reading = PlanFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        OptionalInt.empty());
                return of(reading.plan().orElseThrow(() -> new IllegalStateException(
                        "The 2nd plan's file " + SECOND_PLAN_FILE + " is refused: " + reading.errors())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
