package jp.go.mhlw.kpi.api.rest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Names of constants, dates and keyed members are checked when the API's content becomes the domain's, and so are
 * the rules the domain's values keep; every refusal names the member at its place.
 */
class SubmissionContentMapperTest {

    private static final String HUB = "{\"format\":1,\"kind\":\"HUB_REPORT\",";
    private static final String GOALS = "{\"format\":1,\"kind\":\"MINISTRY_PROGRESS_REPORT\",\"goals\":";

    @Test
    void aNameThatIsNoConstantIsRefused() {
        refused(HUB + "\"platforms\":[\"AI_DATA_USE\",\"AI\"]}").hasMessage("platforms[1] cannot be \"AI\"");
        refused("{\"format\":1,\"kind\":\"AMED_THEME_REPORT\",\"themes\":[{\"currentStage\":\"SIXTH\"}]}")
                .hasMessage("themes[0].currentStage cannot be \"SIXTH\"");
        refused("{\"format\":1,\"kind\":\"MEMBER_SURVEY\","
                + "\"rows\":[{\"basesBySnapshot\":{\"2024-01-01\":[\"MOON\"]}}]}")
                .hasMessage("rows[0].basesBySnapshot.2024-01-01[0] cannot be \"MOON\"");
        refused(HUB + "\"courses\":[{\"categories\":[7]}]}").hasMessage("courses[0].categories[0] cannot be 7");
    }

    @Test
    void aDateThatIsNoneIsRefused() {
        refused("{\"format\":1,\"kind\":\"AMED_THEME_REPORT\",\"themes\":[{\"adoptedOn\":\"2022-13-01\"}]}")
                .hasMessage("themes[0].adoptedOn cannot be \"2022-13-01\"");
        refused("{\"format\":1,\"kind\":\"AMED_THEME_REPORT\",\"themes\":[{\"adoptedOn\":\"9999-12-31\"}]}")
                .hasMessage("themes[0].adoptedOn must be a date from 2000-01-01 to 2100-12-31 (entered: 9999-12-31).");
        refused("{\"format\":1,\"kind\":\"AMED_THEME_REPORT\",\"themes\":[{\"title\":\"AI\\u202Etxt\"}]}")
                .hasMessageContaining("themes[0].title").hasMessageContaining("U+202E");
        refused("{\"format\":1,\"kind\":\"MEMBER_SURVEY\",\"currentSnapshot\":\"January\"}")
                .hasMessage("currentSnapshot cannot be \"January\"");
        refused("{\"format\":1,\"kind\":\"MEMBER_SURVEY\",\"rows\":[{\"activitiesBySnapshot\":{\"January\":[]}}]}")
                .hasMessage("rows[0].activitiesBySnapshot is keyed by snapshot dates (yyyy-mm-dd), not \"January\"");
    }

    @Test
    void aKeyedMemberOutsideItsKeysIsAnUnknownMember() {
        refused(HUB + "\"jointResearch\":{\"LAUNCHED\":{\"cases\":1}}}").hasMessage("Unknown member \"LAUNCHED\" in "
                + "jointResearch; its members are BASIC, PRODUCT_DEVELOPMENT, NON_CLINICAL, CLINICAL");
        refused(HUB + "\"courses\":[{\"participantsByCategory\":{\"9\":3}}]}").hasMessage("Unknown member \"9\" in "
                + "courses[0].participantsByCategory; its members are 1, 2, 3, 4, 5, 6");
        refused(HUB + "\"courses\":[{\"survey\":{\"MOOD\":[1]}}]}").hasMessageStartingWith(
                "Unknown member \"MOOD\" in courses[0].survey; its members are respondents, AFFILIATION, AGE_BRACKET");
        refused(GOALS + "[{\"goal\":8,\"figures\":{\"LAG\":1}}]}")
                .hasMessageStartingWith("Unknown member \"LAG\" in goals[0].figures; its members are DEVICE_LAG");
    }

    @Test
    void theDomainsOwnRulesAreNamedAtTheirPlace() {
        refused(HUB + "\"courses\":[{\"survey\":{\"SATISFACTION\":[1,2]}}]}")
                .hasMessage("courses[0].survey: SATISFACTION has 5 options, got 2 counts");
        refused(GOALS + "[{\"narrative\":\"x\"}]}").hasMessage("goals[0].goal is required");
        refused(GOALS + "[{\"goal\":3}]}")
                .hasMessage("goals[0]: a ministry progress report covers goals [4, 5, 8, 9, 10, 11], not 3");
        refused(GOALS + "[{\"goal\":4,\"figures\":{\"DEVICE_LAG\":1.5}}]}")
                .hasMessage("goals[0]: DEVICE_LAG belongs to goal 8, not 4");
        refused(GOALS + "[{\"goal\":8},{\"goal\":8}]}").hasMessage("goals: goal 8 is reported twice");
    }

    @Test
    void blankValuesStayBlank() {
        SubmissionContent hub = content(HUB + "\"jointResearch\":{\"BASIC\":null},\"courses\":[{\"name\":\"研修\","
                + "\"categories\":[1,6],\"participantsByCategory\":{\"1\":4,\"6\":null}}]}");

        assertThat(hub).isInstanceOfSatisfying(HubReportContent.class, report -> {
            assertThat(report.cooperationWithOtherHubs()).isNull();
            assertThat(report.jointResearch()).hasSize(HubReportContent.RESEARCH_STAGES.size());
            assertThat(report.courses().get(0).categories())
                    .containsExactlyInAnyOrder(TrainingCategory.HEALTHCARE_PROFESSIONALS, TrainingCategory.OTHER);
            assertThat(report.courses().get(0).participantsByCategory())
                    .isEqualTo(Map.of(TrainingCategory.HEALTHCARE_PROFESSIONALS, 4));
            assertThat(report.courses().get(0).survey()).isNull();
        });
    }

    @Test
    void answersBySnapshotBecomeDatesAndConstants() {
        SubmissionContent survey = content("{\"format\":1,\"kind\":\"MEMBER_SURVEY\",\"rows\":[{\"company\":\"A\","
                + "\"activitiesBySnapshot\":{\"2024-01-01\":[\"EXPORT\",\"OTHER\"]}}]}");

        assertThat(survey).isInstanceOfSatisfying(MemberSurveyContent.class, content -> {
            assertThat(content.rows().get(0).activitiesBySnapshot()).isEqualTo(Map.of(LocalDate.of(2024, 1, 1),
                    Set.of(OverseasActivity.EXPORT, OverseasActivity.OTHER)));
            assertThat(content.rows().get(0).basesBySnapshot()).isEmpty();
            assertThat(content.rows().get(0).licencesHeld()).isEmpty();
        });
    }

    private static SubmissionContent content(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return SubmissionContentMapper.toDomain(SubmissionContentReader.read(reader.readObject()));
        }
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String json) {
        return assertThatThrownBy(() -> content(json)).isInstanceOf(MalformedContentException.class);
    }
}
