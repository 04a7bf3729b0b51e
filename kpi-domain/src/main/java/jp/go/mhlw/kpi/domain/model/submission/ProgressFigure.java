package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The typed figures a ministry progress report gives beside its narrative, per goal (docs/domain.md §4). Device lag is
 * development lag plus review lag; new device approvals are new plus partial-change approvals. Their labels and
 * units are in the domain bundle.
 */
public enum ProgressFigure implements Labelled {
    DEVICE_LAG(8, true),
    DEVELOPMENT_LAG(8, true),
    REVIEW_LAG(8, true),
    NEW_DEVICE_APPROVALS(8, false),
    NEW_DEVICE_APPROVALS_NEW(8, false),
    NEW_DEVICE_APPROVALS_PARTIAL_CHANGE(8, false),
    SAMD_CONSULTATIONS(8, false),
    IDATEN_CONFIRMATIONS(8, false),
    HIGHLY_NOVEL_LISTINGS(9, false),
    REFERENCE_COUNTRIES(10, false);

    /** The goals a ministry progress report covers (the others are reported by hubs, AMED and the survey). */
    public static final List<Integer> MINISTRY_GOALS = List.of(4, 5, 8, 9, 10, 11);

    private final int goal;
    private final boolean decimal;

    ProgressFigure(int goal, boolean decimal) {
        this.goal = goal;
        this.decimal = decimal;
    }

    public static List<ProgressFigure> ofGoal(int goal) {
        return Arrays.stream(values()).filter(figure -> figure.goal == goal).toList();
    }

    public int goal() {
        return goal;
    }

    @Override
    public String bundleKey() {
        return "progressFigure." + name();
    }

    /** The unit shown after the value ("年", "years"; nothing after a count in English). */
    public String unit(Locale locale) {
        return Texts.text(locale, "progressFigure." + name() + ".unit");
    }

    /** Years with decimals (lags); every other figure is a whole count. */
    public boolean isDecimal() {
        return decimal;
    }
}
