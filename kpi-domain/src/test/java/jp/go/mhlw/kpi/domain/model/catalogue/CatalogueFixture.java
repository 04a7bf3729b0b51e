package jp.go.mhlw.kpi.domain.model.catalogue;

import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;

/** A few catalogue rows of the 2nd plan built in Java, for tests that need no database. */
public final class CatalogueFixture {

    private CatalogueFixture() {
    }

    public static BasicPlan firstPlan() {
        BasicPlan plan = new BasicPlan("PLAN-1", "第1期医療機器基本計画", "1st Basic Plan on Medical Devices",
                LocalDate.of(2016, 5, 31), LocalDate.of(2016, 5, 31));
        plan.endValidityOn(LocalDate.of(2022, 5, 30));
        return plan;
    }

    public static BasicPlan secondPlan() {
        return new BasicPlan("PLAN-2", "第2期医療機器基本計画", "2nd Basic Plan on Medical Devices",
                LocalDate.of(2022, 5, 31), LocalDate.of(2022, 5, 31));
    }

    public static Vision visionA(BasicPlan plan) {
        return new Vision(plan, "A", "医療機器の研究開発の中心地としての我が国の地位の確立",
                "Establishing Japan as a centre of medical device research and development");
    }

    public static Goal goal(Vision vision, int number) {
        return new Goal(vision, number, "ゴール" + number, "Goal " + number);
    }

    /** G1-TRAINING-PARTICIPANTS: a hub count per training category, normalised by period. */
    public static Kpi trainingParticipants(Goal goal) {
        return Kpi.define(goal, "G1-TRAINING-PARTICIPANTS", KpiKind.COUNT)
                .named("人材育成研修の受入実績数", "Training participants")
                .definedAs("受入実績数。", "Participants.")
                .measuredIn("名", "participants")
                .reportedBy(ImplementingBody.everyOrganisationOf(OrganisationKind.HUB))
                .brokenDownBy(KpiBreakdown.TRAINING_CATEGORY)
                .normalisedByPeriod()
                .listedAt(1)
                .build();
    }

    /** G2-VENTURE-SHARE: a share from the JFMDA member survey, no breakdown. */
    public static Kpi ventureShare(Goal goal) {
        return Kpi.define(goal, "G2-VENTURE-SHARE", KpiKind.SHARE)
                .named("ベンチャー企業の割合", "Venture share")
                .definedAs("ベンチャー企業の割合。", "Share of ventures.")
                .measuredIn("%", "%")
                .reportedBy(ImplementingBody.organisation(surveyBody()))
                .listedAt(1)
                .build();
    }

    /** G4-NON-CLINICAL-EVALUATION: a narrative follow-up item. */
    public static Kpi nonClinicalEvaluation(Goal goal) {
        return Kpi.define(goal, "G4-NON-CLINICAL-EVALUATION", KpiKind.NARRATIVE)
                .named("非臨床評価系の状況", "Non-clinical evaluation methods")
                .definedAs("フォローアップする。", "Follow-up.")
                .reportedBy(ImplementingBody.everyOrganisationOf(OrganisationKind.MINISTRY_DIVISION))
                .listedAt(1)
                .build();
    }

    public static Organisation surveyBody() {
        return new Organisation("JFMDA-SURVEY", OrganisationKind.SURVEY_BODY, "医機連会員団体調査", "JFMDA member survey");
    }
}
