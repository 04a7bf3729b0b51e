package jp.go.mhlw.kpi.domain.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one set of limits on what may be entered, whichever way it comes in (the REST API, the screens, the
 * spreadsheet imports): every path checks with {@link InputCheck}, and the OpenAPI document states the same
 * constants. A value outside them is refused, never shortened or rounded.
 */
public final class InputLimits {

    /** Product names (the column holds 500). */
    public static final int PRODUCT_NAME_LENGTH = 500;
    /** Names of people, makers, departments, models. */
    public static final int NAME_LENGTH = 200;
    /** Approval numbers, lot numbers, organisation codes (the approval-number column holds 100). */
    public static final int CODE_LENGTH = 100;
    /** Reasons and descriptions, several paragraphs (the screens' text areas allow as much). */
    public static final int LONG_TEXT_LENGTH = 4000;
    /** RFC 5321's limit on a forward path. */
    public static final int EMAIL_LENGTH = 254;
    /** Digits, spaces, hyphens, parentheses, a leading +, an extension ("内線 123" or "ext. 123"). */
    public static final int PHONE_LENGTH = 30;

    /** Units of a device (stock, monthly demand, a lot's quantity): a trillion is beyond any real figure. */
    public static final long MAX_QUANTITY = 999_999_999_999L;
    /** Months a stock covers: a century. */
    public static final int MAX_MONTHS = 1200;
    /** Decimal places of months and percentages. */
    public static final int DECIMAL_PLACES = 2;

    /** Dates of events and plans the platform records. */
    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 2100;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(EARLIEST_YEAR, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(LATEST_YEAR, 12, 31);

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InputLimits() {
    }
}
