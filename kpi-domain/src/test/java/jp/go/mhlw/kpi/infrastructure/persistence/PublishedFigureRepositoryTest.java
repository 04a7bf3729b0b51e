package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.TargetRule;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetRuleKind;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetStatus;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The printed figures and targets through JPA: mappings, queries, and the seeded rows against the entities' own rules. */
class PublishedFigureRepositoryTest extends JpaTestSupport {

    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(9));

    private static ValidatorFactory validatorFactory;
    private static Validator validator;

    private FollowUpCycle r4;
    private FollowUpCycle r5;

    @BeforeAll
    static void createValidator() {
        validatorFactory = Validation.buildDefaultValidatorFactory();
        validator = validatorFactory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        validatorFactory.close();
    }

    @BeforeEach
    void loadCycles() {
        r4 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2022)).orElseThrow();
        r5 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();
    }

    @Test
    void everySeededFigureIsOneTheSecretariatCouldHaveEntered() {
        List<PublishedFigure> seeded = Stream.concat(publishedFigures().findByCycle(r4).stream(),
                publishedFigures().findByCycle(r5).stream()).toList();

        assertThat(seeded).hasSize(153);
        assertThat(seeded.stream().flatMap(f -> validator.validate(f).stream())
                .map(v -> v.getRootBean() + "." + v.getPropertyPath() + ": " + v.getMessage())).isEmpty();
        assertThat(seeded.stream().flatMap(f -> PublishedFigure.check(f.getCycle(), f.getKpi(), f.getBreakdown(),
                        f.getUnit(), f.getPrintedText(), f.getSource(), f.getNote(), f.isPrintedNormalised()).stream()
                .map(problem -> f + ": " + problem))).isEmpty();
        // and each becomes a valid history value of its KPI
        assertThat(seeded).allSatisfy(f -> assertThat(f.toKpiValue(AT).getFormula()).startsWith("as published: "));
    }

    @Test
    void everySeededTargetIsOneTheSecretariatCouldHaveRecorded() {
        List<KpiTarget> seeded = kpiTargets().findByPlan("PLAN-2");

        assertThat(seeded).hasSize(6);
        assertThat(seeded.stream().flatMap(t -> validator.validate(t).stream())).isEmpty();
        assertThat(seeded.stream().flatMap(t -> KpiTarget.check(t.proposedIn().orElseThrow(), t.getKpi(), t.getBreakdown(),
                t.getUnit(), t.getRuleKind(), t.getParameter(), t.getEffectiveFrom(), t.effectiveTo().orElse(null),
                t.getWordingJa(), t.getSource()).stream())).isEmpty();
    }

    @Test
    void storesAPrintedFigureWithItsPrecisionAndFindsItByItsKey() {
        Kpi average = kpi("G3-JOINT-RESEARCH-AVERAGE-AMOUNT");
        PublishedFigure figure = publishedFigures().store(PublishedFigure.enter(r4, average, "NON_CLINICAL",
                FigureUnit.THOUSAND_YEN, "1,878", "資料3-1 p.37", null, false, "secretariat.sato", AT));
        flushAndClear();

        PublishedFigure stored = publishedFigures().find(r4, average, "NON_CLINICAL", FigureUnit.THOUSAND_YEN).orElseThrow();
        assertThat(stored.getId()).isEqualTo(figure.getId()).isGreaterThanOrEqualTo(1000L);
        assertThat(stored.getPrintedValue()).isEqualByComparingTo("1878").hasScaleOf(0);
        assertThat(stored.getEnteredAt().toInstant()).isEqualTo(AT.toInstant());
        assertThat(stored.getNote()).isNull();

        assertThat(stored.correct("1,878", "資料3-1 p.37 (p.11)", "stage as read from the chart", false,
                "secretariat.ito", AT.plusDays(1))).isTrue();
        publishedFigures().store(stored);
        flushAndClear();

        PublishedFigure corrected = publishedFigures().findById(figure.getId()).orElseThrow();
        assertThat(corrected.getSource()).isEqualTo("資料3-1 p.37 (p.11)");
        assertThat(corrected.getCorrectedBy()).isEqualTo("secretariat.ito");
        assertThat(corrected.getEnteredBy()).isEqualTo("secretariat.sato");
        assertThat(publishedFigures().find(r5, average, "NON_CLINICAL", FigureUnit.THOUSAND_YEN)).isEmpty();
    }

    @Test
    void listsACyclesFiguresByGoalKpiBreakdownAndUnit() {
        List<PublishedFigure> r5Figures = publishedFigures().findByCycle(r5);

        assertThat(r5Figures.stream().filter(f -> f.getKpi().getCode().equals("G6-STAGE-UP-RATIO"))
                .map(PublishedFigure::getBreakdown)).containsExactly(KpiBreakdown.TOTAL, "FA1", "FA2", "FA3", "FA4", "FA5",
                "NONE_OR_MULTIPLE", "BASIC", "PRODUCT_DEVELOPMENT", "NON_CLINICAL", "CLINICAL");
        assertThat(r5Figures.stream().filter(f -> f.getKpi().getCode().equals("G2-VENTURE-SHARE"))
                .map(PublishedFigure::getUnit)).containsExactly(FigureUnit.PERCENT, FigureUnit.PERCENTAGE_POINTS);
    }

    @Test
    void storesATargetWithItsRuleAndPeriod() {
        KpiTarget target = kpiTargets().store(KpiTarget.propose(r4, kpi("G2-VENTURE-SHARE"), KpiBreakdown.TOTAL,
                FigureUnit.PERCENT, new TargetRule.UpByAtLeastPoints(new BigDecimal("0.5")), JapaneseFiscalYear.of(2023),
                JapaneseFiscalYear.of(2023), "ベンチャー企業の割合を0.5ポイント以上上昇", "test", "secretariat.sato", AT));
        flushAndClear();

        KpiTarget stored = kpiTargets().findById(target.getId()).orElseThrow();
        assertThat(stored.getRuleKind()).isEqualTo(TargetRuleKind.UP_BY_AT_LEAST_POINTS);
        assertThat(stored.rule()).isEqualTo(new TargetRule.UpByAtLeastPoints(new BigDecimal("0.5")));
        assertThat(stored.getStatus()).isEqualTo(TargetStatus.PROPOSED);
        assertThat(stored.appliesTo(r5)).isTrue();
        assertThat(stored.appliesTo(r4)).isFalse();
        assertThat(stored.getEffectivePeriod()).isEqualTo("令和5年度 (FY2023)〜令和5年度 (FY2023)");
        assertThat(kpiTargets().findByPlan("PLAN-2")).hasSize(7);
    }

    private Kpi kpi(String code) {
        return basicPlans().findKpi("PLAN-2", code).orElseThrow();
    }
}
