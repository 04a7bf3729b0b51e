package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the browser checks before sending a file is what the server checks, worded with the limit. */
class ImportLimitsTest {

    private final ImportLimits limits = ImportLimits.DEFAULT;

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheLimitInBothLanguages() {
        assertThat(limits.checkNameAndSize("themes.xlsx", limits.maxBytes())).isEmpty();

        assertThat(limits.checkNameAndSize("themes.xlsx", limits.maxBytes() + 1)).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isZero();
            assertThat(problem.messageJa()).contains("上限 5 MB");
            assertThat(problem.messageEn()).contains("at most 5 MB");
        });
    }

    @Test
    void aFileOfAnotherTypeIsRefusedNamingTheTypesTaken() {
        assertThat(limits.checkNameAndSize("THEMES.CSV", 10)).isEmpty();

        assertThat(limits.checkNameAndSize("themes.pdf", 10)).singleElement().satisfies(problem -> {
            assertThat(problem.messageJa()).contains(".xlsx").contains(".csv").doesNotContain("Invalid");
            assertThat(problem.messageEn()).contains(".xlsx or .csv");
        });
        assertThat(limits.checkNameAndSize("themes", limits.maxBytes() + 1)).hasSize(2);
    }
}
