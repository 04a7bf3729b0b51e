package jp.go.mhlw.kpi.web.view.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.application.kpitarget.KpiTargets;
import jp.go.mhlw.kpi.application.report.ReportExports;
import jp.go.mhlw.kpi.domain.computation.DisplayRounding;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.lineage.FigureLineage;
import jp.go.mhlw.kpi.domain.model.lineage.KpiHistory;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.shared.Texts;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.export.Table;
import jp.go.mhlw.kpi.web.view.export.TableExport;
import org.primefaces.model.StreamedContent;

/**
 * One KPI across fiscal years: its values as published (rounded for display only) with how many submissions each
 * was computed from, a chart per breakdown, and for the value the user opens the formula, the normalisation and the
 * first {@value #SOURCES_PAGE} submissions behind it (the drill-down); all of one value's submissions are listed
 * {@value #SOURCES_PAGE} at a time on the same page ({@code value} and {@code from}). A hub KPI's value is computed
 * from every hub's report, thousands a year, so nothing here reads more than one page of them.
 */
@Named
@ViewScoped
public class KpiHistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogueService catalogueService;

    @Inject
    transient KpiTargets kpiTargets;

    private List<KpiTarget> targets = List.of();

    /** How many submissions a drill-down lists, and a page of one value's submissions. */
    static final int SOURCES_PAGE = 50;

    private String planCode;
    private String kpiCode;
    private Long valueId;
    private Integer from;
    private KpiHistory history;
    /** The drill-downs opened in this view, by value id. */
    private final Map<Long, FigureLineage> opened = new HashMap<>();
    private KpiValue sourcesValue;
    private FigureLineage sourcesPage;

    public void load() {
        history = planCode == null || kpiCode == null ? null
                : catalogueService.kpiHistory(planCode, kpiCode).orElse(null);
        targets = history == null ? List.of() : kpiTargets.targets(planCode).stream()
                .filter(target -> target.getKpi().getCode().equals(kpiCode)).toList();
        if (history != null && valueId != null) {
            // a value of another KPI, or none, is not a page
            sourcesValue = history.values().stream().filter(value -> valueId.equals(value.getId())).findFirst()
                    .orElse(null);
            if (sourcesValue == null) {
                Feedback.notFound();
                return;
            }
            sourcesPage = catalogueService.valueLineage(planCode, kpiCode, valueId, start(), SOURCES_PAGE)
                    .orElse(null);
        }
    }

    /** The chart as Chart.js configuration: one line per breakdown and unit, fiscal years on the x axis. */
    public String getChartJson() {
        if (history == null || history.values().isEmpty()) {
            return "";
        }
        List<String> years = history.fiscalYears().stream().map(year -> year.display(Feedback.locale())).toList();
        // levels only: a year-over-year ratio or a point change on the same axis as its level would mislead
        Map<String, List<KpiValue>> lines = history.values().stream()
                .filter(value -> value.getUnit() != FigureUnit.TIMES && value.getUnit() != FigureUnit.PERCENTAGE_POINTS)
                .collect(Collectors.groupingBy(value -> value.getBreakdown() + " (" + unitSymbol(value.getUnit()) + ")",
                        LinkedHashMap::new, Collectors.toList()));
        if (lines.isEmpty()) {
            return "";
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        lines.forEach((name, values) -> {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (var year : history.fiscalYears()) {
                values.stream().filter(value -> value.getCycle().getFiscalYear().equals(year)).findFirst()
                        .ifPresentOrElse(value -> data.add(DisplayRounding.oneDecimal(value.getValue())), data::addNull);
            }
            datasets.add(Json.createObjectBuilder().add("label", name).add("data", data)
                    .add("fill", false).add("spanGaps", true));
            targetLine(values).ifPresent(line -> datasets.add(Json.createObjectBuilder()
                    .add("label", targetLabel() + ": " + name).add("data", line).add("fill", false)
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointStyle", "triangle")));
        });
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(years)).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    /**
     * The target line of one series: per fiscal year, what the targets judging that year ask of it, from the previous
     * year's value of the same breakdown and unit (the rule evaluated per cycle); empty when no year has one.
     */
    private java.util.Optional<JsonArrayBuilder> targetLine(List<KpiValue> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        boolean any = false;
        List<jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear> years = history.fiscalYears();
        for (int i = 0; i < years.size(); i++) {
            var year = years.get(i);
            var previousYear = i == 0 ? null : years.get(i - 1);
            var previous = values.stream().filter(value -> previousYear != null
                    && value.getCycle().getFiscalYear().equals(previousYear)).findFirst();
            var cycle = values.stream().filter(value -> value.getCycle().getFiscalYear().equals(year)).findFirst()
                    .map(KpiValue::getCycle);
            var target = targets.stream().filter(candidate -> previous.isPresent() && cycle.isPresent()
                    && candidate.appliesTo(cycle.get())
                    && candidate.getBreakdown().equals(previous.get().getBreakdown())
                    && candidate.getUnit() == previous.get().getUnit()).findFirst();
            if (target.isPresent()) {
                data.add(DisplayRounding.oneDecimal(target.get().rule().threshold(previous.get().getValue())));
                any = true;
            } else {
                data.addNull();
            }
        }
        return any ? java.util.Optional.of(data) : java.util.Optional.empty();
    }

    private String targetLabel() {
        return Texts.text(getLocale(), "chart.history.target");
    }

    /**
     * The unit as the chart's series names show it: "件", "%", "千円"; an average says what it averages in the
     * catalogue's words ("年" for the device lag, "名/コース").
     */
    private String unitSymbol(FigureUnit unit) {
        if (unit == FigureUnit.AVERAGE) {
            return history.kpi().unit(getLocale())
                    .orElseGet(() -> Texts.text(getLocale(), "chart.history.unit." + unit.name()));
        }
        return Texts.text(getLocale(), "chart.history.unit." + unit.name());
    }

    /** The KPI's values across the years, as the table lists them, as CSV. */
    public StreamedContent getValuesCsv() {
        return TableExport.download(valuesTable(key -> Feedback.text(key)), TableExport.Format.CSV);
    }

    /** The KPI's values across the years as an Excel workbook. */
    public StreamedContent getValuesXlsx() {
        return TableExport.download(valuesTable(key -> Feedback.text(key)), TableExport.Format.XLSX);
    }

    /** The values the page lists (the history loaded with it), with the unrounded value and the formula beside them. */
    Table valuesTable(Function<String, String> text) {
        List<KpiValue> values = history == null ? List.of() : history.values();
        return Table.<KpiValue>columns(text)
                .column("history.fiscalYear", value -> value.getCycle().getFiscalYear().display())
                .column("history.item", KpiValue::getLabel)
                .column("history.value", KpiValue::getDisplayValue)
                .column("history.normalisation", value -> value.normalisation().orElse("—"))
                .column("history.exact", value -> ReportExports.fullPrecision(value.getValue()))
                .column("history.formula", KpiValue::getFormula)
                .of("kpi-history-" + planCode + "-" + kpiCode, values);
    }

    public String getPlanCode() {
        return planCode;
    }

    public void setPlanCode(String planCode) {
        this.planCode = planCode;
    }

    public String getKpiCode() {
        return kpiCode;
    }

    public void setKpiCode(String kpiCode) {
        this.kpiCode = kpiCode;
    }

    /** The committee's relative targets for this KPI (proposed or adopted, with their period). */
    public List<KpiTarget> getTargets() {
        return targets;
    }

    /**
     * Where a value comes from: its first {@value #SOURCES_PAGE} submissions, the normalisation and the formula; null
     * when not recorded. Read when the row is opened, once per value and view.
     */
    public FigureLineage lineage(KpiValue value) {
        if (value.getId() == null) {
            return null;
        }
        FigureLineage lineage = opened.get(value.getId());
        if (lineage == null) {
            lineage = catalogueService.valueLineage(planCode, kpiCode, value.getId(), 0, SOURCES_PAGE).orElse(null);
            if (lineage != null) {
                opened.put(value.getId(), lineage);
            }
        }
        return lineage;
    }

    /** How many submissions the value was computed from (kept with the value: no submission is read for it). */
    public int sourceCount(KpiValue value) {
        return value.getInputCount();
    }

    /** More submissions than a drill-down lists: the value's own list pages through them. */
    public boolean hasMoreSources(KpiValue value) {
        return sourceCount(value) > SOURCES_PAGE;
    }

    public int getSourcesPageSize() {
        return SOURCES_PAGE;
    }

    /** The value whose submissions the page lists ({@code value}); null when none is asked for. */
    public KpiValue getSourcesValue() {
        return sourcesValue;
    }

    /** That value's page of submissions. */
    public FigureLineage getSourcesPage() {
        return sourcesPage;
    }

    /** The number of the page's first submission, from 1. */
    public int getSourcesFirst() {
        return sourcesValue == null || sourceCount(sourcesValue) == 0 ? 0 : start() + 1;
    }

    /** The number of the page's last submission. */
    public int getSourcesLast() {
        return sourcesValue == null ? 0 : Math.min(start() + SOURCES_PAGE, sourceCount(sourcesValue));
    }

    /** Where the previous page starts; null on the first. */
    public Integer getPreviousFrom() {
        return start() == 0 ? null : Math.max(0, start() - SOURCES_PAGE);
    }

    /** Where the next page starts; null on the last. */
    public Integer getNextFrom() {
        return sourcesValue == null || start() + SOURCES_PAGE >= sourceCount(sourcesValue) ? null
                : start() + SOURCES_PAGE;
    }

    public Long getValue() {
        return valueId;
    }

    public void setValue(Long value) {
        this.valueId = value;
    }

    public Integer getFrom() {
        return from;
    }

    /** The page's first submission, from 0, on a page boundary. */
    int start() {
        return from == null || from < 0 ? 0 : from / SOURCES_PAGE * SOURCES_PAGE;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public KpiHistory getHistory() {
        return history;
    }

    public Locale getLocale() {
        return Feedback.locale();
    }
}
