package jp.go.mhlw.kpi.domain.model.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

class ReportKindTest {

    @Test
    void form10_2CoversFourKindsAndForm10_3IsTheTerminationNotice() {
        assertThat(Arrays.stream(ReportKind.values()).filter(kind -> kind.formNumber().equals("10-2")))
                .containsExactly(ReportKind.FIRST, ReportKind.ADDITIONAL, ReportKind.SIMPLE, ReportKind.RE_REPORT);
        assertThat(ReportKind.TERMINATION_NOTICE.formNumber()).isEqualTo("10-3");
    }

    @Test
    void labelsInJapaneseUnlessEnglishIsAskedFor() {
        assertThat(ReportKind.FIRST.label(Locale.JAPANESE)).isEqualTo("初回報告");
        assertThat(ReportKind.FIRST.label(Locale.ENGLISH)).isEqualTo("First report");
        assertThat(ReportKind.TERMINATION_NOTICE.label(Locale.UK)).isEqualTo("Supply-termination notice");
        assertThat(ReportKind.TERMINATION_NOTICE.label(Locale.GERMAN)).isEqualTo("供給終了届出書");
        assertThat(ReportKind.ADDITIONAL.inSentence().label(Locale.ENGLISH)).isEqualTo("additional report");
        assertThat(ReportKind.ADDITIONAL.inSentence().label(Locale.JAPANESE)).isEqualTo("追加報告");
        assertThat(ReportKind.values()).allSatisfy(kind -> {
            assertThat(kind.bundleKey()).isEqualTo("supply.reportKind." + kind.name());
            assertThat(Texts.has(kind.bundleKey())).isTrue();
            assertThat(Texts.has(kind.inSentence().bundleKey())).isTrue();
        });
    }

    @Test
    void onlyTheSimpleReportAndThe10_3BelongToTheTermination() {
        assertThat(Arrays.stream(ReportKind.values()).filter(ReportKind::belongsToTermination))
                .containsExactly(ReportKind.SIMPLE, ReportKind.TERMINATION_NOTICE);
    }

    @Test
    void largeAndPossiblyLargeImpactAreHandledAlike() {
        assertThat(ClinicalImpact.SMALL.isLargeOrPossiblyLarge()).isFalse();
        assertThat(ClinicalImpact.LARGE.isLargeOrPossiblyLarge()).isTrue();
        assertThat(ClinicalImpact.POSSIBLY_LARGE.isLargeOrPossiblyLarge()).isTrue();
    }
}
