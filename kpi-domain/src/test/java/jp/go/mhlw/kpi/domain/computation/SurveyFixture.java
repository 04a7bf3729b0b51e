package jp.go.mhlw.kpi.domain.computation;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds JFMDA survey response rows from the counts the committee publishes, so the tests derive every denominator
 * from rows (as the system will) instead of typing it in. Foreign-capital ventures and entrants are added on purpose:
 * they must not count.
 */
public final class SurveyFixture {

    private int respondents;
    private int domestic;
    private int ventures;
    private int otherIndustryEntrants;
    private int foreignVentures;
    private int foreignOtherIndustryEntrants;

    static SurveyFixture survey() {
        return new SurveyFixture();
    }

    /** R4: 105 responses, 93 domestic-capital, 7 ventures, 3 other-industry entrants. */
    public static List<SurveyResponse> r4() {
        return survey().respondents(105).domestic(93).ventures(7).otherIndustryEntrants(3)
                .foreignVentures(1).foreignOtherIndustryEntrants(1).build();
    }

    /** R5: 158 responses, 128 domestic-capital, 17 ventures, 6 other-industry entrants. */
    public static List<SurveyResponse> r5() {
        return survey().respondents(158).domestic(128).ventures(17).otherIndustryEntrants(6)
                .foreignVentures(2).foreignOtherIndustryEntrants(1).build();
    }

    SurveyFixture respondents(int count) {
        respondents = count;
        return this;
    }

    SurveyFixture domestic(int count) {
        domestic = count;
        return this;
    }

    SurveyFixture ventures(int count) {
        ventures = count;
        return this;
    }

    SurveyFixture otherIndustryEntrants(int count) {
        otherIndustryEntrants = count;
        return this;
    }

    SurveyFixture foreignVentures(int count) {
        foreignVentures = count;
        return this;
    }

    SurveyFixture foreignOtherIndustryEntrants(int count) {
        foreignOtherIndustryEntrants = count;
        return this;
    }

    List<SurveyResponse> build() {
        if (ventures + otherIndustryEntrants > domestic
                || foreignVentures + foreignOtherIndustryEntrants > respondents - domestic) {
            throw new IllegalStateException("more ventures and entrants than respondents");
        }
        List<SurveyResponse> rows = new ArrayList<>();
        for (int i = 0; i < domestic; i++) {
            boolean venture = i < ventures;
            boolean entrant = !venture && i < ventures + otherIndustryEntrants;
            rows.add(new SurveyResponse("domestic " + i, true, venture, entrant));
        }
        for (int i = 0; i < respondents - domestic; i++) {
            boolean venture = i < foreignVentures;
            boolean entrant = !venture && i < foreignVentures + foreignOtherIndustryEntrants;
            rows.add(new SurveyResponse("foreign " + i, false, venture, entrant));
        }
        return List.copyOf(rows);
    }
}
