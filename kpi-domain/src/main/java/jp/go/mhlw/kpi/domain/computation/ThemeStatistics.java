package jp.go.mhlw.kpi.domain.computation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Focus-area KPIs (goal 6): per focus area and per stage at adoption, the theme count, average single-year grant,
 * stage-up ratio (current stage above the stage at adoption) and launch ratio (current stage 上市).
 */
public final class ThemeStatistics {

    private ThemeStatistics() {
    }

    /** The themes adopted at least a year before the survey reference date ("mature"). */
    public static List<AmedTheme> matureAt(Collection<AmedTheme> themes, LocalDate surveyReferenceDate) {
        return themes.stream().filter(t -> t.isMatureAt(surveyReferenceDate)).toList();
    }

    /**
     * The report of the mature themes (adopted at least a year before the survey reference date), or empty when
     * there is none. The aggregation and the import check both take the mature figures from here.
     */
    public static Optional<ThemeStatisticsReport> matureReport(String population, Collection<AmedTheme> themes,
            LocalDate surveyReferenceDate) {
        List<AmedTheme> mature = matureAt(themes, surveyReferenceDate);
        return mature.isEmpty() ? Optional.empty() : Optional.of(report(population, mature));
    }

    public static ThemeStatisticsReport report(String population, Collection<AmedTheme> themes) {
        return new ThemeStatisticsReport(population, overall(population, themes),
                byFocusArea(population, themes), byStageAtAdoption(population, themes));
    }

    public static ThemeGroupFigures overall(String population, Collection<AmedTheme> themes) {
        return figures(Texts.text(Texts.JAPANESE, "figure.group.all"), population, themes);
    }

    /** Groups with at least one theme, in focus-area order. */
    public static Map<FocusArea, ThemeGroupFigures> byFocusArea(String population, Collection<AmedTheme> themes) {
        return grouped(FocusArea.class, AmedTheme::focusArea, FocusArea::displayLabel, population, themes);
    }

    /** Groups with at least one theme, 1st..4th. */
    public static Map<Stage, ThemeGroupFigures> byStageAtAdoption(String population, Collection<AmedTheme> themes) {
        return grouped(Stage.class, AmedTheme::stageAtAdoption, s -> "adopted at " + s.displayLabel(), population, themes);
    }

    private static <K extends Enum<K>> Map<K, ThemeGroupFigures> grouped(
            Class<K> keyType, Function<AmedTheme, K> key, Function<K, String> label,
            String population, Collection<AmedTheme> themes) {
        Map<K, ThemeGroupFigures> result = new EnumMap<>(keyType);
        for (K group : keyType.getEnumConstants()) {
            List<AmedTheme> members = themes.stream().filter(t -> key.apply(t) == group).toList();
            if (!members.isEmpty()) {
                result.put(group, figures(label.apply(group), population, members));
            }
        }
        return result;
    }

    private static ThemeGroupFigures figures(String group, String population, Collection<AmedTheme> themes) {
        if (themes.isEmpty()) {
            throw new IllegalArgumentException(group + " (" + population + ") has no theme, so no ratio can be computed");
        }
        int count = themes.size();
        int stageUps = (int) themes.stream().filter(AmedTheme::isStagedUp).count();
        int launches = (int) themes.stream().filter(AmedTheme::isLaunched).count();
        long grants = themes.stream().mapToLong(AmedTheme::singleYearGrantThousandYen).sum();
        String prefix = group + ", " + population + ": ";
        KpiFigure average = KpiFigure.quotient(prefix + "average single-year grant",
                "Σ single-year grants / themes = " + grants + " / " + count,
                FigureUnit.THOUSAND_YEN, Decimals.of(grants), Decimals.of(count));
        KpiFigure stageUpRatio = Shares.share(prefix + "stage-up ratio",
                "themes above their stage at adoption", stageUps, "themes", count);
        KpiFigure launchRatio = Shares.share(prefix + "launch ratio", "themes launched (" + Stage.LAUNCHED.label(Texts.JAPANESE) + ")", launches, "themes", count);
        return new ThemeGroupFigures(group, count, stageUps, launches, average, stageUpRatio, launchRatio);
    }
}
