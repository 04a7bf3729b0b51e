package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.List;

/** The R5 tables exactly as printed in material 3-1 (slides 25, 45, 46), typos included. */
final class R5PrintedTables {

    private R5PrintedTables() {
    }

    static PrintedThemeTable allThemes() {
        return new PrintedThemeTable("R5 all themes (186 themes)",
                row("全体", 186, "27.4", "2.7", 57_874),
                List.of(row("重点分野1", 7, "28.6", "0", 30_385),
                        row("重点分野2", 39, "46.2", "3", 89_918),
                        row("重点分野3", 20, "55.5", "5", 120_253),
                        row("重点分野4", 29, "17.2", "7", 52_268),
                        row("重点分野5", 28, "28.6", "0", 43_429),
                        row("重点分野 無/複数", 63, "3.2", "2", 36_613)),
                List.of(row("採択時 1st 基礎研究", 34, "11.8", "0", 52_405),
                        row("採択時 2nd 製品開発", 64, "36.9", "1.5", 72_613),
                        row("採択時 3rd 非臨床", 32, "43.8", "0", 40_349),
                        row("採択時 4th 臨床", 55, "7.3", "7.3", 52_295)));
    }

    static PrintedThemeTable matureThemes() {
        return new PrintedThemeTable("R5 mature themes (133, leaving out 53 adopted less than a year before)",
                row("全体", 133, "33.1", "3.8", 67_811),
                List.of(row("重点分野1", 5, "40.0", "0", 30_966),
                        row("重点分野2", 33, "51.5", "3.0", 98_831),
                        row("重点分野3", 16, "62.5", "6.3", 139_826),
                        row("重点分野4", 19, "26.3", "10.5", 52_912),
                        row("重点分野5", 20, "40.0", "0", 47_246),
                        row("重点分野 無/複数", 40, "5.0", "2.5", 44_990)),
                List.of(row("採択時 1st 基礎研究", 21, "19.0", "0", 76_329),
                        row("採択時 2nd 製品開発", 44, "52.3", "2.3", 91_562),
                        row("採択時 3rd 非臨床", 25, "52.0", "0", 46_764),
                        row("採択時 4th 臨床", 43, "9.3", "9.3", 52_001)));
    }

    /** Slide 25: courses, participants, participants per course (printed as whole numbers). */
    static List<PrintedTrainingRow> training() {
        return List.of(training(1, 770, 13, "59"),
                training(2, 653, 17, "37"),
                training(3, 724, 12, "60"),
                training(4, 208, 10, "21"),
                training(5, 428, 6, "71"),
                training(6, 29, 2, "15"));
    }

    static PrintedThemeRow row(String group, int themes, String stageUp, String launch, long average) {
        return new PrintedThemeRow(group, themes, new BigDecimal(stageUp), new BigDecimal(launch), BigDecimal.valueOf(average));
    }

    private static PrintedTrainingRow training(int category, long participants, long courses, String perCourse) {
        return new PrintedTrainingRow(category, participants, courses, new BigDecimal(perCourse));
    }
}
