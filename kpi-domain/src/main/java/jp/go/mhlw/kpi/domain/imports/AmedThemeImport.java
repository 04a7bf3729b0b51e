package jp.go.mhlw.kpi.domain.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.ThemeRecord;
import jp.go.mhlw.kpi.domain.shared.Phrase;

/**
 * AMED's list of adopted themes (one row per theme), as AMED reports it each cycle. A theme whose current stage is
 * earlier than its stage at adoption counts (not as a stage-up) with a warning, as the submission rules have it; an
 * adoption date after today or after the survey reference date is a problem.
 */
public class AmedThemeImport extends SpreadsheetImport<AmedTheme> {

    /** Each stage's words: the committee's name first, then the other names its material uses (開発研究...). */
    private static final Map<Stage, List<String>> STAGE_WORDS = stageWords();

    static final Column PROGRAMME = Column.named("amed.programme", true);
    static final Column THEME = Column.named("amed.theme", true);
    static final Column FOCUS_AREA = Column.named("amed.focusArea", true);
    static final Column STAGE_AT_ADOPTION = stageColumn("amed.stageAtAdoption", Stage.CLINICAL);
    static final Column CURRENT_STAGE = stageColumn("amed.currentStage", Stage.LAUNCHED);
    static final Column GRANT = Column.named("amed.grant", true);
    static final Column ADOPTED_ON = Column.named("amed.adoptedOn", true);

    /** The words dropped from a focus area before it is looked up ("重点分野3", "FA3"). */
    private static final List<String> FOCUS_AREA_NOISE = Vocabulary.words("focusArea.ignored");
    private static final Map<String, FocusArea> FOCUS_AREAS = focusAreaWords();
    private static final String CLINICAL_BEGINNING = Vocabulary.word("stage.CLINICAL.beginning");

    private final LocalDate today;
    private final LocalDate surveyReferenceDate;

    /** A list read on {@code today} (in Japan), with no survey reference date to check the adoption dates against. */
    public AmedThemeImport(LocalDate today) {
        this(today, null);
    }

    /** A list read on {@code today} for a cycle whose survey reference date is given (null: none yet). */
    public AmedThemeImport(LocalDate today, LocalDate surveyReferenceDate) {
        this.today = Objects.requireNonNull(today, "today");
        this.surveyReferenceDate = surveyReferenceDate;
    }

    @Override
    public List<Column> columns() {
        return List.of(PROGRAMME, THEME, FOCUS_AREA, STAGE_AT_ADOPTION, CURRENT_STAGE, GRANT, ADOPTED_ON);
    }

    @Override
    protected AmedTheme toRecord(Cells cells) {
        String programme = cells.text(PROGRAMME);
        String theme = cells.text(THEME);
        FocusArea focusArea = cells.choice(FOCUS_AREA, AmedThemeImport::focusArea);
        Stage atAdoption = cells.choice(STAGE_AT_ADOPTION, text -> stage(text).filter(Stage::isResearchStage));
        Stage current = cells.choice(CURRENT_STAGE, AmedThemeImport::stage);
        Long grant = cells.nonNegativeInteger(GRANT);
        LocalDate adoptedOn = cells.date(ADOPTED_ON);
        if (adoptedOn != null && adoptedOn.isAfter(today)) {
            cells.problem(ADOPTED_ON, "import.adoptedOn.future", adoptedOn, today);
            return null;
        }
        if (adoptedOn != null && surveyReferenceDate != null && adoptedOn.isAfter(surveyReferenceDate)) {
            cells.problem(ADOPTED_ON, "import.adoptedOn.afterReferenceDate", adoptedOn, surveyReferenceDate);
            return null;
        }
        if (programme.isEmpty() || theme.isEmpty() || focusArea == null || atAdoption == null || current == null
                || grant == null || adoptedOn == null) {
            return null;
        }
        AmedTheme read = new AmedTheme(programme, theme, focusArea, atAdoption, current, grant, adoptedOn);
        if (read.isBehindStageAtAdoption()) {
            cells.warning(CURRENT_STAGE, "import.warning.stageBeforeAdoption", current, atAdoption);
        }
        return read;
    }

    @Override
    protected Optional<String> uniqueKey(AmedTheme theme) {
        return Optional.of(Column.normalise(theme.programme()) + "\n" + Column.normalise(theme.themeTitle()));
    }

    @Override
    protected Phrase duplicateDescription() {
        return Phrase.of("import.duplicate.theme");
    }

    @Override
    protected Column duplicateColumn() {
        return THEME;
    }

    /** The themes as rows of the template, in its column order (blank values null), for a filled-in template. */
    public static List<List<Object>> rows(AmedThemeContent content) {
        List<List<Object>> rows = new ArrayList<>();
        for (ThemeRecord theme : content.themes()) {
            List<Object> row = new ArrayList<>();
            row.add(theme.programme());
            row.add(theme.title());
            row.add(theme.focusArea() == null ? null : Vocabulary.words("focusArea." + theme.focusArea().name()).get(0));
            row.add(stageWord(theme.stageAtAdoption()));
            row.add(stageWord(theme.currentStage()));
            row.add(theme.singleYearGrantThousandYen());
            row.add(theme.adoptedOn());
            rows.add(row);
        }
        return rows;
    }

    /** The committee's name of the stage, as the template writes it (null: blank). */
    static String stageWord(Stage stage) {
        return stage == null ? null : Vocabulary.words("stage." + stage.name()).get(0);
    }

    /** "1".."5", "重点分野3", "FA3", "無", "複数", "none"... (the vocabulary's words). */
    static Optional<FocusArea> focusArea(String text) {
        String key = text;
        for (String noise : FOCUS_AREA_NOISE) {
            key = key.replace(noise, "");
        }
        return Optional.ofNullable(FOCUS_AREAS.get(key.strip()));
    }

    /**
     * "1".."5", "1st".."4th", the enum name, or one of the stage's words (基礎研究; 製品開発, 開発研究, 応用研究,
     * 開発(応用); 非臨床; 臨床; 上市), alone or followed by an explanation in brackets.
     */
    static Optional<Stage> stage(String text) {
        for (Stage stage : Stage.values()) {
            String number = Integer.toString(stage.ordinal() + 1);
            if (text.equals(number) || text.equals(stage.ordinalLabel().toLowerCase())
                    || text.equals(stage.name().toLowerCase())) {
                return Optional.of(stage);
            }
            for (String word : STAGE_WORDS.get(stage)) {
                if (text.equals(word) || text.startsWith(word + "(")) {
                    return Optional.of(stage);
                }
            }
        }
        if (text.startsWith(CLINICAL_BEGINNING)) {
            return Optional.of(Stage.CLINICAL);
        }
        return Optional.empty();
    }

    /** A stage column: its allowed values are the stages up to {@code last}, by number and every accepted word. */
    static Column stageColumn(String name, Stage last) {
        List<String> allowed = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage.compareTo(last) <= 0) {
                allowed.add((stage.ordinal() + 1) + " " + String.join(Vocabulary.word("stage.wordSeparator"), STAGE_WORDS.get(stage)));
            }
        }
        return new Column(Vocabulary.word("column." + name + ".ja"), Vocabulary.word("column." + name + ".en"), true,
                String.join(", ", allowed));
    }

    private static Map<Stage, List<String>> stageWords() {
        Map<Stage, List<String>> words = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            words.put(stage, Vocabulary.words("stage." + stage.name()).stream().map(Column::normalise)
                    .collect(Collectors.toUnmodifiableList()));
        }
        return words;
    }

    private static Map<String, FocusArea> focusAreaWords() {
        Map<String, FocusArea> words = new HashMap<>();
        for (FocusArea area : FocusArea.values()) {
            Vocabulary.words("focusArea." + area.name()).forEach(word -> words.put(word, area));
        }
        return Map.copyOf(words);
    }
}
