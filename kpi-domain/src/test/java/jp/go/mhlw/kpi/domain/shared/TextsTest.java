package jp.go.mhlw.kpi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

    private enum Colour implements Labelled {
        RED;

        @Override
        public String bundleKey() {
            return "text.unknown";
        }
    }

    @Test
    void aProblemReadsInTheLanguageAskedForWithItsArguments() {
        Problem problem = Problem.at("name", "problem.required", "名称");
        assertThat(problem.message(Locale.JAPANESE)).isEqualTo("名称を入力してください。");
        assertThat(problem.messageEn()).isEqualTo("Enter 名称.");
        assertThat(problem.message(Locale.GERMAN)).as("any other language reads Japanese").isEqualTo(problem.messageJa());
    }

    @Test
    void japaneseIsFoundOnAServerWhoseDefaultLocaleIsEnglish() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(Texts.text(Locale.JAPANESE, "problem.required", "x")).isEqualTo("xを入力してください。");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aLabelledArgumentIsShownAsItsLabel() {
        assertThat(Texts.text(Locale.ENGLISH, "problem.required", Colour.RED)).isEqualTo("Enter unknown.");
    }

    @Test
    void everyKeyIsInBothLanguages() {
        assertThat(Texts.keys(Locale.JAPANESE)).containsExactlyElementsOf(Texts.keys(Locale.ENGLISH));
    }
}
