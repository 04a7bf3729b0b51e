package jp.go.mhlw.kpi.domain.model.submission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A training course's participant survey: how many answered, and per question the number of respondents per option
 * (blank counts are {@code null}). Every question has exactly its options' number of counts.
 */
public record ParticipantSurvey(Integer respondents, Map<SurveyQuestion, List<Integer>> answers) {

    public ParticipantSurvey {
        Map<SurveyQuestion, List<Integer>> copy = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion question : SurveyQuestion.values()) {
            List<Integer> given = answers == null ? null : answers.get(question);
            List<Integer> counts = new ArrayList<>(Collections.nCopies(question.optionCount(), (Integer) null));
            if (given != null) {
                if (given.size() != question.optionCount()) {
                    throw new IllegalArgumentException(question + " has " + question.optionCount() + " options, got "
                            + given.size() + " counts");
                }
                for (int i = 0; i < given.size(); i++) {
                    counts.set(i, given.get(i));
                }
            }
            copy.put(question, Collections.unmodifiableList(counts));
        }
        answers = Collections.unmodifiableMap(copy);
    }

    public static ParticipantSurvey blank() {
        return new ParticipantSurvey(null, Map.of());
    }

    public List<Integer> countsOf(SurveyQuestion question) {
        return answers.get(question);
    }
}
