package jp.go.mhlw.kpi.domain.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What administration may change about an organisation: names, 法人番号, programme, whether it takes part. */
class OrganisationLifecycleTest {

    @Test
    void anOrganisationIsDeactivatedAndReactivatedButNeverTwiceInARow() {
        Organisation hub = new Organisation("HUB-NAGOYA", OrganisationKind.HUB, "名古屋大学", "Nagoya University");
        assertThat(hub.isActive()).isTrue();

        hub.deactivate();
        assertThat(hub.isActive()).isFalse();
        assertThatThrownBy(hub::deactivate).hasMessage("organisation HUB-NAGOYA is already inactive");

        hub.reactivate();
        assertThat(hub.isActive()).isTrue();
        assertThatThrownBy(hub::reactivate).hasMessage("organisation HUB-NAGOYA is already active");
    }

    @Test
    void namesAreCorrectedButNeverBlank() {
        Organisation hub = new Organisation("HUB-NAGOYA", OrganisationKind.HUB, "名古屋大", "Nagoya Univ.");

        hub.rename("名古屋大学", "Nagoya University");

        assertThat(hub.getNameJa()).isEqualTo("名古屋大学");
        assertThat(hub.getCode()).isEqualTo("HUB-NAGOYA");
        assertThatThrownBy(() -> hub.rename(" ", "x")).hasMessage("organisation Japanese name is required");
    }

    @Test
    void aManufacturerKeepsItsCorporateNumberOthersMayDropOne() {
        Organisation maker = new Organisation("MAKER-C", OrganisationKind.MANUFACTURER, "株式会社C", "C Co.",
                CorporateNumber.of("8900000000001"));
        assertThatThrownBy(maker::removeCorporateNumber)
                .hasMessage("corporate number (Hojin Bango) of manufacturer MAKER-C is required");

        Organisation association = new Organisation("ASSOC-X", OrganisationKind.INDUSTRY_ASSOCIATION, "協会", "Association",
                CorporateNumber.of("8900000000001"));
        association.removeCorporateNumber();
        assertThat(association.corporateNumber()).isEmpty();
    }

    @Test
    void aHubLeavesItsProgramme() {
        Organisation division = new Organisation("METI-HEALTHCARE", OrganisationKind.MINISTRY_DIVISION, "室", "Division");
        HubProgramme programme = new HubProgramme("P", Ministry.METI, "事業", "Programme", division);
        Organisation hub = new Organisation("HUB-NAGOYA", OrganisationKind.HUB, "名古屋大学", "Nagoya University");
        hub.joinHubProgramme(programme);

        hub.leaveHubProgramme();

        assertThat(hub.hubProgramme()).isEmpty();
    }
}
