package jp.go.mhlw.kpi.domain.model.organisation;

import jp.go.mhlw.kpi.domain.shared.InvalidValueException;

/**
 * 法人番号: the 13-digit corporate number the National Tax Agency assigns to every Japanese corporation.
 *
 * <p>The first digit is a check digit over the 12 base digits that follow:
 * {@code check = 9 − (Σ digit × weight mod 9)}, numbering the base digits from the rightmost as n = 1..12,
 * with weight 1 for odd n and 2 for even n. Full-width digits (０-９), as often typed in Japanese forms,
 * are accepted and stored as ASCII.
 */
public record CorporateNumber(String value) {

    private static final int LENGTH = 13;

    public CorporateNumber {
        if (value == null) {
            throw new InvalidValueException("organisation.corporateNumber.required");
        }
        value = toAsciiDigits(value);
        if (value.length() != LENGTH) {
            throw new InvalidValueException("organisation.corporateNumber.length", value,
                    String.valueOf(value.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException("organisation.corporateNumber.digits", value, String.valueOf(c),
                        String.valueOf(i + 1));
            }
        }
        int expected = checkDigitOf(value.substring(1));
        int actual = value.charAt(0) - '0';
        if (actual != expected) {
            throw new InvalidValueException("organisation.corporateNumber.checkDigit", value, String.valueOf(actual),
                    String.valueOf(expected));
        }
    }

    /**
     * The number as typed without blanks and dashes: "1234-5678-9012-3" is fine. Dashes are the ASCII hyphen, the
     * full-width hyphen (U+FF0D), the hyphen (U+2010) and the long-vowel mark (U+30FC) often typed for one.
     */
    public static String withoutSeparators(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-\\uFF0D\\u2010\\u30FC]", "");
    }

    public static CorporateNumber of(String value) {
        return new CorporateNumber(value);
    }

    public static boolean isValid(String value) {
        try {
            new CorporateNumber(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The check digit (1..9) for 12 ASCII base digits. */
    static int checkDigitOf(String baseDigits) {
        int sum = 0;
        for (int n = 1; n <= baseDigits.length(); n++) {
            int digit = baseDigits.charAt(baseDigits.length() - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    /** Full-width ０-９ (U+FF10..U+FF19) become 0-9; every other character is left for validation to reject. */
    private static String toAsciiDigits(String raw) {
        StringBuilder ascii = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> ascii.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
        return ascii.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
