package jp.go.mhlw.kpi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputCheckTest {

    @Test
    void aTextLongerThanItsLimitIsRefusedNotCut() {
        assertThat(new InputCheck().paragraphs("impactReasoning", "reasons", "x".repeat(100_000), 4000).problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("impactReasoning");
                    assertThat(problem.messageEn()).isEqualTo("reasons has at most 4,000 characters (entered: 100,000).");
                });
        assertThat(new InputCheck().line("name", "name", "あ".repeat(200), 200).problems()).isEmpty();
    }

    @Test
    void controlAndBidiCharactersAreRefusedLineBreaksOnlyInParagraphs() {
        assertThat(new InputCheck().line("name", "name", "A\u0000B", 200).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageEn()).contains("U+0000"));
        assertThat(new InputCheck().line("name", "name", "abc\u202Etxt.exe", 200).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageJa()).contains("U+202E"));
        assertThat(new InputCheck().line("name", "name", "\u2066x\u2069", 200).problems()).hasSize(1);
        assertThat(new InputCheck().line("name", "name", "two\nlines", 200).problems()).hasSize(1);
        assertThat(new InputCheck().paragraphs("text", "text", "two\r\nlines\tand a tab", 200).problems()).isEmpty();
        assertThat(new InputCheck().paragraphs("text", "text", "bell\u0007", 200).problems()).hasSize(1);
    }

    @Test
    void eMailAndPhoneMustHaveTheirForm() {
        assertThat(new InputCheck().email("email", "e-mail", "kyokyu@maker-a.example.jp").problems()).isEmpty();
        assertThat(new InputCheck().email("email", "e-mail", "not an address").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.key()).isEqualTo("input.email"));
        assertThat(new InputCheck().email("email", "e-mail", "a@b").problems()).hasSize(1);
        assertThat(new InputCheck().phone("phone", "phone", "03-5253-1111").problems()).isEmpty();
        assertThat(new InputCheck().phone("phone", "phone", "+81 (3) 5253-1111 ext. 2").problems()).isEmpty();
        assertThat(new InputCheck().phone("phone", "phone", "call me").problems()).hasSize(1);
        assertThat(new InputCheck().phone("phone", "phone", "0".repeat(31)).problems()).hasSize(1);
    }

    @Test
    void datesLieWithinTheCentury() {
        assertThat(new InputCheck().date("startDate", "start", LocalDate.of(2026, 4, 1)).problems()).isEmpty();
        assertThat(new InputCheck().date("startDate", "start", LocalDate.of(9999, 12, 31)).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageEn())
                        .isEqualTo("start must be a date from 2000-01-01 to 2100-12-31 (entered: 9999-12-31)."));
        assertThat(new InputCheck().date("startDate", "start", LocalDate.of(1999, 12, 31)).problems()).hasSize(1);
    }

    @Test
    void quantitiesAndDecimalsStayInRangeExactly() {
        assertThat(new InputCheck().quantity("stock", "stock", InputLimits.MAX_QUANTITY).problems()).isEmpty();
        assertThat(new InputCheck().quantity("stock", "stock", InputLimits.MAX_QUANTITY + 1).problems()).hasSize(1);
        assertThat(new InputCheck().quantity("stock", "stock", -1L).problems()).hasSize(1);
        assertThat(new InputCheck().decimal("share", "share", new BigDecimal("1e308"), InputLimits.HUNDRED).problems())
                .singleElement().satisfies(problem -> assertThat(problem.key()).isEqualTo("input.range"));
        assertThat(new InputCheck().decimal("share", "share", new BigDecimal("12.345"), InputLimits.HUNDRED).problems())
                .singleElement().satisfies(problem -> assertThat(problem.key()).isEqualTo("input.decimalPlaces"));
        assertThat(new InputCheck().decimal("share", "share", new BigDecimal("12.50"), InputLimits.HUNDRED).problems())
                .isEmpty();
    }
}
