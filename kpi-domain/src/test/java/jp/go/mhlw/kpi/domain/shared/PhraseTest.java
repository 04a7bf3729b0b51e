package jp.go.mhlw.kpi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.go.mhlw.kpi.domain.computation.Stage;
import org.junit.jupiter.api.Test;

class PhraseTest {

    @Test
    void aPhraseIsWordedInTheLanguageOfTheTextItIsPartOf() {
        Problem problem = Problem.at("title", "problem.required", Phrase.of("submission.what.themeTitle", 3));

        assertThat(problem.messageJa()).isEqualTo("課題3の課題名を入力してください。");
        assertThat(problem.messageEn()).isEqualTo("Enter the title of theme 3.");
    }

    @Test
    void aCapitalisedPhraseBeginsASentence() {
        Phrase what = Phrase.of("submission.what.courseName", 1234);

        assertThat(Texts.text(Texts.ENGLISH, "submission.negative", what.capitalised()))
                .isEqualTo("The name of course 1234 cannot be negative.");
        assertThat(Texts.text(Texts.JAPANESE, "submission.negative", what.capitalised()))
                .isEqualTo("研修1234の研修名は0以上で入力してください。");
    }

    @Test
    void aListIsJoinedAsItsLanguageJoins() {
        PhraseList stages = PhraseList.of("reconciliation.comma", List.of(Stage.BASIC, Stage.CLINICAL));

        assertThat(stages.label(Texts.JAPANESE)).isEqualTo("基礎研究、臨床");
        assertThat(stages.label(Texts.ENGLISH)).isEqualTo("basic research, clinical");
    }
}
