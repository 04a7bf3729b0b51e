package jp.go.mhlw.kpi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseListTest {

    @Test
    void aPhraseArgumentIsSaidInTheLanguageOfTheWholeText() {
        Phrase field = Phrase.of("account.name.lastName");

        assertThat(Texts.text(Texts.JAPANESE, "problem.required", field)).isEqualTo("姓を入力してください。");
        assertThat(Texts.text(Texts.ENGLISH, "problem.required", field)).isEqualTo("Enter last name.");
    }

    @Test
    void aListIsJoinedWithTheLanguagesSeparator() {
        Labelled columns = PhraseList.of("published.gap.columnSeparator", List.of("A", Phrase.of("text.unknown")));

        assertThat(columns.label(Texts.JAPANESE)).isEqualTo("A、不明");
        assertThat(columns.label(Texts.ENGLISH)).isEqualTo("A, unknown");
    }
}
