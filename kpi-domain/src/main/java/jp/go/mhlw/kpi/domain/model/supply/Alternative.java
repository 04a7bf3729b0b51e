package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Optional;

/**
 * An alternative product and its maker. The maker's organisation code is known when the maker uses the
 * platform; only then can MHLW send it a request for stock and production data.
 */
public record Alternative(String productName, String makerName, String makerOrganisationCode) {

    public Alternative {
        productName = Text.required(productName, "the alternative's product name");
        makerName = Text.required(makerName, "the alternative's maker");
        makerOrganisationCode = Text.clean(makerOrganisationCode);
    }

    public Optional<String> makerOrganisation() {
        return Optional.ofNullable(makerOrganisationCode);
    }
}
