package jp.go.mhlw.kpi.domain.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.JointResearchInput;
import jp.go.mhlw.kpi.domain.model.submission.ParticipantSurvey;
import jp.go.mhlw.kpi.domain.model.submission.SurveyQuestion;
import jp.go.mhlw.kpi.domain.model.submission.TrainingCourseInput;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * A hub's yearly report as an .xlsx workbook of three data sheets, mirroring {@link HubReportContent}:
 *
 * <ul>
 *   <li>共同研究 (joint research): one row per research stage, its cases and average amount per case (千円);</li>
 *   <li>連携・プラットフォーム (items): one row per item, the cooperation with other hubs and the international trial
 *       infrastructure (counts) and each platform ①②③ (yes/no);</li>
 *   <li>研修コース (courses): one row per training course, its name, categories, participants, the participants of
 *       each category, and its participant survey (whether there was one, respondents, the respondents of each
 *       answer option).</li>
 * </ul>
 *
 * All or nothing across the sheets: a workbook with any problem gives no report. A stage or item left out is blank,
 * as on the form; a draft may be incomplete (the submission's validation says what is missing).
 */
public final class HubReportImport {

    static final String JOINT_RESEARCH_SHEET = Vocabulary.word("hub.sheet.jointResearch");
    static final String ITEMS_SHEET = Vocabulary.word("hub.sheet.items");
    static final String COURSES_SHEET = Vocabulary.word("hub.sheet.courses");

    private final JointResearchSheet jointResearch = new JointResearchSheet();
    private final ItemsSheet items = new ItemsSheet();
    private final CoursesSheet courses = new CoursesSheet();

    public ImportResult<HubReportContent> read(UploadedFile file) {
        return read(file, ImportLimits.DEFAULT);
    }

    public ImportResult<HubReportContent> read(UploadedFile file, ImportLimits limits) {
        Map<String, List<List<String>>> sheets;
        try {
            sheets = TableReader.readSheets(file, limits);
        } catch (TableReader.UnreadableFile e) {
            return ImportResult.rejected(List.of(e.problem));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<StageRow> stages = sheet(sheets, JOINT_RESEARCH_SHEET, jointResearch, problems);
        List<ItemRow> itemRows = sheet(sheets, ITEMS_SHEET, items, problems);
        List<TrainingCourseInput> courseRows = sheet(sheets, COURSES_SHEET, courses, problems);
        if (!problems.isEmpty()) {
            return ImportResult.rejected(problems);
        }
        Map<Stage, JointResearchInput> byStage = new EnumMap<>(Stage.class);
        stages.forEach(row -> byStage.put(row.stage(), row.input()));
        Integer cooperation = null;
        Integer international = null;
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        for (ItemRow row : itemRows) {
            switch (row.item()) {
                case COOPERATION -> cooperation = row.count();
                case INTERNATIONAL -> international = row.count();
                default -> {
                    if (Boolean.TRUE.equals(row.yes())) {
                        platforms.add(row.item().platform);
                    }
                }
            }
        }
        return ImportResult.accepted(List.of(new HubReportContent(byStage, cooperation, international, platforms,
                courseRows)), List.of());
    }

    /** The data sheets' names with their columns, in workbook order (for the template's help sheet). */
    public Map<String, List<Column>> sheets() {
        Map<String, List<Column>> sheets = new LinkedHashMap<>();
        sheets.put(JOINT_RESEARCH_SHEET, jointResearch.columns());
        sheets.put(ITEMS_SHEET, items.columns());
        sheets.put(COURSES_SHEET, courses.columns());
        return sheets;
    }

    /** The report's rows on each data sheet, in the sheets' column order (blank cells null). */
    public Map<String, List<List<Object>>> rows(HubReportContent report) {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        List<List<Object>> stageRows = new ArrayList<>();
        for (Stage stage : HubReportContent.RESEARCH_STAGES) {
            JointResearchInput input = report.jointResearchAt(stage);
            stageRows.add(cells(AmedThemeImport.stageWord(stage), input.cases(),
                    input.averageAmountThousandYen()));
        }
        rows.put(JOINT_RESEARCH_SHEET, stageRows);
        List<List<Object>> itemRows = new ArrayList<>();
        for (Item item : Item.values()) {
            Object value = switch (item) {
                case COOPERATION -> report.cooperationWithOtherHubs();
                case INTERNATIONAL -> report.internationalTrialInfrastructure();
                default -> yesNo(report.platforms().contains(item.platform));
            };
            itemRows.add(cells(item.labelJa(), value));
        }
        rows.put(ITEMS_SHEET, itemRows);
        rows.put(COURSES_SHEET, report.courses().stream().map(HubReportImport::courseRow).toList());
        return rows;
    }

    private static List<Object> courseRow(TrainingCourseInput course) {
        List<Object> row = new ArrayList<>();
        row.add(course.name());
        row.add(course.categories().stream().sorted().map(category -> Integer.toString(category.number()))
                .collect(Collectors.joining(", ")));
        row.add(course.participants());
        for (TrainingCategory category : TrainingCategory.values()) {
            row.add(course.participantsByCategory().get(category));
        }
        ParticipantSurvey survey = course.survey();
        row.add(yesNo(survey != null));
        row.add(survey == null ? null : survey.respondents());
        for (SurveyQuestion question : SurveyQuestion.values()) {
            for (int option = 0; option < question.optionCount(); option++) {
                row.add(survey == null ? null : survey.countsOf(question).get(option));
            }
        }
        return row;
    }

    private static String yesNo(boolean yes) {
        return Vocabulary.words(yes ? "yes" : "no").get(0);
    }

    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value);
        }
        return row;
    }

    /** Reads one sheet (found by its name, width and case ignored); a missing sheet is a problem of the workbook. */
    private static <T> List<T> sheet(Map<String, List<List<String>>> sheets, String name, SpreadsheetImport<T> kind,
            List<ImportProblem> problems) {
        Optional<List<List<String>>> lines = sheets.entrySet().stream()
                .filter(sheet -> Column.normalise(sheet.getKey()).equals(Column.normalise(name)))
                .map(Map.Entry::getValue).findFirst();
        if (lines.isEmpty()) {
            problems.add(new ImportProblem(name, 0, "", Problem.at("", "import.sheet.missing", name)));
            return List.of();
        }
        Table table;
        try {
            table = TableReader.toTable(lines.get());
        } catch (TableReader.UnreadableFile e) {
            problems.add(new ImportProblem(name, 0, "", e.problem.problem()));
            return List.of();
        }
        ImportResult<T> result = kind.read(table, name);
        problems.addAll(result.problems());
        return result.records();
    }

    // ---- joint research ---------------------------------------------------------------------------------------

    record StageRow(Stage stage, JointResearchInput input) {
    }

    static final class JointResearchSheet extends SpreadsheetImport<StageRow> {

        static final Column STAGE = AmedThemeImport.stageColumn("hub.stage", Stage.CLINICAL);
        static final Column CASES = Column.named("hub.cases", false);
        static final Column AVERAGE = Column.named("hub.averageAmount", false);

        @Override
        public List<Column> columns() {
            return List.of(STAGE, CASES, AVERAGE);
        }

        @Override
        protected boolean acceptsNoRows() {
            return true;
        }

        @Override
        protected boolean refusesUnknownColumns() {
            return true;
        }

        @Override
        protected StageRow toRecord(Cells cells) {
            Stage stage = cells.choice(STAGE, text -> AmedThemeImport.stage(text).filter(Stage::isResearchStage));
            Integer cases = cells.count(CASES);
            Long average = cells.nonNegativeInteger(AVERAGE);
            return stage == null ? null : new StageRow(stage, new JointResearchInput(cases, average));
        }

        @Override
        protected Optional<String> uniqueKey(StageRow row) {
            return Optional.of(row.stage().name());
        }

        @Override
        protected Phrase duplicateDescription() {
            return Phrase.of("import.duplicate.stage");
        }

        @Override
        protected Column duplicateColumn() {
            return STAGE;
        }
    }

    // ---- cooperation, infrastructure, platforms ---------------------------------------------------------------

    /** The rows of the items sheet: two counts, and one yes/no per platform. */
    enum Item {
        COOPERATION(null),
        INTERNATIONAL(null),
        AI_DATA_USE(Platform.AI_DATA_USE),
        REGULATORY_SCIENCE(Platform.REGULATORY_SCIENCE),
        PARTS_MATERIALS_AND_MANUFACTURING(Platform.PARTS_MATERIALS_AND_MANUFACTURING);

        final Platform platform;

        Item(Platform platform) {
            this.platform = platform;
        }

        String labelJa() {
            return label("ja");
        }

        String label(String language) {
            if (platform == null) {
                return Vocabulary.word("hub.item." + (this == COOPERATION ? "cooperation" : "international") + "."
                        + language);
            }
            List<String> words = Vocabulary.words("platform." + platform.name());
            return Vocabulary.word("hub.item.platform." + language, words.get(0),
                    words.get(language.equals("ja") ? 1 : 2));
        }

        /** The item's full Japanese or English label, or (a platform) its name in either language. */
        boolean matches(String normalised) {
            if (normalised.equals(Column.normalise(label("ja"))) || normalised.equals(Column.normalise(label("en")))) {
                return true;
            }
            return platform != null && Vocabulary.words("platform." + platform.name()).stream().skip(1)
                    .map(Column::normalise).anyMatch(normalised::contains);
        }
    }

    record ItemRow(Item item, Integer count, Boolean yes) {
    }

    static final class ItemsSheet extends SpreadsheetImport<ItemRow> {

        static final Column ITEM = new Column(Vocabulary.word("column.hub.item.ja"),
                Vocabulary.word("column.hub.item.en"), true,
                java.util.Arrays.stream(Item.values()).map(Item::labelJa).collect(Collectors.joining(", ")));
        static final Column VALUE = Column.named("hub.value", false);

        @Override
        public List<Column> columns() {
            return List.of(ITEM, VALUE);
        }

        @Override
        protected boolean acceptsNoRows() {
            return true;
        }

        @Override
        protected boolean refusesUnknownColumns() {
            return true;
        }

        @Override
        protected ItemRow toRecord(Cells cells) {
            Item item = cells.choice(ITEM, text -> java.util.Arrays.stream(Item.values())
                    .filter(candidate -> candidate.matches(text)).findFirst());
            if (item == null) {
                return null;
            }
            return item.platform == null ? new ItemRow(item, cells.count(VALUE), null)
                    : new ItemRow(item, null, cells.yesNo(VALUE));
        }

        @Override
        protected Optional<String> uniqueKey(ItemRow row) {
            return Optional.of(row.item().name());
        }

        @Override
        protected Phrase duplicateDescription() {
            return Phrase.of("import.duplicate.item");
        }

        @Override
        protected Column duplicateColumn() {
            return ITEM;
        }
    }

    // ---- training courses -------------------------------------------------------------------------------------

    static final class CoursesSheet extends SpreadsheetImport<TrainingCourseInput> {

        /** What separates a course's categories (after width normalisation): commas, 、, ; or spaces. */
        private static final String CATEGORY_SEPARATORS = "[,、;\\s]+";

        static final Column NAME = Column.named("hub.courseName", true);
        static final Column CATEGORIES = new Column(Vocabulary.word("column.hub.categories.ja"),
                Vocabulary.word("column.hub.categories.en"), false, categoriesAllowed());
        static final Column PARTICIPANTS = Column.named("hub.participants", false);
        static final Column SURVEYED = Column.named("hub.surveyed", false);
        static final Column RESPONDENTS = Column.named("hub.respondents", false);

        private final Map<TrainingCategory, Column> byCategory = new EnumMap<>(TrainingCategory.class);
        private final Map<SurveyQuestion, List<Column>> answers = new EnumMap<>(SurveyQuestion.class);

        CoursesSheet() {
            for (TrainingCategory category : TrainingCategory.values()) {
                byCategory.put(category, new Column(
                        Vocabulary.word("column.hub.byCategory.ja", category.number(), categoryWords(category).get(0)),
                        Vocabulary.word("column.hub.byCategory.en", category.number()), false, ""));
            }
            for (SurveyQuestion question : SurveyQuestion.values()) {
                List<Column> options = new ArrayList<>();
                for (int option = 0; option < question.optionCount(); option++) {
                    int questionNumber = question.ordinal() + 1;
                    options.add(new Column(
                            Vocabulary.word("column.hub.answer.ja", questionNumber, option + 1,
                                    question.label(Texts.JAPANESE), question.option(option).label(Texts.JAPANESE)),
                            Vocabulary.word("column.hub.answer.en", questionNumber, option + 1,
                                    question.label(Texts.ENGLISH), question.option(option).label(Texts.ENGLISH)),
                            false, ""));
                }
                answers.put(question, List.copyOf(options));
            }
        }

        @Override
        public List<Column> columns() {
            List<Column> columns = new ArrayList<>(List.of(NAME, CATEGORIES, PARTICIPANTS));
            columns.addAll(byCategory.values());
            columns.add(SURVEYED);
            columns.add(RESPONDENTS);
            answers.values().forEach(columns::addAll);
            return columns;
        }

        @Override
        protected boolean acceptsNoRows() {
            return true;
        }

        @Override
        protected boolean refusesUnknownColumns() {
            return true;
        }

        @Override
        protected TrainingCourseInput toRecord(Cells cells) {
            String name = cells.text(NAME);
            Set<TrainingCategory> categories = categories(cells);
            Integer participants = cells.count(PARTICIPANTS);
            Map<TrainingCategory, Integer> participantsByCategory = new EnumMap<>(TrainingCategory.class);
            byCategory.forEach((category, column) -> {
                Integer count = cells.count(column);
                if (count != null) {
                    participantsByCategory.put(category, count);
                }
            });
            Boolean surveyed = cells.yesNo(SURVEYED);
            Integer respondents = cells.count(RESPONDENTS);
            Map<SurveyQuestion, List<Integer>> counts = new EnumMap<>(SurveyQuestion.class);
            boolean answered = respondents != null;
            for (Map.Entry<SurveyQuestion, List<Column>> question : answers.entrySet()) {
                List<Integer> optionCounts = new ArrayList<>();
                for (Column column : question.getValue()) {
                    Integer count = cells.count(column);
                    answered |= count != null;
                    optionCounts.add(count);
                }
                counts.put(question.getKey(), optionCounts);
            }
            if (answered && !Boolean.TRUE.equals(surveyed)) {
                cells.problem(SURVEYED, "import.hub.answersWithoutSurvey", SURVEYED.headerJa(), SURVEYED.headerEn());
                return null;
            }
            if (name.isEmpty() || categories == null) {
                return null;
            }
            ParticipantSurvey survey = Boolean.TRUE.equals(surveyed) ? new ParticipantSurvey(respondents, counts) : null;
            return new TrainingCourseInput(name, categories, participants, participantsByCategory, survey);
        }

        /** The course's categories (by number or word, several), or null with a problem for an unknown one. */
        private static Set<TrainingCategory> categories(Cells cells) {
            String text = Column.normalise(cells.text(CATEGORIES));
            Set<TrainingCategory> categories = EnumSet.noneOf(TrainingCategory.class);
            if (text.isEmpty()) {
                return categories;
            }
            boolean unknown = false;
            for (String word : text.split(CATEGORY_SEPARATORS)) {
                if (word.isEmpty()) {
                    continue;
                }
                Optional<TrainingCategory> category = category(word);
                if (category.isPresent()) {
                    categories.add(category.get());
                } else {
                    cells.problem(CATEGORIES, "import.unknownValue", word, CATEGORIES.allowedValues());
                    unknown = true;
                }
            }
            return unknown ? null : categories;
        }

        static Optional<TrainingCategory> category(String word) {
            for (TrainingCategory category : TrainingCategory.values()) {
                if (word.equals(Integer.toString(category.number())) || categoryWords(category).stream()
                        .map(Column::normalise).anyMatch(word::equals)) {
                    return Optional.of(category);
                }
            }
            return Optional.empty();
        }

        private static List<String> categoryWords(TrainingCategory category) {
            return Vocabulary.words("trainingCategory." + category.name());
        }

        private static String categoriesAllowed() {
            return java.util.Arrays.stream(TrainingCategory.values())
                    .map(category -> category.number() + " " + categoryWords(category).get(0))
                    .collect(Collectors.joining(", ")) + Vocabulary.word("column.hub.categories.several");
        }
    }
}
