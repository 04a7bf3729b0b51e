package jp.go.mhlw.kpi.api.rest.submission;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import org.junit.jupiter.api.Test;

/**
 * The documents clients send today, one per template (those the storage layout wrote for the domain's fixtures, as
 * {@code WholeCycleIT} submits them), read and mapped back into the very same content.
 */
class SubmissionContentRoundTripTest {

    @Test
    void aHubReportWithItsCoursesAndTheirSurveys() {
        assertThat(content("hub-report.json")).isEqualTo(SubmissionFixtures.hubReport());
    }

    @Test
    void anAmedThemeReport() {
        assertThat(content("amed-theme-report.json")).isEqualTo(SubmissionFixtures.themes());
    }

    @Test
    void aMemberSurveyWithAnswersBySnapshot() {
        assertThat(content("member-survey.json")).isEqualTo(SubmissionFixtures.survey());
    }

    @Test
    void aMinistryProgressReportWithDecimalFigures() {
        assertThat(content("ministry-progress-report.json")).isEqualTo(SubmissionFixtures.ministryReport());
    }

    @Test
    void theDocumentBecomesTheApisOwnRecordsFirst() {
        SubmissionContentJson.Content read = SubmissionContentReader.read(document("hub-report.json"));

        assertThat(read).isInstanceOfSatisfying(SubmissionContentJson.HubReport.class, hub -> {
            assertThat(hub.kind()).isEqualTo("HUB_REPORT");
            assertThat(hub.jointResearch()).containsOnlyKeys("BASIC", "PRODUCT_DEVELOPMENT", "NON_CLINICAL",
                    "CLINICAL");
            assertThat(hub.courses().get(0).survey().answers().get("AFFILIATION")).containsOnlyNulls().hasSize(5);
            assertThat(hub.courses().get(1).survey()).isNull();
        });
    }

    private static SubmissionContent content(String resource) {
        return SubmissionContentMapper.toDomain(SubmissionContentReader.read(document(resource)));
    }

    static JsonObject document(String resource) {
        try (InputStream in = SubmissionContentRoundTripTest.class.getResourceAsStream(resource);
             JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
