package jp.go.mhlw.kpi.web.view.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.JointResearchInput;
import jp.go.mhlw.kpi.domain.model.submission.ParticipantSurvey;
import jp.go.mhlw.kpi.domain.model.submission.SurveyQuestion;
import jp.go.mhlw.kpi.domain.model.submission.TrainingCourseInput;

/** The hub report as the form edits it: mutable rows that become a {@link HubReportContent} again. */
public class HubReportModel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Joint research at one stage. */
    public static class StageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Stage stage;
        private Integer cases;
        private Long averageAmount;

        StageRow(Stage stage, JointResearchInput input) {
            this.stage = stage;
            this.cases = input.cases();
            this.averageAmount = input.averageAmountThousandYen();
        }

        public Stage getStage() {
            return stage;
        }

        public Integer getCases() {
            return cases;
        }

        public void setCases(Integer cases) {
            this.cases = cases;
        }

        public Long getAverageAmount() {
            return averageAmount;
        }

        public void setAverageAmount(Long averageAmount) {
            this.averageAmount = averageAmount;
        }
    }

    /** A count the form edits in a repeated list (EL cannot set list elements of boxed numbers). */
    public static class Count implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer value;

        Count(Integer value) {
            this.value = value;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }

    /** One question of a course's participant survey: a count per option. */
    public static class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SurveyQuestion question;
        private final List<Count> counts = new ArrayList<>();

        QuestionRow(SurveyQuestion question, List<Integer> values) {
            this.question = question;
            values.forEach(value -> counts.add(new Count(value)));
        }

        public SurveyQuestion getQuestion() {
            return question;
        }

        public List<Count> getCounts() {
            return counts;
        }
    }

    /** One training course. */
    public static class CourseRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private List<String> categories = new ArrayList<>();
        private Integer participants;
        /** participants per category 1..6 (index 0..5), blank when not split */
        private final List<Count> byCategory = new ArrayList<>();
        private boolean surveyed;
        private Integer respondents;
        private final List<QuestionRow> questions = new ArrayList<>();

        CourseRow(TrainingCourseInput course) {
            name = course.name();
            course.categories().stream().sorted().forEach(category -> categories.add(category.name()));
            participants = course.participants();
            for (TrainingCategory category : TrainingCategory.values()) {
                byCategory.add(new Count(course.participantsByCategory().get(category)));
            }
            ParticipantSurvey survey = course.survey() == null ? ParticipantSurvey.blank() : course.survey();
            surveyed = course.survey() != null;
            respondents = survey.respondents();
            for (SurveyQuestion question : SurveyQuestion.values()) {
                questions.add(new QuestionRow(question, survey.countsOf(question)));
            }
        }

        TrainingCourseInput toInput() {
            Set<TrainingCategory> served = EnumSet.noneOf(TrainingCategory.class);
            categories.forEach(category -> served.add(TrainingCategory.valueOf(category)));
            Map<TrainingCategory, Integer> split = new EnumMap<>(TrainingCategory.class);
            for (TrainingCategory category : TrainingCategory.values()) {
                Integer count = byCategory.get(category.number() - 1).getValue();
                if (count != null) {
                    split.put(category, count);
                }
            }
            ParticipantSurvey survey = null;
            if (surveyed) {
                Map<SurveyQuestion, List<Integer>> answers = new EnumMap<>(SurveyQuestion.class);
                questions.forEach(row -> answers.put(row.getQuestion(),
                        row.getCounts().stream().map(Count::getValue).toList()));
                survey = new ParticipantSurvey(respondents, answers);
            }
            return new TrainingCourseInput(name == null || name.isBlank() ? null : name.strip(), served, participants,
                    split, survey);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public List<String> getCategories() {
            return categories;
        }

        public void setCategories(List<String> categories) {
            this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
        }

        public Integer getParticipants() {
            return participants;
        }

        public void setParticipants(Integer participants) {
            this.participants = participants;
        }

        public List<Count> getByCategory() {
            return byCategory;
        }

        public boolean isSurveyed() {
            return surveyed;
        }

        public void setSurveyed(boolean surveyed) {
            this.surveyed = surveyed;
        }

        public Integer getRespondents() {
            return respondents;
        }

        public void setRespondents(Integer respondents) {
            this.respondents = respondents;
        }

        public List<QuestionRow> getQuestions() {
            return questions;
        }
    }

    private final List<StageRow> stages = new ArrayList<>();
    private Integer cooperationWithOtherHubs;
    private Integer internationalTrialInfrastructure;
    private List<String> platforms = new ArrayList<>();
    private final List<CourseRow> courses = new ArrayList<>();

    HubReportModel(HubReportContent content) {
        HubReportContent.RESEARCH_STAGES.forEach(stage -> stages.add(new StageRow(stage, content.jointResearchAt(stage))));
        cooperationWithOtherHubs = content.cooperationWithOtherHubs();
        internationalTrialInfrastructure = content.internationalTrialInfrastructure();
        content.platforms().stream().sorted().forEach(platform -> platforms.add(platform.name()));
        content.courses().forEach(course -> courses.add(new CourseRow(course)));
    }

    HubReportContent toContent() {
        Map<Stage, JointResearchInput> research = new EnumMap<>(Stage.class);
        stages.forEach(row -> research.put(row.getStage(), new JointResearchInput(row.getCases(), row.getAverageAmount())));
        Set<Platform> chosen = EnumSet.noneOf(Platform.class);
        platforms.forEach(platform -> chosen.add(Platform.valueOf(platform)));
        return new HubReportContent(research, cooperationWithOtherHubs, internationalTrialInfrastructure, chosen,
                courses.stream().map(CourseRow::toInput).toList());
    }

    void addCourse() {
        courses.add(new CourseRow(TrainingCourseInput.blank()));
    }

    void removeCourse(int index) {
        if (index >= 0 && index < courses.size()) {
            courses.remove(index);
        }
    }

    public List<StageRow> getStages() {
        return stages;
    }

    public Integer getCooperationWithOtherHubs() {
        return cooperationWithOtherHubs;
    }

    public void setCooperationWithOtherHubs(Integer cooperationWithOtherHubs) {
        this.cooperationWithOtherHubs = cooperationWithOtherHubs;
    }

    public Integer getInternationalTrialInfrastructure() {
        return internationalTrialInfrastructure;
    }

    public void setInternationalTrialInfrastructure(Integer internationalTrialInfrastructure) {
        this.internationalTrialInfrastructure = internationalTrialInfrastructure;
    }

    public List<String> getPlatforms() {
        return platforms;
    }

    public void setPlatforms(List<String> platforms) {
        this.platforms = platforms == null ? new ArrayList<>() : new ArrayList<>(platforms);
    }

    public List<CourseRow> getCourses() {
        return courses;
    }
}
