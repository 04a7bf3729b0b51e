package jp.go.mhlw.kpi.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

class ComputationTest {

    @Test
    void aPlanFileNamesEachComputationByItsOwnName() {
        assertThat(Arrays.stream(Computation.values()).map(Computation::fileName))
                .doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
        for (Computation computation : Computation.values()) {
            assertThat(Computation.named(computation.fileName())).contains(computation);
        }
        assertThat(Computation.named("TRAINING_SUM")).as("the Java name is not the file's").isEmpty();
        assertThat(Computation.named("typed-in")).contains(Computation.TYPED_IN);
    }

    @Test
    void everyComputationSaysWhatItDoesInBothLanguages() {
        for (Computation computation : Computation.values()) {
            assertThat(computation.label(Texts.JAPANESE)).isNotBlank().isNotEqualTo(computation.label(Texts.ENGLISH));
            assertThat(computation.label(Texts.ENGLISH)).isNotBlank().doesNotContain("''");
        }
        assertThat(Computation.TRAINING_SUM.label(Texts.ENGLISH)).startsWith("Sum over the hubs' training courses");
    }

    @Test
    void typedInFitsAnyKpiAndAComputationOnlyItsOwnBreakdown() {
        assertThat(Computation.TYPED_IN.kinds()).containsExactlyInAnyOrder(KpiKind.values());
        assertThat(Computation.TYPED_IN.fits(KpiBreakdown.PLATFORM)).isTrue();
        assertThat(Computation.TYPED_IN.fits(null)).isTrue();
        assertThat(Computation.PLATFORM_SHARE.fits(KpiBreakdown.PLATFORM)).isTrue();
        assertThat(Computation.PLATFORM_SHARE.fits(null)).isFalse();
        assertThat(Computation.HUB_SUM.fits(null)).isTrue();
        assertThat(Computation.HUB_SUM.fits(KpiBreakdown.RESEARCH_STAGE)).isFalse();
    }
}
