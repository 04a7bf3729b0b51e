package jp.go.mhlw.kpi.domain.model.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.PhraseList;

/**
 * A submission's content as single fields that can be compared one by one. Rows of a list (courses, themes, survey
 * responses, goals) are keyed by what identifies them from one version or year to the next (a course's name, a
 * theme's programme and title, a company, a goal's number), not by their position, so a row moved in the list is
 * not a change. {@code field} is where the form shows the value in this content (what a warning names).
 */
final class ContentFields {

    /** One value: how it reads, and the form it is compared in. A blank value is not a field. */
    record Field(String key, String field, Labelled label, Labelled display, String comparable) {

        Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(display, "display");
            Objects.requireNonNull(comparable, "comparable");
        }
    }

    /** A value shown as it is (a count, a name, a date): the same in every language. */
    record Verbatim(String text) implements Labelled {

        @Override
        public String bundleKey() {
            return "submissionDiff.verbatim";
        }

        @Override
        public String label(Locale locale) {
            return text;
        }
    }

    /** A ministry figure with its unit ("2 年", "19" in English, where a count has none). */
    record WithUnit(String number, ProgressFigure figure) implements Labelled {

        @Override
        public String bundleKey() {
            return "progressFigure." + figure.name() + ".unit";
        }

        @Override
        public String label(Locale locale) {
            return (number + " " + figure.unit(locale)).strip();
        }
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();

    private ContentFields() {
    }

    static Map<String, Field> of(SubmissionContent content) {
        ContentFields out = new ContentFields();
        if (content instanceof HubReportContent hub) {
            out.hub(hub);
        } else if (content instanceof AmedThemeContent amed) {
            out.themes(amed);
        } else if (content instanceof MemberSurveyContent survey) {
            out.survey(survey);
        } else if (content instanceof MinistryProgressContent ministry) {
            out.ministry(ministry);
        }
        return out.fields;
    }

    private void hub(HubReportContent hub) {
        for (Stage stage : HubReportContent.RESEARCH_STAGES) {
            JointResearchInput row = hub.jointResearchAt(stage);
            String field = "jointResearch." + stage.name();
            number(field + ".cases", field + ".cases",
                    Phrase.of("submission.what.jointResearchCases", stage, stage.displayLabel()).capitalised(),
                    row.cases());
            number(field + ".average", field + ".average",
                    Phrase.of("submissionDiff.jointResearchAverage", stage, stage.displayLabel()),
                    row.averageAmountThousandYen());
        }
        number("cooperationWithOtherHubs", "cooperationWithOtherHubs",
                Phrase.of("submission.what.cooperation").capitalised(), hub.cooperationWithOtherHubs());
        number("internationalTrialInfrastructure", "internationalTrialInfrastructure",
                Phrase.of("submission.what.internationalTrials").capitalised(),
                hub.internationalTrialInfrastructure());
        labels("platforms", "platforms", Phrase.of("submissionDiff.platforms"),
                hub.platforms().stream().sorted().map(Platform.class::cast).toList());
        for (int i = 0; i < hub.courses().size(); i++) {
            TrainingCourseInput course = hub.courses().get(i);
            String name = course.name() == null || course.name().isBlank() ? "#" + (i + 1) : course.name().strip();
            String key = "course." + name;
            String field = "courses[" + i + "]";
            text(key, field + ".name", Phrase.of("submissionDiff.course", name), name);
            labels(key + ".categories", field + ".categories", Phrase.of("submissionDiff.course.categories", name),
                    course.categories().stream().sorted().map(TrainingCategory.class::cast).toList());
            number(key + ".participants", field + ".participants",
                    Phrase.of("submissionDiff.course.participants", name), course.participants());
            for (TrainingCategory category : TrainingCategory.values()) {
                number(key + ".participants." + category.name(), field + ".participants." + category.name(),
                        Phrase.of("submissionDiff.course.categoryParticipants", name, category),
                        course.participantsByCategory().get(category));
            }
            if (course.survey() != null) {
                number(key + ".respondents", field + ".survey.respondents",
                        Phrase.of("submissionDiff.course.respondents", name), course.survey().respondents());
                for (SurveyQuestion question : SurveyQuestion.values()) {
                    List<Integer> counts = course.survey().countsOf(question);
                    if (counts.stream().anyMatch(Objects::nonNull)) {
                        String shown = counts.stream().map(count -> count == null ? "—" : String.valueOf(count))
                                .collect(Collectors.joining(" / "));
                        text(key + ".survey." + question.name(), field + ".survey." + question.name(),
                                Phrase.of("submissionDiff.course.answers", name, question), shown);
                    }
                }
            }
        }
    }

    private void themes(AmedThemeContent amed) {
        for (int i = 0; i < amed.themes().size(); i++) {
            ThemeRecord theme = amed.themes().get(i);
            String title = theme.title() == null ? "#" + (i + 1) : theme.title().strip();
            String key = "theme." + theme.identity();
            String field = "themes[" + i + "]";
            text(key, field + ".title", Phrase.of("submissionDiff.theme", title), join(theme.programme(), title));
            label(key + ".focusArea", field + ".focusArea", Phrase.of("submissionDiff.theme.focusArea", title),
                    theme.focusArea());
            stage(key + ".stageAtAdoption", field + ".stageAtAdoption",
                    Phrase.of("submissionDiff.theme.stageAtAdoption", title), theme.stageAtAdoption());
            stage(key + ".currentStage", field + ".currentStage",
                    Phrase.of("submissionDiff.theme.currentStage", title), theme.currentStage());
            number(key + ".grant", field + ".grant", Phrase.of("submissionDiff.theme.grant", title),
                    theme.singleYearGrantThousandYen());
            date(key + ".adoptedOn", field + ".adoptedOn", Phrase.of("submissionDiff.theme.adoptedOn", title),
                    theme.adoptedOn());
        }
    }

    private void survey(MemberSurveyContent survey) {
        date("previousSnapshot", "previousSnapshot", Phrase.of("submission.what.previousSnapshot").capitalised(),
                survey.previousSnapshot());
        date("currentSnapshot", "currentSnapshot", Phrase.of("submission.what.currentSnapshot").capitalised(),
                survey.currentSnapshot());
        for (int i = 0; i < survey.rows().size(); i++) {
            SurveyRow row = survey.rows().get(i);
            String company = row.company() == null ? "#" + (i + 1) : row.company().strip();
            String key = "response." + company;
            String field = "rows[" + i + "]";
            text(key, field + ".company", Phrase.of("submissionDiff.response", company), company);
            yesNo(key + ".domesticCapital", field + ".domesticCapital",
                    Phrase.of("submissionDiff.response.domesticCapital", company), row.domesticCapital());
            yesNo(key + ".venture", field + ".venture", Phrase.of("submissionDiff.response.venture", company),
                    row.venture());
            yesNo(key + ".otherIndustryEntrant", field + ".otherIndustryEntrant",
                    Phrase.of("submissionDiff.response.otherIndustryEntrant", company), row.otherIndustryEntrant());
            labels(key + ".licences", field + ".licences", Phrase.of("submissionDiff.response.licences", company),
                    row.licencesHeld().stream().sorted().map(DeviceLicence.class::cast).toList());
            // by date: last year's survey answered for a snapshot this year's asks again
            new TreeSet<>(row.activitiesBySnapshot().keySet()).forEach(snapshot -> labels(
                    key + ".activities." + snapshot, field + ".activities",
                    Phrase.of("submissionDiff.response.activities", company, snapshot.toString()),
                    row.activitiesBySnapshot().get(snapshot).stream().sorted().toList()));
            new TreeSet<>(row.basesBySnapshot().keySet()).forEach(snapshot -> labels(
                    key + ".bases." + snapshot, field + ".bases",
                    Phrase.of("submissionDiff.response.bases", company, snapshot.toString()),
                    row.basesBySnapshot().get(snapshot).stream().sorted().toList()));
        }
    }

    private void ministry(MinistryProgressContent ministry) {
        for (GoalProgress goal : ministry.goals()) {
            String key = "goal." + goal.goal();
            String field = "goals." + goal.goal();
            if (goal.narrative() != null && !goal.narrative().isBlank()) {
                text(key + ".narrative", field + ".narrative", Phrase.of("submissionDiff.goal.narrative", goal.goal()),
                        goal.narrative().strip());
            }
            for (ProgressFigure figure : ProgressFigure.ofGoal(goal.goal())) {
                BigDecimal value = goal.figure(figure);
                if (value != null) {
                    put(key + "." + figure.name(), field + "." + figure.name(),
                            Phrase.of("submissionDiff.goal.figure", goal.goal(), figure),
                            new WithUnit(plain(value), figure), plain(value));
                }
            }
        }
    }

    // ---- one value ------------------------------------------------------------------------------------------

    private void number(String key, String field, Labelled label, Number value) {
        if (value != null) {
            String shown = plain(new BigDecimal(value.toString()));
            put(key, field, label, new Verbatim(shown), shown);
        }
    }

    private void text(String key, String field, Labelled label, String value) {
        if (value != null) {
            put(key, field, label, new Verbatim(value), value);
        }
    }

    private void date(String key, String field, Labelled label, LocalDate value) {
        if (value != null) {
            text(key, field, label, value.toString());
        }
    }

    private void yesNo(String key, String field, Labelled label, Boolean value) {
        if (value != null) {
            put(key, field, label, Phrase.of(value ? "submissionDiff.yes" : "submissionDiff.no"), value.toString());
        }
    }

    private void stage(String key, String field, Labelled label, Stage value) {
        if (value != null) {
            put(key, field, label, new Verbatim(value.displayLabel()), value.name());
        }
    }

    private void label(String key, String field, Labelled label, Enum<?> value) {
        if (value instanceof Labelled labelled) {
            put(key, field, label, labelled, value.name());
        }
    }

    /** A set of choices; none chosen reads "none" and is still a value (it may have been chosen before). */
    private void labels(String key, String field, Labelled label, Collection<? extends Enum<?>> values) {
        Labelled shown = values.isEmpty() ? Phrase.of("submissionDiff.none")
                : PhraseList.of("submissionDiff.separator", new ArrayList<>(values));
        put(key, field, label, shown, values.stream().map(Enum::name).collect(Collectors.joining(",")));
    }

    private void put(String key, String field, Labelled label, Labelled display, String comparable) {
        // a repeated row (two courses of one name) keeps its first: validation refuses such content anyway
        fields.putIfAbsent(key, new Field(key, field, label, display, comparable));
    }

    private static String join(String programme, String title) {
        return programme == null ? title : programme.strip() + " / " + title;
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
