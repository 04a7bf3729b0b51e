package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import org.junit.jupiter.api.Test;

/** The submission layout as a client sends it: a value that does not fit is refused naming its member. */
class SubmissionJsonTest {

    @Test
    void aWrittenDocumentReadsBackAsTheSameContent() {
        HubReportContent hub = SubmissionFixtures.hubReport(44, 70);
        assertThat(SubmissionJson.read(SubmissionJson.write(hub))).isEqualTo(hub);
    }

    @Test
    void aValueOfTheWrongKindIsNamedByItsMember() {
        assertThatThrownBy(() -> SubmissionJson.read("{\"format\":1,\"kind\":\"HUB_REPORT\",\"cooperationWithOtherHubs\":\"five\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cooperationWithOtherHubs must be a number, not five");
        assertThatThrownBy(() -> SubmissionJson.read("{\"format\":1,\"kind\":\"HUB_REPORT\",\"cooperationWithOtherHubs\":2.5}"))
                .hasMessage("cooperationWithOtherHubs must be a whole number, not 2.5");
        assertThatThrownBy(() -> SubmissionJson.read("{\"format\":1,\"kind\":\"HUB_REPORTS\"}"))
                .hasMessage("kind cannot be \"HUB_REPORTS\"");
        assertThatThrownBy(() -> SubmissionJson.read("{\"format\":1}")).hasMessageStartingWith("kind is required");
        assertThatThrownBy(() -> SubmissionJson.read("{\"kind\":\"HUB_REPORT\"}"))
                .hasMessage("Submission in format null, this version reads 1");
        assertThatThrownBy(() -> SubmissionJson.read("{\"format\":1,\"kind\":\"MEMBER_SURVEY\",\"rows\":[{\"venture\":\"yes\"}]}"))
                .hasMessage("venture must be true or false, not yes");
    }
}
