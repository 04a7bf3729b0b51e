package jp.go.mhlw.kpi.domain.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static Organisation manufacturer(String corporateNumber) {
        return new Organisation("MAKER-X", OrganisationKind.MANUFACTURER, "医療機器株式会社X", "Medical X Co., Ltd.",
                CorporateNumber.of(corporateNumber));
    }

    @Test
    void aManufacturerIsCreatedWithAValidCorporateNumber() {
        Organisation maker = manufacturer("８９００００００００００１");

        assertThat(maker.getCorporateNumber()).as("stored as ASCII").isEqualTo("8900000000001");
        assertThat(maker.corporateNumber()).contains(CorporateNumber.of("8900000000001"));
    }

    @Test
    void anInvalidCorporateNumberIsRefusedWhenCreatedOrChanged() {
        assertThatThrownBy(() -> manufacturer("8900000000002"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("corporate number (Hojin Bango) 8900000000002 has check digit 8 but its 12 base digits require 7");

        Organisation maker = manufacturer("8900000000001");
        assertThatThrownBy(() -> maker.changeCorporateNumber(CorporateNumber.of("89000000001")))
                .hasMessage("corporate number (Hojin Bango) must have 13 digits, \"89000000001\" has 11");
        assertThatThrownBy(() -> maker.changeCorporateNumber(null))
                .hasMessage("corporate number (Hojin Bango) of MAKER-X is required");
        maker.changeCorporateNumber(CorporateNumber.of("7900000000002"));
        assertThat(maker.getCorporateNumber()).isEqualTo("7900000000002");
    }

    @Test
    void storedRowsAreCheckedAgainBeforeTheyAreWritten() {
        Organisation maker = manufacturer("8900000000001");
        maker.checkInvariants();

        Organisation amed = new Organisation("AMED", OrganisationKind.AMED, "日本医療研究開発機構", "AMED");
        assertThat(amed.corporateNumber()).isEmpty();
        amed.checkInvariants();
    }

    @Test
    void organisationsNeedACodeAKindAndBothNames() {
        assertThatThrownBy(() -> new Organisation(" ", OrganisationKind.HUB, "拠点", "Hub"))
                .hasMessage("organisation code is required");
        assertThatThrownBy(() -> new Organisation("HUB-X", null, "拠点", "Hub"))
                .hasMessage("kind of organisation HUB-X is required");
        assertThatThrownBy(() -> new Organisation("HUB-X", OrganisationKind.HUB, "拠点", ""))
                .hasMessage("organisation English name is required");
    }

    @Test
    void onlyHubsJoinAHubProgramme() {
        Organisation division = new Organisation("METI-HEALTHCARE", OrganisationKind.MINISTRY_DIVISION,
                "経済産業省 医療・福祉機器産業室", "METI Healthcare Industries Division");
        HubProgramme meti = new HubProgramme("METI-REGIONAL-HUB-AUTONOMY", Ministry.METI,
                "医工連携イノベーション推進事業 地域連携拠点自立化推進事業", "Regional Hub Autonomy", division);
        Organisation hub = new Organisation("HUB-IWATE", OrganisationKind.HUB, "いわて産業振興センター", "Iwate");

        hub.joinHubProgramme(meti);

        assertThat(hub.hubProgramme()).containsSame(meti);
        assertThatThrownBy(() -> division.joinHubProgramme(meti))
                .hasMessage("only hubs belong to a hub programme, METI-HEALTHCARE is MINISTRY_DIVISION");
        assertThatThrownBy(() -> new HubProgramme("X", Ministry.METI, "x", "x", hub))
                .hasMessage("a hub programme is followed up by a ministry division, not by HUB-IWATE (HUB)");
        assertThat(meti.getMinistry().name(Locale.ENGLISH)).isEqualTo("Ministry of Economy, Trade and Industry");
    }

    @Test
    void amedProgrammesCountTheirThemesPerFiscalYear() {
        AmedProgramme programme = new AmedProgramme("MHLW-MEDICAL-DEVICE-DEVELOPMENT", Ministry.MHLW,
                "医療機器開発推進研究事業", "Research Programme for Promoting Medical Device Development", 10);

        programme.recordThemeCount(2023, 34);

        assertThat(programme.getListedNameJa()).isEqualTo("厚労・医療機器開発推進研究事業");
        assertThat(programme.themeCount(2023)).hasValue(34);
        assertThat(programme.themeCount(2024)).isEmpty();
        assertThatThrownBy(() -> programme.recordThemeCount(2024, -1))
                .hasMessage("theme count of MHLW-MEDICAL-DEVICE-DEVELOPMENT in FY2024 cannot be negative, was -1");
    }
}
