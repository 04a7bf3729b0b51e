package jp.go.mhlw.kpi.web.view.supply;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.application.supply.CaseTimelineEntry;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;

/**
 * The timeline on supply/case.xhtml (WEB-INF/includes/supply/timeline.xhtml): every decision and contribution on the
 * case the viewer may see, with its values, who made it for which organisation, and when (Japan time), in the viewer's
 * language. Read once per request, after the page's actions, so a decision just made is on it.
 */
@Named
@RequestScoped
public class CaseTimelineView {

    @Inject
    SupplyCaseQueries queries;

    @Inject
    SupplyCaseView supplyCaseView;

    @Inject
    SupplyText supplyText;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            Locale locale = SupplyText.locale();
            rows = supplyCaseView.isLoaded()
                    ? queries.timeline(supplyCaseView.getCaseNumber()).stream().map(entry -> row(entry, locale)).toList()
                    : List.of();
        }
        return rows;
    }

    private Row row(CaseTimelineEntry entry, Locale locale) {
        return new Row(entry.event().name(), entry.event().label(locale), supplyText.time(entry.at()),
                entry.actor() == null ? "" : entry.actor(), entry.organisation(locale),
                entry.details().stream().map(detail -> new Line(detail.label(locale), detail.text(locale))).toList());
    }

    /** One entry: {@code event} is for the page's style classes, {@code what} is read. */
    public record Row(String event, String what, String when, String actor, String organisation, List<Line> lines) {
    }

    public record Line(String label, String value) {
    }
}
