package jp.go.mhlw.kpi.web.view.supply;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.supply.AssociationSupport;
import jp.go.mhlw.kpi.application.supply.SupplyCaseHandling;

/**
 * Coordinating alternatives on the case page (WEB-INF/includes/supply/alternatives-and-association.xhtml): MHLW asks
 * makers of alternatives for stock data and the industry association for support, and the association records the
 * support it gave.
 */
@Named
@ViewScoped
public class AlternativesAndAssociation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyCaseHandling handling;

    @Inject
    transient AssociationSupport associationSupport;

    @Inject
    SupplyCaseView caseView;

    private String makers;
    private String association = "JFMDA";
    private String support;

    public void requestStock() {
        List<String> codes = Arrays.stream(makers == null ? new String[0] : makers.split("[,、\\s]+"))
                .map(String::strip).filter(code -> !code.isEmpty()).toList();
        caseView.act(() -> handling.requestAlternativeStockData(caseView.getCaseNumber(), codes), "supply.stock.requested");
    }

    public void requestAssociationSupport() {
        caseView.act(() -> handling.requestAssociationSupport(caseView.getCaseNumber(), association),
                "supply.association.requested");
    }

    public void recordSupport() {
        caseView.act(() -> associationSupport.recordAssociationSupport(caseView.getCaseNumber(), support),
                "supply.association.recorded");
    }

    /** Unless typed, the makers of the alternatives the latest report names with their organisation codes. */
    public String getMakers() {
        if (makers == null && caseView.isLoaded()) {
            makers = caseView.getCase().latestVersion().stream()
                    .flatMap(version -> version.content().alternatives().stream())
                    .map(alternative -> alternative.makerOrganisationCode()).filter(Objects::nonNull).distinct()
                    .collect(Collectors.joining(","));
        }
        return makers;
    }

    public void setMakers(String makers) {
        this.makers = makers;
    }

    public String getAssociation() {
        return association;
    }

    public void setAssociation(String association) {
        this.association = association;
    }

    public String getSupport() {
        return support;
    }

    public void setSupport(String support) {
        this.support = support;
    }
}
