package jp.go.mhlw.kpi.web.view.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.application.followup.CycleOverview;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.web.view.export.Table;
import jp.go.mhlw.kpi.web.view.export.TableExport;
import org.junit.jupiter.api.Test;

/** The dashboard's body list as a download: the rows the table shows, as it shows them. */
class CycleDashboardExportTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static CycleOverview.Row row(long id, String code, String nameJa, String nameEn, RequestState state,
            boolean overdue) {
        return new CycleOverview.Row(id, code, nameJa, nameEn, "HUB_REPORT", state, DUE, overdue, false, 1, null);
    }

    private static final CycleOverview.Row HIROSHIMA = row(1, "HUB-HIROSHIMA", "広島大学", "Hiroshima University",
            RequestState.SUBMITTED, false);
    private static final CycleOverview.Row HOKKAIDO = row(2, "HUB-HOKKAIDO", "北海道大学", "Hokkaido University",
            RequestState.NOT_STARTED, true);
    private static final CycleOverview.Row AMED = row(3, "AMED", "日本医療研究開発機構", "AMED", RequestState.DRAFT, false);

    private static CycleDashboard dashboard(List<CycleOverview.Row> rows) {
        CycleDashboard dashboard = new CycleDashboard();
        dashboard.show(new CycleOverview(7, "PLAN-2-FY2026", "2026年度", CycleStatus.COLLECTING, DUE, "7,3",
                LocalDate.of(2026, 7, 2), rows, new SurveyDates(null, null, null), true));
        return dashboard;
    }

    private static Table table(CycleDashboard dashboard, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("jp.go.mhlw.kpi.web.messages", locale);
        return dashboard.bodiesTable(bundle::getString, locale);
    }

    @Test
    void everyBodyInTheTablesOrderWithItsCellsInTheReadersLanguage() {
        CycleDashboard dashboard = dashboard(List.of(HIROSHIMA, HOKKAIDO));
        Table english = table(dashboard, Locale.ENGLISH);
        assertThat(english.name()).isEqualTo("cycle-bodies-PLAN-2-FY2026");
        assertThat(english.headings()).containsExactly("Body", "Organisation code", "Template", "State", "Due",
                "Reminders");
        assertThat(english.rows()).containsExactly(
                List.of("Hiroshima University", "HUB-HIROSHIMA", "Hub report", "Submitted", "2026-06-30", "1"),
                List.of("Hokkaido University", "HUB-HOKKAIDO", "Hub report", "Not started (overdue)", "2026-06-30",
                        "1"));
        Table japanese = table(dashboard, Locale.JAPANESE);
        assertThat(japanese.headings()).startsWith("機関", "機関コード");
        assertThat(japanese.rows().get(1).get(0)).isEqualTo("北海道大学");
        assertThat(new String(TableExport.csv(japanese), StandardCharsets.UTF_8)).startsWith("\uFEFF機関,機関コード,");
    }

    @Test
    void withTheTablesFilterOnlyTheRowsItLeavesAreExported() {
        CycleDashboard dashboard = dashboard(List.of(HIROSHIMA, HOKKAIDO, AMED));
        dashboard.setFilteredRows(List.of(AMED, HOKKAIDO));
        assertThat(table(dashboard, Locale.ENGLISH).rows()).extracting(cells -> cells.get(1))
                .containsExactly("AMED", "HUB-HOKKAIDO");
    }

    @Test
    void aFilteredRowIsExportedAsItNowStands() {
        CycleDashboard dashboard = dashboard(List.of(HIROSHIMA, HOKKAIDO));
        dashboard.setFilteredRows(List.of(HIROSHIMA));
        // an approval since the filter was applied reloads the list
        dashboard.show(new CycleOverview(7, "PLAN-2-FY2026", "2026年度", CycleStatus.COLLECTING, DUE, "7,3",
                LocalDate.of(2026, 7, 2),
                List.of(row(1, "HUB-HIROSHIMA", "広島大学", "Hiroshima University", RequestState.APPROVED, false),
                        HOKKAIDO),
                new SurveyDates(null, null, null), true));
        assertThat(table(dashboard, Locale.ENGLISH).rows()).extracting(cells -> cells.get(3)).containsExactly("Approved");
    }

    @Test
    void theSecretariatsHomeLinksOpenTheBodiesOfOneKindOrTheOverdueOnes() {
        CycleOverview.Row amed = new CycleOverview.Row(3, "AMED", "日本医療研究開発機構", "AMED", "AMED_THEME_REPORT",
                RequestState.DRAFT, DUE, true, false, 0, null);
        List<CycleOverview.Row> rows = List.of(HIROSHIMA, HOKKAIDO, amed);

        assertThat(CycleDashboard.bodiesShown(rows, "HUB_REPORT", null)).containsExactly(HIROSHIMA, HOKKAIDO);
        assertThat(CycleDashboard.bodiesShown(rows, null, "overdue")).containsExactly(HOKKAIDO, amed);
        assertThat(CycleDashboard.bodiesShown(rows, "HUB_REPORT", "overdue")).containsExactly(HOKKAIDO);
        assertThat(CycleDashboard.bodiesShown(rows, "", "")).as("no parameter: every body").isEqualTo(rows);

        CycleDashboard dashboard = new CycleDashboard();
        dashboard.setKind("AMED_THEME_REPORT");
        dashboard.show(new CycleOverview(7, "PLAN-2-FY2026", "2026年度", CycleStatus.COLLECTING, DUE, "7,3",
                LocalDate.of(2026, 7, 2), rows, new SurveyDates(null, null, null), true));
        assertThat(dashboard.getBodyRows()).containsExactly(amed);
        assertThat(dashboard.isNarrowed()).isTrue();
    }
}
