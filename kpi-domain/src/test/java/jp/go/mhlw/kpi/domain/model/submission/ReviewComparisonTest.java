package jp.go.mhlw.kpi.domain.model.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/** The version under review beside the previous version and last year's approved data. */
class ReviewComparisonTest {

    @Test
    void aSecondVersionIsComparedWithTheFirstAndWithLastYear() {
        HubReportContent lastYear = SubmissionFixtures.hubReport(30, 52);
        HubReportContent first = SubmissionFixtures.hubReport(44, 70);
        HubReportContent second = SubmissionFixtures.hubReport(44, 72);

        ReviewComparison comparison = ReviewComparison.of(second, Optional.of(first), Optional.of(lastYear));

        assertThat(comparison.hasPreviousVersion()).isTrue();
        assertThat(comparison.hasLastYear()).isTrue();
        ReviewComparison.Row cooperation = row(comparison, "cooperationWithOtherHubs");
        assertThat(cooperation.current().label(Texts.JAPANESE)).isEqualTo("72");
        assertThat(cooperation.previousVersion().label(Texts.JAPANESE)).isEqualTo("70");
        assertThat(cooperation.lastYear().label(Texts.JAPANESE)).isEqualTo("52");
        assertThat(cooperation.sincePreviousVersion()).isEqualTo(FieldChangeKind.CHANGED);
        assertThat(cooperation.sinceLastYear()).isEqualTo(FieldChangeKind.CHANGED);
        ReviewComparison.Row basic = row(comparison, "jointResearch.BASIC.cases");
        assertThat(basic.sincePreviousVersion()).as("corrected in neither").isEqualTo(FieldChangeKind.UNCHANGED);
        assertThat(basic.sinceLastYear()).isEqualTo(FieldChangeKind.CHANGED);
        assertThat(comparison.changedRows()).extracting(ReviewComparison.Row::key)
                .containsExactly("jointResearch.BASIC.cases", "cooperationWithOtherHubs");
    }

    @Test
    void aFirstVersionWithoutLastYearHasNothingToCompareWith() {
        ReviewComparison comparison = ReviewComparison.of(SubmissionFixtures.themes(), Optional.empty(),
                Optional.empty());

        assertThat(comparison.hasPreviousVersion()).isFalse();
        assertThat(comparison.hasLastYear()).isFalse();
        assertThat(comparison.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.sincePreviousVersion()).isNull();
            assertThat(row.sinceLastYear()).isNull();
            assertThat(row.isChanged()).isFalse();
        });
    }

    @Test
    void aValueOnlyLastYearHadIsListedAsRemoved() {
        MinistryProgressContent lastYear = SubmissionFixtures.ministryReport();
        MinistryProgressContent now = new MinistryProgressContent(java.util.List.of(new GoalProgress(8,
                lastYear.goal(8).orElseThrow().narrative(), java.util.Map.of())));

        ReviewComparison comparison = ReviewComparison.of(now, Optional.empty(), Optional.of(lastYear));

        ReviewComparison.Row samd = row(comparison, "goal.8.SAMD_CONSULTATIONS");
        assertThat(samd.current()).isNull();
        assertThat(samd.lastYear().label(Texts.ENGLISH)).isEqualTo("216");
        assertThat(samd.sinceLastYear()).isEqualTo(FieldChangeKind.REMOVED);
        assertThat(row(comparison, "goal.8.narrative").sinceLastYear()).isEqualTo(FieldChangeKind.UNCHANGED);
    }

    private static ReviewComparison.Row row(ReviewComparison comparison, String key) {
        return comparison.rows().stream().filter(row -> row.key().equals(key)).findFirst().orElseThrow();
    }
}
