package jp.go.mhlw.kpi.web.view.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.application.kpitarget.KpiTargets;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.ImplementingBody;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.lineage.FigureLineage;
import jp.go.mhlw.kpi.domain.model.lineage.KpiHistory;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/**
 * A KPI's history lists how many submissions each value has (kept with the value), and reads one value's submissions
 * only when asked for, a page of {@value KpiHistoryView#SOURCES_PAGE} at a time.
 */
class KpiHistoryViewTest {

    private static final int HUBS = 1818;

    private final BasicPlan plan = new BasicPlan("PLAN-2", "第2期医療機器基本計画", "2nd Basic Plan",
            LocalDate.of(2022, 5, 31), LocalDate.of(2022, 5, 31));
    private final Kpi participants = Kpi.define(new Goal(new Vision(plan, "A", "研究開発の中心地", "A centre of R&D"), 1,
                    "人材育成", "Human resources"), "G1-TRAINING-PARTICIPANTS", KpiKind.COUNT)
            .named("研修の受入実績数", "Training participants").definedAs("受入実績数。", "Participants.")
            .measuredIn("名", "participants").reportedBy(ImplementingBody.everyOrganisationOf(OrganisationKind.HUB))
            .listedAt(1).build();
    private final KpiValue r4 = value(2022, 11L, 594, 20);
    private final KpiValue r5 = value(2023, 12L, 770, HUBS);
    private final KpiValue asPublished = value(2024, 13L, 600, 0);

    /** The lineage pages read: value id and first submission. */
    private final List<String> lineageReads = new ArrayList<>();

    private KpiValue value(int fiscalYear, long id, long count, int reports) {
        List<SubmissionReference> inputs = java.util.stream.LongStream.rangeClosed(1, reports)
                .mapToObj(report -> SubmissionReference.of(SubmissionKind.HUB_REPORT, report)).toList();
        KpiValue value = new KpiValue(FollowUpCycle.forFiscalYear(plan, JapaneseFiscalYear.of(fiscalYear)),
                participants, KpiBreakdown.TOTAL, KpiFigure.count("participants " + fiscalYear, "Σ", count), inputs);
        try {
            Field field = KpiValue.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(value, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return value;
    }

    private KpiHistoryView view(Long value, Integer from) {
        KpiHistoryView view = new KpiHistoryView();
        view.catalogueService = new CatalogueService() {
            @Override
            public Optional<KpiHistory> kpiHistory(String planCode, String kpiCode) {
                return Optional.of(new KpiHistory(participants, List.of(asPublished, r4, r5)));
            }

            @Override
            public Optional<FigureLineage> valueLineage(String planCode, String kpiCode, long valueId, int first,
                                                        int max) {
                lineageReads.add(valueId + "@" + first + "+" + max);
                return Optional.of(FigureLineage.page(valueId == r5.getId() ? r5 : r4, List.of(), List.of(),
                        valueId == r5.getId() ? HUBS : 20));
            }
        };
        view.kpiTargets = new KpiTargets() {
            @Override
            public List<KpiTarget> targets(String planCode) {
                return List.of();
            }
        };
        view.setPlanCode("PLAN-2");
        view.setKpiCode("G1-TRAINING-PARTICIPANTS");
        view.setValue(value);
        view.setFrom(from);
        view.load();
        return view;
    }

    @Test
    void theHistoryListsEachValuesCountAndReadsNoSubmissionUntilARowIsOpened() {
        KpiHistoryView view = view(null, null);

        assertThat(view.getHistory().values()).hasSize(3);
        assertThat(view.sourceCount(r4)).isEqualTo(20);
        assertThat(view.sourceCount(r5)).isEqualTo(HUBS);
        assertThat(view.sourceCount(asPublished)).isZero();
        assertThat(view.hasMoreSources(r4)).isFalse();
        assertThat(view.hasMoreSources(r5)).isTrue();
        assertThat(view.getSourcesValue()).isNull();
        assertThat(lineageReads).isEmpty();

        // a row opened: its first page, read once however often the page asks
        assertThat(view.lineage(r5).submissionCount()).isEqualTo(HUBS);
        view.lineage(r5);
        assertThat(lineageReads).containsExactly("12@0+50");
    }

    @Test
    void oneValuesSubmissionsArePagedFiftyAtATime() {
        KpiHistoryView view = view(12L, 120);

        assertThat(view.getSourcesValue()).isSameAs(r5);
        assertThat(lineageReads).containsExactly("12@100+50");
        assertThat(view.getSourcesFirst()).isEqualTo(101);
        assertThat(view.getSourcesLast()).isEqualTo(150);
        assertThat(view.getPreviousFrom()).isEqualTo(50);
        assertThat(view.getNextFrom()).isEqualTo(150);

        KpiHistoryView first = view(12L, null);
        assertThat(first.getSourcesFirst()).isEqualTo(1);
        assertThat(first.getPreviousFrom()).isNull();
        assertThat(first.getNextFrom()).isEqualTo(50);

        KpiHistoryView last = view(12L, 1800);
        assertThat(last.getSourcesFirst()).isEqualTo(1801);
        assertThat(last.getSourcesLast()).isEqualTo(HUBS);
        assertThat(last.getPreviousFrom()).isEqualTo(1750);
        assertThat(last.getNextFrom()).isNull();

        KpiHistoryView negative = view(11L, -5);
        assertThat(negative.getSourcesFirst()).isEqualTo(1);
        assertThat(negative.getSourcesLast()).isEqualTo(20);
        assertThat(negative.getNextFrom()).isNull();
    }
}
