package jp.go.mhlw.kpi.web.view.supply;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCoverage;

/**
 * The coverage block on supply/case.xhtml (WEB-INF/includes/supply/coverage.xhtml), for ministry officers: how long
 * supply lasts, computed from the case as {@link SupplyCaseView} loaded it.
 */
@Named
@RequestScoped
public class CaseCoverage {

    @Inject
    SupplyCaseView view;

    private SupplyCoverage coverage;

    /** Shown to ministry officers only: the sums include the answers of other makers. */
    public boolean isShown() {
        return view.isLoaded() && view.isOfficer();
    }

    public SupplyCoverage getCoverage() {
        if (coverage == null) {
            coverage = SupplyCoverage.of(view.getCase());
        }
        return coverage;
    }
}
