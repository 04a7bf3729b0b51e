package jp.go.mhlw.kpi.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import org.junit.jupiter.api.Test;

/** Times, years and recorded actions as the pages show them, never as stored. */
class WordsTest {

    private static final OffsetDateTime RECORDED = OffsetDateTime.parse("2026-12-07T03:35:06.436597+09:00");

    @Test
    void aTimeIsInJapanTimeWithTheEraYearBesideTheDateInJapanese() {
        assertThat(Words.time(RECORDED, Locale.JAPANESE)).isEqualTo("2026年12月7日（令和8年）3:35");
        assertThat(Words.time(RECORDED, Locale.ENGLISH)).isEqualTo("7 Dec 2026, 03:35 JST");
    }

    @Test
    void aTimeRecordedElsewhereIsShownInJapanTime() {
        Instant lateEveningUtc = Instant.parse("2026-12-06T18:35:00Z");

        assertThat(Words.time(lateEveningUtc, Locale.JAPANESE)).isEqualTo("2026年12月7日（令和8年）3:35");
        assertThat(Words.time(RECORDED.withOffsetSameInstant(java.time.ZoneOffset.UTC), Locale.ENGLISH))
                .isEqualTo("7 Dec 2026, 03:35 JST");
        assertThat(Words.time(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aDateNamesTheHeiseiYearBeforeReiwa() {
        assertThat(Words.date(LocalDate.of(2019, 4, 30), Locale.JAPANESE)).isEqualTo("2019年4月30日（平成31年）");
        assertThat(Words.date(LocalDate.of(2024, 4, 1), Locale.ENGLISH)).isEqualTo("1 Apr 2024");
    }

    @Test
    void aFiscalYearIsInTheViewersLanguage() {
        assertThat(Words.year(JapaneseFiscalYear.of(2024), Locale.JAPANESE)).isEqualTo("令和6年度 (FY2024)");
        assertThat(Words.year(JapaneseFiscalYear.of(2024), Locale.ENGLISH)).isEqualTo("FY2024 (Reiwa 6)");
        assertThat(Words.year(2023, Locale.ENGLISH)).isEqualTo("FY2023 (Reiwa 5)");
    }

    @Test
    void anActionIsNamedNotShownAsItsKey() {
        assertThat(Words.action("supply-case.opened", Locale.JAPANESE)).isEqualTo("案件の受付");
        assertThat(Words.action("supply-case.opened", Locale.ENGLISH)).isEqualTo("Case opened");
        assertThat(Words.action("submission.returned", Locale.ENGLISH)).isEqualTo("Report returned");
    }

    @Test
    void stagesAndFocusAreasAreInTheViewersLanguage() {
        assertThat(Words.stage(Stage.PRODUCT_DEVELOPMENT, Locale.ENGLISH)).isEqualTo("2nd product development");
        assertThat(Words.stage(Stage.PRODUCT_DEVELOPMENT, Locale.JAPANESE)).isEqualTo(Stage.PRODUCT_DEVELOPMENT.displayLabel());
        assertThat(Words.stage(FocusArea.FA3, Locale.ENGLISH)).isEqualTo("Focus area 3 (FA3)");
        assertThat(Words.stage(FocusArea.FA3, Locale.JAPANESE)).isEqualTo("重点分野3 (FA3)");
    }
}
