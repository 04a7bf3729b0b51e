package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;

/**
 * Which whole number of themes a printed percentage stands for.
 *
 * @param possible     some count k in 0..themes gives k/themes × 100 = printed at the printed decimals (HALF_UP)
 * @param nearestCount the k whose exact percentage is closest to the printed one (the lower on a tie)
 */
record PercentageCheck(int themes, BigDecimal printed, boolean possible, int nearestCount) {

    static PercentageCheck of(int themes, BigDecimal printedPercent) {
        if (themes == 0) {
            return new PercentageCheck(0, printedPercent, printedPercent.signum() == 0, 0);
        }
        boolean possible = false;
        int nearest = 0;
        BigDecimal nearestDistance = null;
        for (int k = 0; k <= themes; k++) {
            BigDecimal exact = percent(k, themes);
            if (DisplayRounding.toScaleOf(exact, printedPercent).compareTo(printedPercent) == 0) {
                possible = true;
            }
            BigDecimal distance = exact.subtract(printedPercent).abs();
            if (nearestDistance == null || distance.compareTo(nearestDistance) < 0) {
                nearestDistance = distance;
                nearest = k;
            }
        }
        return new PercentageCheck(themes, printedPercent, possible, nearest);
    }

    static BigDecimal percent(long part, long whole) {
        return Decimals.divide(Decimals.of(part).multiply(Decimals.HUNDRED), Decimals.of(whole));
    }

    /** "11 / 20 = 55.0%". */
    String nearestText() {
        return nearestCount + " / " + themes + " = " + DisplayRounding.oneDecimal(percent(nearestCount, themes)).toPlainString() + "%";
    }
}
