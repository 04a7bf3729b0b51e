package jp.go.mhlw.kpi.domain.model.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.Discrepancy;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.PrintedThemeRow;
import jp.go.mhlw.kpi.domain.computation.PrintedThemeTable;
import jp.go.mhlw.kpi.domain.computation.PrintedTrainingRow;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.ThemeTableReconciler;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.computation.TrainingTableReconciler;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.published.PrintedTableLayout.ThemeColumns;
import jp.go.mhlw.kpi.domain.model.published.PrintedTableLayout.TrainingColumns;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.PhraseList;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Rebuilds a cycle's printed tables ({@link PrintedThemeTable} for all and for mature themes, {@link PrintedTrainingRow}s)
 * from its stored printed figures, so that the existing reconcilers check them exactly as they check tables typed in
 * code. A table needs a complete "all" row; a grouping (focus-area rows, stage rows) is checked only when every
 * one of its rows is complete, since a missing row would look like counts that do not add up. What cannot be
 * checked is reported as a {@link ReconciliationGap}, never guessed.
 */
public final class PrintedTables {

    /** Rows and tables are named as the committee prints them, in Japanese, also in the English texts. */
    private static final String TOTAL_GROUP = Texts.text(Texts.JAPANESE, "published.table.totalRow");
    private static final String COLUMNS = "published.gap.columnSeparator";

    private final String cycleName;
    private final PrintedThemeTable allThemes;
    private final PrintedThemeTable matureThemes;
    private final List<PrintedTrainingRow> training;
    private final List<ReconciliationGap> gaps;

    private PrintedTables(String cycleName, PrintedThemeTable allThemes, PrintedThemeTable matureThemes,
                          List<PrintedTrainingRow> training, List<ReconciliationGap> gaps) {
        this.cycleName = cycleName;
        this.allThemes = allThemes;
        this.matureThemes = matureThemes;
        this.training = List.copyOf(training);
        this.gaps = List.copyOf(gaps);
    }

    private record Key(String kpiCode, String breakdown, FigureUnit unit) {
    }

    /** The figures of one cycle, looked up by KPI code, breakdown key and unit. */
    private static final class Figures {
        private final Map<Key, PublishedFigure> byKey = new HashMap<>();

        Figures(FollowUpCycle cycle, Collection<PublishedFigure> figures) {
            for (PublishedFigure figure : figures) {
                if (!figure.getCycle().getFiscalYear().equals(cycle.getFiscalYear())
                        || !figure.getCycle().getPlan().getCode().equals(cycle.getPlan().getCode())) {
                    throw new IllegalArgumentException(figure + " is not a figure of " + cycle);
                }
                byKey.put(new Key(figure.getKpi().getCode(), figure.getBreakdown(), figure.getUnit()), figure);
            }
        }

        Optional<BigDecimal> value(String kpiCode, String breakdown, FigureUnit unit) {
            return Optional.ofNullable(byKey.get(new Key(kpiCode, breakdown, unit))).map(PublishedFigure::getPrintedValue);
        }
    }

    public static PrintedTables assemble(FollowUpCycle cycle, Collection<PublishedFigure> figures, PrintedTableLayout layout) {
        Figures printed = new Figures(cycle, figures);
        String name = cycle.getFiscalYear().shortName();
        List<ReconciliationGap> gaps = new ArrayList<>();
        Optional<PrintedThemeTable> all = themeTable(printed, layout.allThemes(), gaps,
                total -> tableName("published.table.allThemesCounted", name, total),
                Phrase.of("published.table.allThemes", name));
        Optional<Integer> allTotal = all.map(t -> t.total().themes());
        Optional<PrintedThemeTable> mature = themeTable(printed, layout.matureThemes(), gaps,
                total -> allTotal.map(whole -> tableName("published.table.matureThemesOf", name, whole - total, total))
                        .orElse(tableName("published.table.matureThemesCounted", name, total)),
                Phrase.of("published.table.matureThemes", name));
        List<PrintedTrainingRow> trainingRows = trainingRows(printed, layout.training(), gaps, name);
        return new PrintedTables(name, all.orElse(null), mature.orElse(null), trainingRows, gaps);
    }

    public Optional<PrintedThemeTable> allThemes() {
        return Optional.ofNullable(allThemes);
    }

    public Optional<PrintedThemeTable> matureThemes() {
        return Optional.ofNullable(matureThemes);
    }

    public List<PrintedTrainingRow> training() {
        return training;
    }

    public List<ReconciliationGap> gaps() {
        return gaps;
    }

    /** Runs {@link ThemeTableReconciler} on both theme tables and {@link TrainingTableReconciler} on the training rows. */
    public List<Discrepancy> discrepancies() {
        List<Discrepancy> found = new ArrayList<>();
        allThemes().ifPresent(table -> found.addAll(ThemeTableReconciler.reconcile(table)));
        matureThemes().ifPresent(table -> found.addAll(ThemeTableReconciler.reconcile(table)));
        if (!training.isEmpty()) {
            found.addAll(TrainingTableReconciler.reconcile(tableName("published.table.training", cycleName), training));
        }
        return List.copyOf(found);
    }

    public PrintedFigureReconciliation reconcile(String cycleDisplayName) {
        return new PrintedFigureReconciliation(cycleDisplayName, discrepancies(), gaps);
    }

    // --- theme tables -------------------------------------------------------------------------------------------

    private interface PopulationName {
        String of(int totalThemes);
    }

    /** A row's figures, or what it lacks: absent (nothing printed), incomplete (some missing) or complete. */
    private record RowFigures(String group, Optional<PrintedThemeRow> row, List<String> missing, boolean absent) {
    }

    private static Optional<PrintedThemeTable> themeTable(Figures printed, ThemeColumns columns, List<ReconciliationGap> gaps,
                                                          PopulationName population, Phrase table) {
        RowFigures total = themeRow(printed, columns, KpiBreakdown.TOTAL, TOTAL_GROUP);
        List<RowFigures> focusAreas = Arrays.stream(FocusArea.values())
                .map(area -> themeRow(printed, columns, area.name(), area.label(Texts.JAPANESE))).toList();
        List<RowFigures> stages = Arrays.stream(Stage.values()).filter(Stage::isResearchStage)
                .map(stage -> themeRow(printed, columns, stage.name(),
                        Texts.text(Texts.JAPANESE, "published.table.stageRow", stage.displayLabel()))).toList();
        if (total.row().isEmpty()) {
            boolean anything = !total.absent() || focusAreas.stream().anyMatch(r -> !r.absent())
                    || stages.stream().anyMatch(r -> !r.absent());
            if (anything) {
                gaps.add(ReconciliationGap.of(table.label(Texts.ENGLISH), "published.gap.totalRowLacks", table,
                        TOTAL_GROUP, PhraseList.of(COLUMNS, total.missing())));
            }
            return Optional.empty();
        }
        String name = population.of(total.row().get().themes());
        List<PrintedThemeRow> byFocusArea = grouping(focusAreas, name, Phrase.of("published.gap.focusAreaRows"), gaps);
        List<PrintedThemeRow> byStage = grouping(stages, name, Phrase.of("published.gap.stageRows"), gaps);
        return Optional.of(new PrintedThemeTable(name, total.row().get(), byFocusArea, byStage));
    }

    private static List<PrintedThemeRow> grouping(List<RowFigures> rows, String table, Phrase grouping,
                                                  List<ReconciliationGap> gaps) {
        if (rows.stream().allMatch(RowFigures::absent)) {
            return List.of();
        }
        List<RowFigures> lacking = rows.stream().filter(r -> r.row().isEmpty()).toList();
        if (lacking.isEmpty()) {
            return rows.stream().map(r -> r.row().orElseThrow()).toList();
        }
        List<Phrase> what = lacking.stream().map(r -> rowLacking(r.group(), r.missing())).toList();
        gaps.add(ReconciliationGap.of(table, "published.gap.groupingIncomplete", table, grouping,
                PhraseList.of("published.gap.rowSeparator", what)));
        return List.of();
    }

    private static RowFigures themeRow(Figures printed, ThemeColumns columns, String key, String group) {
        Optional<BigDecimal> themes = printed.value(columns.themes(), key, FigureUnit.COUNT);
        Optional<BigDecimal> stageUp = printed.value(columns.stageUpRatio(), key, FigureUnit.PERCENT);
        Optional<BigDecimal> launch = printed.value(columns.launchRatio(), key, FigureUnit.PERCENT);
        Optional<BigDecimal> average = printed.value(columns.averageGrant(), key, FigureUnit.THOUSAND_YEN);
        Set<String> missing = new LinkedHashSet<>();
        themes.ifPresentOrElse(v -> { }, () -> missing.add(columns.themes()));
        average.ifPresentOrElse(v -> { }, () -> missing.add(columns.averageGrant()));
        stageUp.ifPresentOrElse(v -> { }, () -> missing.add(columns.stageUpRatio()));
        launch.ifPresentOrElse(v -> { }, () -> missing.add(columns.launchRatio()));
        if (missing.size() == 4) {
            return new RowFigures(group, Optional.empty(), List.copyOf(missing), true);
        }
        if (!missing.isEmpty()) {
            return new RowFigures(group, Optional.empty(), List.copyOf(missing), false);
        }
        Optional<Integer> count = wholeNumber(themes.get());
        if (count.isEmpty()) {
            return new RowFigures(group, Optional.empty(), List.of(columns.themes() + " as a whole number"), false);
        }
        return new RowFigures(group, Optional.of(new PrintedThemeRow(group, count.get(), stageUp.get(), launch.get(),
                average.get())), List.of(), false);
    }

    // --- training table -----------------------------------------------------------------------------------------

    private static List<PrintedTrainingRow> trainingRows(Figures printed, TrainingColumns columns,
                                                         List<ReconciliationGap> gaps, String cycleName) {
        List<PrintedTrainingRow> rows = new ArrayList<>();
        List<Phrase> lacking = new ArrayList<>();
        for (TrainingCategory category : TrainingCategory.values()) {
            String key = category.name();
            Optional<BigDecimal> participants = printed.value(columns.participants(), key, FigureUnit.COUNT);
            Optional<BigDecimal> courses = printed.value(columns.courses(), key, FigureUnit.COUNT);
            Optional<BigDecimal> perCourse = printed.value(columns.participantsPerCourse(), key, FigureUnit.AVERAGE);
            List<String> missing = new ArrayList<>();
            participants.ifPresentOrElse(v -> { }, () -> missing.add(columns.participants()));
            courses.ifPresentOrElse(v -> { }, () -> missing.add(columns.courses()));
            perCourse.ifPresentOrElse(v -> { }, () -> missing.add(columns.participantsPerCourse()));
            if (missing.size() == 3) {
                continue;
            }
            Optional<Integer> wholeParticipants = participants.flatMap(PrintedTables::wholeNumber);
            Optional<Integer> wholeCourses = courses.flatMap(PrintedTables::wholeNumber).filter(c -> c > 0);
            if (missing.isEmpty() && wholeParticipants.isPresent() && wholeCourses.isPresent()) {
                rows.add(new PrintedTrainingRow(category.number(), wholeParticipants.get(), wholeCourses.get(),
                        perCourse.get()));
                continue;
            }
            if (missing.isEmpty()) {
                missing.add("whole participants and a positive number of courses");
            }
            lacking.add(rowLacking(new CategoryName(category), missing));
        }
        if (!lacking.isEmpty()) {
            Phrase table = Phrase.of("published.table.training", cycleName);
            gaps.add(ReconciliationGap.of(table.label(Texts.ENGLISH), "published.gap.trainingIncomplete", table,
                    PhraseList.of("published.gap.rowSeparator", lacking)));
        }
        return rows;
    }

    /** "重点分野3 (G6-STAGE-UP-RATIO, ...)": a row and the figures it lacks. */
    private static Phrase rowLacking(Object row, List<String> missing) {
        return Phrase.of("published.gap.rowLacking", row, PhraseList.of(COLUMNS, missing));
    }

    /**
     * A printed table's name as the reconcilers and screens show it in either language: English words with the
     * committee's Japanese counts, "R5 all themes (全186テーマ)".
     */
    private static String tableName(String key, String cycleName, Object... counts) {
        Object[] arguments = new Object[counts.length + 1];
        arguments[0] = cycleName;
        for (int i = 0; i < counts.length; i++) {
            arguments[i + 1] = String.valueOf(counts[i]);
        }
        return Texts.text(Texts.ENGLISH, key, arguments);
    }

    /** A training category as it names itself in each language: "医療従事者育成研修 (category 1)" in English. */
    private record CategoryName(TrainingCategory category) implements Labelled {

        @Override
        public String bundleKey() {
            return "published.gap.trainingCategory";
        }

        @Override
        public String label(Locale locale) {
            return Texts.isEnglish(locale) ? category.displayLabel() : category.label(Texts.JAPANESE);
        }
    }

    private static Optional<Integer> wholeNumber(BigDecimal value) {
        try {
            return Optional.of(value.intValueExact());
        } catch (ArithmeticException notWhole) {
            return Optional.empty();
        }
    }
}
