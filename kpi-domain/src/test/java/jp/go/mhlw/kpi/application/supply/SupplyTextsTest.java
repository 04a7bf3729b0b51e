package jp.go.mhlw.kpi.application.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.DeviceClass;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The supply values' labels come from the domain bundle, in Japanese and in English, and read as they always have. */
class SupplyTextsTest {

    static Stream<Labelled> supplyValues() {
        return Stream.of(ReportKind.values(), SupplyCaseState.values(), CauseCategory.values(), DeviceClass.values(),
                DisruptionKind.values(), ClinicalImpact.values(), TriageLevel.values(), CloseReason.values(),
                SupplyReportField.values(), SupplyStep.values()).flatMap(Arrays::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supplyValues")
    void everySupplyValueHasItsLabelInBothLanguages(Labelled value) {
        assertThat(value.bundleKey()).startsWith("supply.").endsWith("." + ((Enum<?>) value).name());
        assertThat(Texts.has(value.bundleKey())).as(value.bundleKey()).isTrue();
        assertThat(value.label(Texts.JAPANESE)).isNotBlank().isNotEqualTo(value.label(Texts.ENGLISH));
    }

    @Test
    void labelsReadInTheViewersLanguage() {
        assertThat(SupplyCaseState.REPORTED.label(Texts.JAPANESE)).isEqualTo("初回報告済み(追加報告待ち)");
        assertThat(SupplyCaseState.REPORTED.label(Texts.ENGLISH)).isEqualTo("First report filed, additional report awaited");
        assertThat(SupplyReportField.MARKET_SHARE.label(Texts.JAPANESE)).isEqualTo("市場シェア(%)");
        assertThat(CloseReason.TERMINATED.label(Texts.ENGLISH)).isEqualTo("Supply terminated");
        assertThat(SupplyStep.RECORD_ASSOCIATION_SUPPORT.label(Texts.ENGLISH))
                .isEqualTo("Record the industry association's support");
        assertThat(SupplyStep.FILE_TERMINATION_NOTICE.label(Texts.JAPANESE)).isEqualTo("供給終了届出書(様式10-3)の提出");
    }

    @Test
    void kindsInsideASentenceStartSmallInEnglishOnly() {
        for (ReportKind kind : ReportKind.values()) {
            String label = kind.label(Texts.ENGLISH);
            assertThat(kind.inSentence().label(Texts.ENGLISH))
                    .isEqualTo(Character.toLowerCase(label.charAt(0)) + label.substring(1));
            assertThat(kind.inSentence().label(Texts.JAPANESE)).isEqualTo(kind.label(Texts.JAPANESE));
        }
        for (DisruptionKind kind : DisruptionKind.values()) {
            String label = kind.label(Texts.ENGLISH);
            assertThat(kind.inSentence().label(Texts.ENGLISH))
                    .isEqualTo(Character.toLowerCase(label.charAt(0)) + label.substring(1));
            assertThat(kind.inSentence().label(Texts.JAPANESE)).isEqualTo(kind.label(Texts.JAPANESE));
        }
    }
}
