package jp.go.mhlw.kpi.domain.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionValidator;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * A ministry division's progress report as one sheet, mirroring {@link MinistryProgressContent}: per goal the
 * ministries report on, a row for its narrative (進捗状況) and a row per typed figure of the goal, each with its value
 * (the unit beside it is for the reader and not read). A goal whose rows are all blank is not reported, as on the
 * form. Read all or nothing with {@link #readReport}.
 */
public class MinistryProgressImport extends SpreadsheetImport<MinistryProgressImport.Line> {

    /** A lag's decimals, as the form takes them. */
    static final int LAG_DECIMALS = 2;

    static final Column GOAL = new Column(Vocabulary.word("column.ministry.goal.ja"),
            Vocabulary.word("column.ministry.goal.en"), true,
            ProgressFigure.MINISTRY_GOALS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    static final Column ITEM = new Column(Vocabulary.word("column.ministry.item.ja"),
            Vocabulary.word("column.ministry.item.en"), true, itemsAllowed());
    static final Column VALUE = Column.named("ministry.value", false);
    static final Column UNIT = Column.named("ministry.unit", false);

    private static final List<String> NARRATIVE_WORDS = Vocabulary.words("ministry.narrative");

    /** One row: a goal's narrative (figure null) or one of its figures, with what the row gives (null: blank). */
    public record Line(int goal, ProgressFigure figure, String narrative, BigDecimal value) {
    }

    /** The item of a row: the narrative (figure empty) or a figure. */
    private record Item(Optional<ProgressFigure> figure) {
    }

    @Override
    public List<Column> columns() {
        return List.of(GOAL, ITEM, VALUE, UNIT);
    }

    @Override
    protected boolean acceptsNoRows() {
        return true;
    }

    @Override
    protected boolean refusesUnknownColumns() {
        return true;
    }

    /** The report the sheet gives: problems and no report, or the report (its blank goals left out). */
    public ImportResult<MinistryProgressContent> readReport(UploadedFile file) {
        ImportResult<Line> lines = read(file);
        if (!lines.isAccepted()) {
            return ImportResult.rejected(lines.problems(), lines.warnings());
        }
        return ImportResult.accepted(List.of(content(lines.records())), lines.warnings());
    }

    static MinistryProgressContent content(List<Line> lines) {
        Map<Integer, String> narratives = new LinkedHashMap<>();
        Map<Integer, Map<ProgressFigure, BigDecimal>> figures = new LinkedHashMap<>();
        for (int goal : ProgressFigure.MINISTRY_GOALS) {
            figures.put(goal, new EnumMap<>(ProgressFigure.class));
        }
        for (Line line : lines) {
            if (line.figure() == null) {
                narratives.put(line.goal(), line.narrative());
            } else if (line.value() != null) {
                figures.get(line.goal()).put(line.figure(), line.value());
            }
        }
        List<GoalProgress> goals = new ArrayList<>();
        for (int goal : ProgressFigure.MINISTRY_GOALS) {
            String narrative = narratives.get(goal);
            GoalProgress progress = new GoalProgress(goal, narrative == null || narrative.isBlank() ? null
                    : narrative.strip(), figures.get(goal));
            if (!progress.isBlank()) {
                goals.add(progress);
            }
        }
        return new MinistryProgressContent(goals);
    }

    /** Every goal's rows (narrative, then its figures) with the report's values, for a filled-in template. */
    public List<List<Object>> rows(MinistryProgressContent report) {
        List<List<Object>> rows = new ArrayList<>();
        for (int goal : ProgressFigure.MINISTRY_GOALS) {
            Optional<GoalProgress> progress = report.goal(goal);
            List<Object> narrative = new ArrayList<>();
            narrative.add(goal);
            narrative.add(NARRATIVE_WORDS.get(0));
            narrative.add(progress.map(GoalProgress::narrative).orElse(null));
            rows.add(narrative);
            for (ProgressFigure figure : ProgressFigure.ofGoal(goal)) {
                List<Object> row = new ArrayList<>();
                row.add(goal);
                row.add(figure.label(Texts.JAPANESE));
                row.add(progress.map(reported -> reported.figure(figure)).orElse(null));
                row.add(figure.unit(Texts.JAPANESE));
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    protected Line toRecord(Cells cells) {
        Integer goal = cells.choice(GOAL, MinistryProgressImport::goal);
        Item item = cells.choice(ITEM, MinistryProgressImport::item);
        if (goal == null || item == null) {
            return null;
        }
        if (item.figure().isEmpty()) {
            return new Line(goal, null, cells.text(VALUE, SubmissionValidator.MAX_TEXT), null);
        }
        ProgressFigure figure = item.figure().get();
        if (figure.goal() != goal) {
            cells.problem(ITEM, "import.ministry.otherGoal", figure.label(Texts.JAPANESE), figure.goal(), goal);
            return null;
        }
        BigDecimal value;
        if (figure.isDecimal()) {
            value = cells.decimal(VALUE, LAG_DECIMALS);
        } else {
            Long count = cells.nonNegativeInteger(VALUE);
            value = count == null ? null : BigDecimal.valueOf(count);
        }
        return new Line(goal, figure, null, value);
    }

    @Override
    protected Optional<String> uniqueKey(Line line) {
        return Optional.of(line.goal() + "/" + (line.figure() == null ? "" : line.figure().name()));
    }

    @Override
    protected Phrase duplicateDescription() {
        return Phrase.of("import.duplicate.item");
    }

    @Override
    protected Column duplicateColumn() {
        return ITEM;
    }

    private static Optional<Integer> goal(String text) {
        return ProgressFigure.MINISTRY_GOALS.stream().filter(goal -> text.equals(Integer.toString(goal))
                || text.equals(Column.normalise(Vocabulary.word("column.ministry.goal.ja") + goal))).findFirst();
    }

    /** The narrative's words, or a figure's Japanese or English name or code. */
    private static Optional<Item> item(String text) {
        if (NARRATIVE_WORDS.stream().map(Column::normalise).anyMatch(text::equals)) {
            return Optional.of(new Item(Optional.empty()));
        }
        for (ProgressFigure figure : ProgressFigure.values()) {
            if (text.equals(Column.normalise(figure.label(Texts.JAPANESE)))
                    || text.equals(Column.normalise(figure.label(Texts.ENGLISH)))
                    || text.equals(Column.normalise(figure.name()))) {
                return Optional.of(new Item(Optional.of(figure)));
            }
        }
        return Optional.empty();
    }

    private static String itemsAllowed() {
        List<String> items = new ArrayList<>(List.of(Vocabulary.words("ministry.narrative").get(0)));
        for (ProgressFigure figure : ProgressFigure.values()) {
            items.add(figure.label(Texts.JAPANESE));
        }
        return String.join(", ", items);
    }
}
