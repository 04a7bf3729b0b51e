package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.Achievement;
import jp.go.mhlw.kpi.domain.computation.Discrepancy;
import jp.go.mhlw.kpi.domain.computation.DiscrepancyKind;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.TargetRule;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetAchievement;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.published.PrintedTableLayout;
import jp.go.mhlw.kpi.domain.model.published.PrintedTables;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import org.junit.jupiter.api.Test;

/**
 * The same entities through EclipseLink on a scratch PostgreSQL database (the production database): the seeded R5
 * figures reconcile to the known contradictions, adopting R4/R5 as history round-trips, and a target is judged.
 */
class PublishedFiguresOnPostgresqlTest {

    @Test
    void printedFiguresHistoryAndTargetsOnPostgresql() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            database.migrate(TestDatabase.REFERENCE_DATA);
            EntityManagerFactory factory = Persistence.createEntityManagerFactory("kpi-test", Map.of(
                    "jakarta.persistence.jdbc.url", database.url(),
                    "jakarta.persistence.jdbc.user", database.user(),
                    "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
            try {
                EntityManager entityManager = factory.createEntityManager();
                entityManager.getTransaction().begin();
                exercise(entityManager);
                entityManager.getTransaction().commit();
                entityManager.close();
            } finally {
                factory.close();
            }
        }
    }

    private static void exercise(EntityManager entityManager) {
        JpaFollowUpCycleRepository cycles = new JpaFollowUpCycleRepository(entityManager);
        JpaPublishedFigureRepository figures = new JpaPublishedFigureRepository(entityManager);
        JpaKpiValueRepository values = new JpaKpiValueRepository(entityManager);
        JpaKpiTargetRepository targets = new JpaKpiTargetRepository(entityManager);
        JpaBasicPlanRepository plans = new JpaBasicPlanRepository(entityManager);
        FollowUpCycle r4 = cycles.find("PLAN-2", JapaneseFiscalYear.of(2022)).orElseThrow();
        FollowUpCycle r5 = cycles.find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();

        List<Discrepancy> found = PrintedTables.assemble(r5, figures.findByCycle(r5), PrintedTableLayout.PLAN_2)
                .discrepancies();
        assertThat(found).extracting(Discrepancy::kind, Discrepancy::subject).containsExactly(
                tuple(DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP, "採択時 2nd 製品開発 theme count"),
                tuple(DiscrepancyKind.IMPOSSIBLE_PERCENTAGE, "重点分野3 stage-up ratio"),
                tuple(DiscrepancyKind.TOTAL_DISAGREES_WITH_GROUPS, "全体 stage-up ratio"),
                tuple(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, "全体 average single-year grant"),
                tuple(DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, "全体 average single-year grant"),
                tuple(DiscrepancyKind.QUOTIENT_DOES_NOT_MATCH, "企業人材研修 (category 2) participants per course"));

        OffsetDateTime now = OffsetDateTime.now();
        for (FollowUpCycle cycle : List.of(r4, r5)) {
            figures.findByCycle(cycle).forEach(figure -> values.store(figure.toKpiValue(now)));
        }
        Kpi participants = plans.findKpi("PLAN-2", "G1-TRAINING-PARTICIPANTS").orElseThrow();
        KpiTarget target = targets.store(KpiTarget.propose(r4, participants, "ACADEMIA", FigureUnit.COUNT,
                new TargetRule.AtLeastMultipleOfPrevious(new BigDecimal("1.2")), JapaneseFiscalYear.of(2023), null,
                "受入実績を前年度の1.2倍", "test", "secretariat.sato", now));
        entityManager.flush();
        entityManager.clear();

        Optional<KpiValue> before = values.find(r4, participants, "ACADEMIA", FigureUnit.COUNT);
        Optional<KpiValue> after = values.find(r5, participants, "ACADEMIA", FigureUnit.COUNT);
        assertThat(before).hasValueSatisfying(v -> assertThat(v.normalisation()).contains("R4 (2021-04-01〜2023-03-06) ×1/2"));
        assertThat(values.findByCycle(r4)).hasSize(28);
        assertThat(values.findByCycle(r5)).hasSize(125);
        PublishedFigure fa3 = figures.findByCycle(r5).stream()
                .filter(f -> f.getKpi().getCode().equals("G6-STAGE-UP-RATIO") && f.getBreakdown().equals("FA3"))
                .findFirst().orElseThrow();
        assertThat(fa3.getPrintedValue()).isEqualByComparingTo("55.5").hasScaleOf(1);
        KpiTarget stored = targets.findById(target.getId()).orElseThrow();
        // 724 against 629 × 1.2 = 754.8
        assertThat(TargetAchievement.evaluate(stored, r5, before, after).getAchievement()).isEqualTo(Achievement.NOT_MET);
    }
}
