package jp.go.mhlw.kpi.web.view.cycle;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import jp.go.mhlw.kpi.domain.computation.DisplayRounding;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.report.PublishedLine;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The report's year-over-year charts as Chart.js configurations: one horizontal bar per KPI figure, either its
 * ratio to last year's normalised value (×) or its change in percentage points. Ratios and points get a chart each:
 * on one axis, a 1.3× and a +5.8 pt would read as the same kind of number.
 */
public final class YearOverYearChart {

    private YearOverYearChart() {
    }

    /** The chart of the lines in this unit (TIMES or PERCENTAGE_POINTS); empty when there are none. */
    public static String of(List<PublishedLine> lines, FigureUnit unit, boolean english) {
        List<PublishedLine> shown = lines.stream().filter(line -> line.getUnit() == unit).toList();
        if (shown.isEmpty()) {
            return "";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (PublishedLine line : shown) {
            String name = english ? line.getNameEn() : line.getNameJa();
            labels.add(KpiBreakdown.TOTAL.equals(line.getBreakdown()) ? name : name + " " + line.getBreakdown());
            data.add(DisplayRounding.oneDecimal(line.getValue()));
        }
        String label = Texts.text(english ? Texts.ENGLISH : Texts.JAPANESE, "chart.yearOverYear." + unit.name());
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", data))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }
}
