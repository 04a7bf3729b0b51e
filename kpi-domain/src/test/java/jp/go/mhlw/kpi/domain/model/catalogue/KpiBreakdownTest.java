package jp.go.mhlw.kpi.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/** A figure's group as the tables name it, in both languages, from the key stored with the figure. */
class KpiBreakdownTest {

    @Test
    void theWholeIsNamedAsSuchInEveryBreakdown() {
        for (KpiBreakdown breakdown : KpiBreakdown.values()) {
            assertThat(breakdown.label(KpiBreakdown.TOTAL, Texts.JAPANESE)).isEqualTo("全体");
            assertThat(breakdown.label(KpiBreakdown.TOTAL, Texts.ENGLISH)).isEqualTo("All");
        }
    }

    @Test
    void eachGroupIsNamedInWordsInBothLanguages() {
        assertThat(KpiBreakdown.TRAINING_CATEGORY.label("HEALTHCARE_PROFESSIONALS", Texts.JAPANESE))
                .isEqualTo("医療従事者育成研修");
        assertThat(KpiBreakdown.TRAINING_CATEGORY.label("HEALTHCARE_PROFESSIONALS", Texts.ENGLISH))
                .isEqualTo("Training of healthcare professionals");
        assertThat(KpiBreakdown.RESEARCH_STAGE.label("PRODUCT_DEVELOPMENT", Texts.JAPANESE)).isEqualTo("2nd 製品開発");
        assertThat(KpiBreakdown.RESEARCH_STAGE.label("PRODUCT_DEVELOPMENT", Texts.ENGLISH))
                .isEqualTo("2nd product development");
        assertThat(KpiBreakdown.PLATFORM.label("REGULATORY_SCIENCE", Texts.JAPANESE)).isEqualTo("レギュラトリーサイエンスの基盤");
        assertThat(KpiBreakdown.OVERSEAS_ACTIVITY.label("EXPORT", Texts.ENGLISH)).isEqualTo("Export of medical devices");
        assertThat(KpiBreakdown.OVERSEAS_BASE.label("PRODUCTION", Texts.JAPANESE)).isEqualTo("生産拠点");
    }

    @Test
    void aFocusAreaAndAStageAtAdoptionShareOneBreakdownAndAreEachNamedAsTheyAre() {
        assertThat(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION.label("FA3", Texts.JAPANESE)).isEqualTo("重点分野3 (FA3)");
        assertThat(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION.label("FA3", Texts.ENGLISH))
                .isEqualTo("Focus area 3 (FA3)");
        assertThat(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION.label("BASIC", Texts.JAPANESE)).isEqualTo("1st 基礎研究");
        assertThat(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION.label("CLINICAL", Texts.ENGLISH))
                .isEqualTo("4th clinical");
        // a launched product is no research stage: not a group of either breakdown
        assertThat(KpiBreakdown.RESEARCH_STAGE.accepts("LAUNCHED")).isFalse();
        assertThat(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION.label("LAUNCHED", Texts.JAPANESE)).isEqualTo("LAUNCHED");
    }

    @Test
    void theSameKeyIsNamedByItsBreakdown() {
        assertThat(KpiBreakdown.TRAINING_CATEGORY.label("OTHER", Texts.JAPANESE)).isEqualTo("その他人材研修");
        assertThat(KpiBreakdown.OVERSEAS_ACTIVITY.label("OTHER", Texts.JAPANESE)).isEqualTo("その他の活動");
        assertThat(KpiBreakdown.OVERSEAS_BASE.label("OTHER", Texts.ENGLISH)).isEqualTo("Other base");
    }

    @Test
    void aKeyThatIsNotTheBreakdownsIsShownAsItIsAndNoneAsNothing() {
        assertThat(KpiBreakdown.PLATFORM.label("FA3", Texts.JAPANESE)).isEqualTo("FA3");
        assertThat(KpiBreakdown.TRAINING_CATEGORY.label("UNKNOWN", Texts.ENGLISH)).isEqualTo("UNKNOWN");
        assertThat(KpiBreakdown.PLATFORM.label(null, Texts.JAPANESE)).isEmpty();
    }

    @Test
    void everyGroupOfEveryBreakdownHasAWordedLabelInBothLanguages() {
        for (KpiBreakdown breakdown : KpiBreakdown.values()) {
            for (String key : breakdown.keys()) {
                assertThat(breakdown.label(key, Texts.JAPANESE)).as(breakdown + " " + key).isNotBlank()
                        .isNotEqualTo(key).doesNotContain("{").doesNotContain("???");
                assertThat(breakdown.label(key, Texts.ENGLISH)).as(breakdown + " " + key).isNotBlank()
                        .isNotEqualTo(key).doesNotContain("{").doesNotContain("???");
            }
        }
    }
}
