package jp.go.mhlw.kpi.domain.model.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/** The texts the submission model builds its keys for are in both languages of the domain bundle. */
class SubmissionTextsTest {

    @Test
    void everySurveyOptionHasItsText() {
        for (SurveyQuestion question : SurveyQuestion.values()) {
            for (int option = 0; option < question.optionCount(); option++) {
                assertThat(Texts.has(question.option(option).bundleKey())).as(question + " option " + option).isTrue();
            }
        }
        assertThat(Texts.has("surveyQuestion.MOTIVATION.option4")).as("no more options than counted").isFalse();
        assertThat(SurveyQuestion.KNOWLEDGE.option(2).label(Texts.JAPANESE)).isEqualTo("どちらともいえない");
        assertThat(SurveyQuestion.KNOWLEDGE.option(2).label(Texts.ENGLISH)).isEqualTo("Neutral");
    }

    @Test
    void everyProgressFigureHasItsUnit() {
        for (ProgressFigure figure : ProgressFigure.values()) {
            assertThat(Texts.has("progressFigure." + figure.name() + ".unit")).as(figure.name()).isTrue();
        }
        assertThat(ProgressFigure.DEVICE_LAG.unit(Texts.JAPANESE)).isEqualTo("年");
        assertThat(ProgressFigure.NEW_DEVICE_APPROVALS.unit(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aStoredWarningReadsAsItWasWorded() {
        ValidationWarning stored = ValidationWarning.asSubmitted("change:courses", "courses", "研修の数が変わりました。",
                "The number of courses changed; it's unusual.");

        assertThat(stored.messageJa()).isEqualTo("研修の数が変わりました。");
        assertThat(stored.messageEn()).isEqualTo("The number of courses changed; it's unusual.");
        assertThat(stored.field()).isEqualTo("courses");
    }
}
