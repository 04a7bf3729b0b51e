package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Arrays;
import java.util.List;

/**
 * The typed figures a ministry progress report gives beside its narrative, per goal (DOMAIN.md §4). Device lag is
 * development lag plus review lag; new device approvals are new plus partial-change approvals.
 */
public enum ProgressFigure {
    DEVICE_LAG(8, "デバイス・ラグ", "Device lag", "年", "years", true),
    DEVELOPMENT_LAG(8, "開発ラグ", "Development lag", "年", "years", true),
    REVIEW_LAG(8, "審査ラグ", "Review lag", "年", "years", true),
    NEW_DEVICE_APPROVALS(8, "新医療機器の承認件数", "New device approvals", "件", "", false),
    NEW_DEVICE_APPROVALS_NEW(8, "うち新規承認", "of which new approvals", "件", "", false),
    NEW_DEVICE_APPROVALS_PARTIAL_CHANGE(8, "うち一部変更承認", "of which partial-change approvals", "件", "", false),
    SAMD_CONSULTATIONS(8, "プログラム医療機器の相談件数", "SaMD consultations", "件", "", false),
    IDATEN_CONFIRMATIONS(8, "IDATEN変更計画確認件数", "IDATEN change-plan confirmations", "件", "", false),
    HIGHLY_NOVEL_LISTINGS(9, "新規性の高い品目の保険収載件数 (B3/C1/C2)", "Listings of highly novel items (B3/C1/C2)",
            "件", "", false),
    REFERENCE_COUNTRIES(10, "日本を参照国とする国の数", "Countries using Japan as reference", "か国", "countries", false);

    /** The goals a ministry progress report covers (the others are reported by hubs, AMED and the survey). */
    public static final List<Integer> MINISTRY_GOALS = List.of(4, 5, 8, 9, 10, 11);

    private final int goal;
    private final String labelJa;
    private final String labelEn;
    private final String unitJa;
    private final String unitEn;
    private final boolean decimal;

    ProgressFigure(int goal, String labelJa, String labelEn, String unitJa, String unitEn, boolean decimal) {
        this.goal = goal;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.unitJa = unitJa;
        this.unitEn = unitEn;
        this.decimal = decimal;
    }

    public static List<ProgressFigure> ofGoal(int goal) {
        return Arrays.stream(values()).filter(figure -> figure.goal == goal).toList();
    }

    public int goal() {
        return goal;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }

    public String unitJa() {
        return unitJa;
    }

    public String unitEn() {
        return unitEn;
    }

    /** Years with decimals (lags); every other figure is a whole count. */
    public boolean isDecimal() {
        return decimal;
    }
}
