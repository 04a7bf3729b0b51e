package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import org.junit.jupiter.api.Test;

/**
 * The stored layout of a submission's content, warnings and justifications. The texts below were written by the
 * writer the rows in the database were written with, before JSON-P: they must read as the same values, and the same
 * values must still be written as exactly these texts. They change only with a new {@code format}.
 */
class SubmissionJsonTest {

    private static final String HUB_REPORT =
            "{\"format\":1,\"kind\":\"HUB_REPORT\",\"jointResearch\":{\"BASIC\":{\"cases\":44,"
            + "\"averageAmountThousandYen\":1200},\"PRODUCT_DEVELOPMENT\":{\"cases\":18,\"averageAmountThousandYen\":3000},"
            + "\"NON_CLINICAL\":{\"cases\":0},\"CLINICAL\":{\"cases\":41,\"averageAmountThousandYen\":8500}},"
            + "\"cooperationWithOtherHubs\":70,\"internationalTrialInfrastructure\":0,\"platforms\":[\"AI_DATA_USE\","
            + "\"REGULATORY_SCIENCE\"],\"courses\":[{\"name\":\"医療機器開発人材セミナー\",\"categories\":[1,"
            + "2],\"participants\":59,\"participantsByCategory\":{},\"survey\":{\"respondents\":50,"
            + "\"AFFILIATION\":[null,null,null,null,null],\"AGE_BRACKET\":[null,null,null,null,"
            + "null],\"KNOWLEDGE\":[null,null,null,null,null],\"USEFULNESS\":[null,null,null,null,"
            + "null],\"MOTIVATION\":[40,10,0],\"SATISFACTION\":[20,20,5,3,2]}},{\"name\":\"AI医療機器講座\","
            + "\"categories\":[5],\"participants\":71,\"participantsByCategory\":{}}]}";

    private static final String THEMES =
            "{\"format\":1,\"kind\":\"AMED_THEME_REPORT\",\"themes\":[{\"programme\":\"厚労・医療機器開発推進研究事業\","
            + "\"title\":\"早期診断デバイス\",\"focusArea\":\"FA2\",\"stageAtAdoption\":\"BASIC\","
            + "\"currentStage\":\"NON_CLINICAL\",\"singleYearGrantThousandYen\":50000,\"adoptedOn\":\"2022-06-01\"},"
            + "{\"programme\":\"厚労・医療機器開発推進研究事業\",\"title\":\"手術支援ロボット\","
            + "\"focusArea\":\"FA2\",\"stageAtAdoption\":\"CLINICAL\",\"currentStage\":\"LAUNCHED\","
            + "\"singleYearGrantThousandYen\":50000,\"adoptedOn\":\"2022-06-01\"}]}";

    private static final String SURVEY =
            "{\"format\":1,\"kind\":\"MEMBER_SURVEY\",\"previousSnapshot\":\"2023-01-01\",\"currentSnapshot\":\"2024-01-01\","
            + "\"rows\":[{\"company\":\"デモ医療機器A\",\"domesticCapital\":true,\"venture\":true,"
            + "\"otherIndustryEntrant\":false,\"licencesHeld\":[\"APPROVAL\"],\"activitiesBySnapshot\":{\"2023-01-01\":[],"
            + "\"2024-01-01\":[\"EXPORT\"]},\"basesBySnapshot\":{\"2024-01-01\":[\"PRODUCTION\"]}},"
            + "{\"company\":\"デモ医療機器B\",\"domesticCapital\":true,\"venture\":false,\"otherIndustryEntrant\":true,"
            + "\"licencesHeld\":[\"NOTIFICATION\"],\"activitiesBySnapshot\":{},\"basesBySnapshot\":{}},"
            + "{\"company\":\"外資メディカル\",\"domesticCapital\":false,\"venture\":false,\"otherIndustryEntrant\":false,"
            + "\"licencesHeld\":[],\"activitiesBySnapshot\":{},\"basesBySnapshot\":{}}]}";

    private static final String MINISTRY_REPORT =
            "{\"format\":1,\"kind\":\"MINISTRY_PROGRESS_REPORT\",\"goals\":[{\"goal\":8,\"narrative\":\"デバイス・ラグは解消に向かっている。\","
            + "\"figures\":{\"DEVICE_LAG\":2.0,\"DEVELOPMENT_LAG\":2.0,\"REVIEW_LAG\":0,\"NEW_DEVICE_APPROVALS\":19,"
            + "\"NEW_DEVICE_APPROVALS_NEW\":7,\"NEW_DEVICE_APPROVALS_PARTIAL_CHANGE\":12,\"SAMD_CONSULTATIONS\":216}}]}";

    private static final String AWKWARD_HUB_REPORT =
            "{\"format\":1,\"kind\":\"HUB_REPORT\",\"jointResearch\":{\"BASIC\":{\"cases\":3,"
            + "\"averageAmountThousandYen\":9007199254740993},\"PRODUCT_DEVELOPMENT\":{},\"NON_CLINICAL\":{},"
            + "\"CLINICAL\":{\"averageAmountThousandYen\":0}},\"internationalTrialInfrastructure\":7,"
            + "\"platforms\":[],\"courses\":[{\"name\":\"講座 \\\"A\\\" \\\\ a/b\\r\\n\\t改行\\u0001 𠮷\","
            + "\"categories\":[1,2,5],\"participants\":12,\"participantsByCategory\":{\"2\":7,\"5\":5},"
            + "\"survey\":{\"respondents\":10,\"AFFILIATION\":[null,null,null,null,null],\"AGE_BRACKET\":[null,"
            + "null,null,null,null],\"KNOWLEDGE\":[null,null,null,null,null],\"USEFULNESS\":[null,"
            + "null,null,null,null],\"MOTIVATION\":[null,null,null],\"SATISFACTION\":[1,null,0,"
            + "2000000000,null]}}]}";

    private static final String AWKWARD_MINISTRY_REPORT =
            "{\"format\":1,\"kind\":\"MINISTRY_PROGRESS_REPORT\",\"goals\":[{\"goal\":8,\"narrative\":\"講座 \\\"A\\\" \\\\ a/b\\r\\n\\t改行\\u0001 𠮷\","
            + "\"figures\":{\"DEVICE_LAG\":-0.50,\"DEVELOPMENT_LAG\":0.00000012,\"REVIEW_LAG\":0.0000000000,"
            + "\"NEW_DEVICE_APPROVALS\":1000,\"SAMD_CONSULTATIONS\":123456789012345678901234567890}},"
            + "{\"goal\":9,\"figures\":{}}]}";

    private static final String WARNINGS =
            "[{\"key\":\"jointResearch.BASIC.cases\",\"field\":\"jointResearch.BASIC.cases\","
            + "\"messageJa\":\"前年度の3倍を超えています（44件、前年度10件）\",\"messageEn\":\"More than 3 times last year's (44,"
            + " last year 10)\"},{\"key\":\"themes[0].currentStage\",\"field\":\"\",\"messageJa\":\"講座 \\\"A\\\" \\\\ a/b\\r\\n\\t改行\\u0001 𠮷\","
            + "\"messageEn\":\"a \\\"quoted\\\" reason\"}]";

    private static final String NO_WARNINGS =
            "[]";

    private static final String JUSTIFICATIONS =
            "{\"jointResearch.BASIC.cases\":\"新規の共同研究契約が増えたため\",\"themes[0].currentStage\":\"講座 \\\"A\\\" \\\\ a/b\\r\\n\\t改行\\u0001 𠮷\"}";

    private static final String NO_JUSTIFICATIONS =
            "{}";

    @Test
    void aWrittenDocumentReadsBackAsTheSameContent() {
        HubReportContent hub = SubmissionFixtures.hubReport(44, 70);
        assertThat(SubmissionJson.read(SubmissionJson.write(hub))).isEqualTo(hub);
    }

    @Test
    void storedContentReadsAsTheSameValues() {
        assertThat(SubmissionJson.read(HUB_REPORT)).isEqualTo(SubmissionFixtures.hubReport());
        assertThat(SubmissionJson.read(THEMES)).isEqualTo(SubmissionFixtures.themes());
        assertThat(SubmissionJson.read(SURVEY)).isEqualTo(SubmissionFixtures.survey());
        assertThat(SubmissionJson.read(MINISTRY_REPORT)).isEqualTo(SubmissionFixtures.ministryReport());
        assertThat(SubmissionJson.read(AWKWARD_HUB_REPORT)).isEqualTo(StoredJsonSamples.awkwardHubReport());
        // 1E+3 was stored as 1000, and read as 1000 then as now
        assertThat(SubmissionJson.read(AWKWARD_MINISTRY_REPORT))
                .isEqualTo(StoredJsonSamples.awkwardMinistryReport(new BigDecimal("1000")));
    }

    @Test
    void contentIsWrittenAsItWasStored() {
        assertThat(SubmissionJson.write(SubmissionFixtures.hubReport())).isEqualTo(HUB_REPORT);
        assertThat(SubmissionJson.write(SubmissionFixtures.themes())).isEqualTo(THEMES);
        assertThat(SubmissionJson.write(SubmissionFixtures.survey())).isEqualTo(SURVEY);
        assertThat(SubmissionJson.write(SubmissionFixtures.ministryReport())).isEqualTo(MINISTRY_REPORT);
        assertThat(SubmissionJson.write(StoredJsonSamples.awkwardHubReport())).isEqualTo(AWKWARD_HUB_REPORT);
        assertThat(SubmissionJson.write(StoredJsonSamples.awkwardMinistryReport(new BigDecimal("1E+3"))))
                .isEqualTo(AWKWARD_MINISTRY_REPORT);
        assertThat(SubmissionJson.write(StoredJsonSamples.awkwardMinistryReport(new BigDecimal("1000"))))
                .isEqualTo(AWKWARD_MINISTRY_REPORT);
    }

    @Test
    void warningsAndJustificationsReadAndAreWrittenAsStored() {
        assertThat(SubmissionJson.readWarnings(WARNINGS)).isEqualTo(StoredJsonSamples.warnings());
        assertThat(SubmissionJson.readWarnings(NO_WARNINGS)).isEmpty();
        assertThat(SubmissionJson.readJustifications(JUSTIFICATIONS)).isEqualTo(StoredJsonSamples.justifications())
                .containsKeys("jointResearch.BASIC.cases", "themes[0].currentStage"); // in the stored order
        assertThat(SubmissionJson.readJustifications(NO_JUSTIFICATIONS)).isEmpty();

        assertThat(SubmissionJson.writeWarnings(StoredJsonSamples.warnings())).isEqualTo(WARNINGS);
        assertThat(SubmissionJson.writeWarnings(List.of())).isEqualTo(NO_WARNINGS);
        assertThat(SubmissionJson.writeJustifications(StoredJsonSamples.justifications())).isEqualTo(JUSTIFICATIONS);
        assertThat(SubmissionJson.writeJustifications(Map.of())).isEqualTo(NO_JUSTIFICATIONS);
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
        // these failed with a ClassCastException or a DateTimeParseException before: now the member is named too
        for (Map.Entry<String, String> damaged : Map.of(
                "\"platforms\":\"AI_DATA_USE\"", "platforms must be a JSON array",
                "\"platforms\":[1]", "platforms must be a text, not 1",
                "\"courses\":[{\"categories\":[\"1\"]}]", "categories must be a number, not 1",
                "\"courses\":[{\"categories\":[9]}]", "categories cannot be 9",
                "\"courses\":[{\"participantsByCategory\":{\"x\":1}}]", "participantsByCategory cannot be \"x\"",
                "\"courses\":[{\"survey\":{\"MOTIVATION\":[\"many\",0,0]}}]", "MOTIVATION must be a number, not many",
                "\"jointResearch\":{\"LAUNCH\":{}}", "jointResearch cannot be \"LAUNCH\"").entrySet()) {
            assertThatThrownBy(() -> SubmissionJson.read("{\"format\":1,\"kind\":\"HUB_REPORT\"," + damaged.getKey() + "}"))
                    .as(damaged.getKey()).isInstanceOf(IllegalArgumentException.class).hasMessage(damaged.getValue());
        }
        assertThatThrownBy(() -> SubmissionJson.read("{\"format\":1,\"kind\":\"MINISTRY_PROGRESS_REPORT\","
                + "\"goals\":[{\"goal\":8,\"figures\":{\"DEVICE_LAG\":\"2\"}}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("DEVICE_LAG must be a number, not 2");
        assertThatThrownBy(() -> SubmissionJson.read("{\"format\":1,\"kind\":\"MEMBER_SURVEY\","
                + "\"rows\":[{\"activitiesBySnapshot\":{\"x\":[]}}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("activitiesBySnapshot cannot be \"x\"");
    }

    /** A damaged row fails as it did: with an IllegalArgumentException, which no caller mistakes for a blank value. */
    @Test
    void damagedStoredTextIsRefused() {
        String deep = "{\"format\":1,\"kind\":\"HUB_REPORT\",\"courses\":" + "[".repeat(40) + "]".repeat(40) + "}";
        for (String damaged : List.of("", HUB_REPORT.substring(0, HUB_REPORT.length() / 2), HUB_REPORT + "}", deep,
                "{\"format\":1,\"format\":1,\"kind\":\"HUB_REPORT\"}")) {
            assertThatThrownBy(() -> SubmissionJson.read(damaged)).as(damaged)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Malformed JSON");
        }
        assertThatThrownBy(() -> SubmissionJson.read("[]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a stored submission must be a JSON object");
        assertThatThrownBy(() -> SubmissionJson.readWarnings(JUSTIFICATIONS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stored warnings must be a JSON array");
        assertThatThrownBy(() -> SubmissionJson.readWarnings("[1]")).hasMessage("warning must be a JSON object");
        assertThatThrownBy(() -> SubmissionJson.readJustifications(WARNINGS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("justifications must be a JSON object");
        assertThatThrownBy(() -> SubmissionJson.readJustifications("{\"a\":1}")).hasMessage("a must be a text, not 1");
        assertThatThrownBy(() -> SubmissionJson.readWarnings(WARNINGS.substring(1))).hasMessageStartingWith("Malformed JSON");
    }
}
