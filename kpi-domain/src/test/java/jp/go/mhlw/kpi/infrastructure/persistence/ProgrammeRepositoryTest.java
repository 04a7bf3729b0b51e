package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.model.organisation.AmedProgramme;
import jp.go.mhlw.kpi.domain.model.organisation.CorporateNumber;
import jp.go.mhlw.kpi.domain.model.organisation.HubProgramme;
import jp.go.mhlw.kpi.domain.model.organisation.Ministry;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

class ProgrammeRepositoryTest extends JpaTestSupport {

    @Test
    void twentyHubsUnderTheMhlwAndMetiProgrammes() {
        List<HubProgramme> programmes = programmes().findHubProgrammes();

        assertThat(programmes).extracting(HubProgramme::getMinistry).containsExactly(Ministry.MHLW, Ministry.METI);
        assertThat(programmes.get(0).getNameJa()).isEqualTo("次世代医療機器連携拠点整備等事業");
        assertThat(programmes.get(1).getNameJa()).isEqualTo("医工連携イノベーション推進事業 地域連携拠点自立化推進事業");
        assertThat(programmes.get(0).getDivision().getCode()).isEqualTo("MHLW-ISEI");
        assertThat(programmes().findHubsOf(programmes.get(0))).hasSize(14);
        assertThat(programmes().findHubsOf(programmes.get(1))).extracting(o -> o.name(Locale.JAPANESE))
                .containsExactlyInAnyOrder("いわて産業振興センター", "ふくしま医療機器産業推進機構", "やまなし産業支援機構",
                        "九州オープンイノベーションセンター", "大原記念倉敷中央医療機構", "大阪商工会議所");
    }

    @Test
    void aHubKnowsItsProgramme() {
        Organisation kyoto = organisations().findByCode("HUB-KYOTO").orElseThrow();
        Organisation amed = organisations().findByCode("AMED").orElseThrow();

        assertThat(kyoto.hubProgramme()).map(HubProgramme::getCode).contains("MHLW-NEXT-GENERATION-HUBS");
        assertThat(amed.hubProgramme()).isEmpty();
    }

    @Test
    void amedProgrammesInTheCommitteesOrderWithTheirThemeCounts() {
        List<AmedProgramme> programmes = programmes().findAmedProgrammes();

        assertThat(programmes).hasSize(16);
        assertThat(programmes.get(0).getListedNameJa()).isEqualTo("文科・橋渡し研究プログラム");
        assertThat(programmes.get(9).getListedNameJa()).isEqualTo("厚労・医療機器開発推進研究事業");
        assertThat(programmes.get(9).themeCount(2023)).hasValue(34);
        assertThat(programmes.get(9).themeCount(2022)).isEmpty();
        assertThat(programmes.stream().mapToInt(p -> p.themeCount(2023).orElse(0)).sum()).isEqualTo(186);
    }

    @Test
    void newManufacturerAndHubAreStoredWithTheirNumberAndProgramme() {
        HubProgramme meti = programmes().findHubProgramme("METI-REGIONAL-HUB-AUTONOMY").orElseThrow();
        Organisation maker = new Organisation("MAKER-TEST", OrganisationKind.MANUFACTURER, "試験医療機器株式会社",
                "Test Medical Co., Ltd.", CorporateNumber.of("７００００１２０５０００２")); // typed in full width
        Organisation hub = new Organisation("HUB-TEST", OrganisationKind.HUB, "試験拠点", "Test hub");
        hub.joinHubProgramme(meti);
        entityManager.persist(maker);
        entityManager.persist(hub);
        flushAndClear();

        assertThat(organisations().findByCode("MAKER-TEST").orElseThrow().corporateNumber())
                .contains(CorporateNumber.of("7000012050002"));
        assertThat(programmes().findHubsOf(meti)).extracting(Organisation::getCode).contains("HUB-TEST").hasSize(7);
    }
}
