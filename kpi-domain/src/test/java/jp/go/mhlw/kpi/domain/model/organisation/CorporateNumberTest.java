package jp.go.mhlw.kpi.domain.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorporateNumberTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "7000012050002",   // 国税庁
        "1180301018771",   // トヨタ自動車株式会社
        "6000012070001",   // 厚生労働省
    })
    void acceptsRealCorporateNumbers(String number) {
        assertThat(CorporateNumber.of(number).value()).isEqualTo(number);
        assertThat(CorporateNumber.isValid(number)).isTrue();
    }

    @Test
    void checkDigitIsComputedFromTheRightmostBaseDigit() {
        // 国税庁 000012050002: from the right 2·1 + 0·2 + 0·1 + 0·2 + 5·1 + 0·2 + 2·1 + 1·2 = 11; 9 − 11 mod 9 = 7
        assertThat(CorporateNumber.checkDigitOf("000012050002")).isEqualTo(7);
        // a base sum that is a multiple of 9 gives check digit 9, never 0
        assertThat(CorporateNumber.checkDigitOf("000000000009")).isEqualTo(9);
        assertThat(CorporateNumber.isValid("9000000000009")).isTrue();
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThatThrownBy(() -> CorporateNumber.of("8000012050002"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("corporate number (Hojin Bango) 8000012050002 has check digit 8 but its 12 base digits require 7");
        // swapping two base digits is caught because odd and even positions weigh differently
        assertThat(CorporateNumber.isValid("1180301017871")).isFalse();
    }

    @Test
    void rejectsWrongLength() {
        assertThatThrownBy(() -> CorporateNumber.of("700001205000"))
                .hasMessage("corporate number (Hojin Bango) must have 13 digits, \"700001205000\" has 12");
        assertThatThrownBy(() -> CorporateNumber.of("70000120500021")).hasMessageContaining("has 14");
        assertThatThrownBy(() -> CorporateNumber.of("")).hasMessageContaining("has 0");
    }

    @Test
    void rejectsNonDigits() {
        assertThatThrownBy(() -> CorporateNumber.of("7000012-50002"))
                .hasMessage("corporate number (Hojin Bango) must contain only digits, \"7000012-50002\" has '-' at position 8");
        assertThatThrownBy(() -> CorporateNumber.of(null)).hasMessageContaining("is required");
    }

    @Test
    void acceptsFullWidthDigitsAndStoresThemAsAscii() {
        assertThat(CorporateNumber.of("７００００１２０５０００２").value()).isEqualTo("7000012050002");
        assertThat(CorporateNumber.of("７００００１２０５０００２")).isEqualTo(CorporateNumber.of("7000012050002"));
        assertThat(CorporateNumber.isValid("８００００１２０５０００２")).isFalse();
    }
}
