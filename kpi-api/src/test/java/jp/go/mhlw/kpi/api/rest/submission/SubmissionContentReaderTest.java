package jp.go.mhlw.kpi.api.rest.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** A document that is not in the layout is refused naming the member, at its place, that does not fit. */
class SubmissionContentReaderTest {

    private static final String HUB = "{\"format\":1,\"kind\":\"HUB_REPORT\",";

    @Test
    void aValueOfTheWrongJsonTypeIsNamedByItsMember() {
        refused(HUB + "\"cooperationWithOtherHubs\":\"five\"}")
                .hasMessage("cooperationWithOtherHubs must be a number, not five");
        refused(HUB + "\"cooperationWithOtherHubs\":2.5}")
                .hasMessage("cooperationWithOtherHubs must be a whole number, not 2.5");
        refused(HUB + "\"cooperationWithOtherHubs\":3000000000}")
                .hasMessage("cooperationWithOtherHubs is out of range: 3000000000");
        refused(HUB + "\"courses\":{}}").hasMessage("courses must be a list, not {}");
        refused(HUB + "\"platforms\":[3]}").hasMessage("platforms[0] must be a text, not 3");
        refused("{\"format\":1,\"kind\":\"MEMBER_SURVEY\",\"rows\":[{\"venture\":\"yes\"}]}")
                .hasMessage("rows[0].venture must be true or false, not yes");
    }

    @Test
    void aNestedMemberIsNamedWithItsPlace() {
        refused(HUB + "\"courses\":[{\"name\":\"a\"},{\"participants\":\"ten\"}]}")
                .hasMessage("courses[1].participants must be a number, not ten");
        refused(HUB + "\"courses\":[{\"categories\":[1,null]}]}")
                .hasMessage("courses[0].categories[1] must be a number, not null");
        refused(HUB + "\"jointResearch\":{\"BASIC\":{\"cases\":true}}}")
                .hasMessage("jointResearch.BASIC.cases must be a number, not true");
        refused("{\"format\":1,\"kind\":\"MINISTRY_PROGRESS_REPORT\",\"goals\":[{\"goal\":8,"
                + "\"figures\":{\"DEVICE_LAG\":\"two\"}}]}")
                .hasMessage("goals[0].figures.DEVICE_LAG must be a number, not two");
    }

    @Test
    void aMemberTheLayoutDoesNotHaveIsRefused() {
        refused(HUB + "\"cooperation\":5}").hasMessage("Unknown member \"cooperation\" in the content; its members "
                + "are format, kind, jointResearch, cooperationWithOtherHubs, internationalTrialInfrastructure, "
                + "platforms, courses");
        refused(HUB + "\"courses\":[{\"participant\":5}]}").hasMessageStartingWith(
                "Unknown member \"participant\" in courses[0]; its members are name, categories, participants");
        refused("{\"format\":1,\"kind\":\"AMED_THEME_REPORT\",\"courses\":[]}").hasMessage(
                "Unknown member \"courses\" in the content; its members are format, kind, themes");
    }

    @Test
    void theFormatAndTheKindComeFirst() {
        refused("{\"kind\":\"HUB_REPORT\"}").hasMessage("Submission in format null, this version reads 1");
        refused("{\"format\":2,\"kind\":\"HUB_REPORT\"}").hasMessage("Submission in format 2, this version reads 1");
        refused("{\"format\":1}").hasMessage(
                "kind is required ([HUB_REPORT, AMED_THEME_REPORT, MEMBER_SURVEY, MINISTRY_PROGRESS_REPORT])");
        refused("{\"format\":1,\"kind\":\"HUB_REPORTS\"}").hasMessage("kind cannot be \"HUB_REPORTS\"");
    }

    @Test
    void blankValuesAreLeftOutOrNull() {
        SubmissionContentJson.Content read = read(HUB + "\"cooperationWithOtherHubs\":null,\"courses\":[{\"name\":null,"
                + "\"survey\":{\"respondents\":3,\"MOTIVATION\":[1,null,2],\"SATISFACTION\":null}}]}");

        assertThat(read).isInstanceOfSatisfying(SubmissionContentJson.HubReport.class, hub -> {
            assertThat(hub.cooperationWithOtherHubs()).isNull();
            assertThat(hub.platforms()).isEmpty();
            assertThat(hub.jointResearch()).isEmpty();
            assertThat(hub.courses().get(0).name()).isNull();
            assertThat(hub.courses().get(0).survey().answers()).containsEntry("SATISFACTION", null);
            assertThat(hub.courses().get(0).survey().answers().get("MOTIVATION")).containsExactly(1, null, 2);
        });
    }

    private static SubmissionContentJson.Content read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return SubmissionContentReader.read(reader.readObject());
        }
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String json) {
        return assertThatThrownBy(() -> read(json)).isInstanceOf(MalformedContentException.class);
    }
}
