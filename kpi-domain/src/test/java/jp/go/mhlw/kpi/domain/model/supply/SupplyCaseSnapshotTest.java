package jp.go.mhlw.kpi.domain.model.supply;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a repository stores of a case brings it back as it was, and it carries on under the same rules. */
class SupplyCaseSnapshotTest {

    @Test
    void aRestoredCaseHasTheSameStateAsTheOriginal() {
        SupplyCase original = openedCase();
        original.saveDraft(MAKER_A, ReportKind.FIRST, SupplyReport.empty(), day(0));
        original.fileFirstReport(MAKER_A, firstReport(DisruptionKind.TERMINATION), day(1));
        original.recordTriage(OFFICER, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, "note", day(2));
        original.saveDraft(MAKER_A, ReportKind.ADDITIONAL, terminationReport(), day(3));

        SupplyCase restored = SupplyCase.restore(original.snapshot());

        assertThat(restored.snapshot()).isEqualTo(original.snapshot());
        assertThat(restored.versions()).isEqualTo(original.versions());
        assertThat(restored.draft()).isEqualTo(original.draft());
        assertThat(restored.state()).isEqualTo(SupplyCaseState.UNDER_TRIAGE);
        assertThat(restored.isOnTerminationPath()).isTrue();
    }

    @Test
    void theBookkeepingOfTheCurrentRoundSurvivesARestore() {
        SupplyCase triagedNotConsulted = openedCase();
        triagedNotConsulted.fileFirstReport(MAKER_A, firstReport(DisruptionKind.TERMINATION), day(1));
        triagedNotConsulted.recordTriage(OFFICER, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.HIGH, null, day(2));

        SupplyCase restored = SupplyCase.restore(triagedNotConsulted.snapshot());

        // triaged this round, but on the termination path the societies come first: the same refusal as before
        assertThatThrownBy(() -> restored.decideFurtherAction(OFFICER, true, "r", day(3)))
                .hasMessageContaining("consult the societies");
        restored.recordSocietyConsultation(OFFICER, "学会", "見解", day(3));
        SupplyCase again = SupplyCase.restore(restored.snapshot());
        again.decideFurtherAction(OFFICER, false, "代替品あり", day(4));
        assertThat(again.state()).isEqualTo(SupplyCaseState.TERMINATING);
        // the simple report is refused (large impact), the additional report is next, then the 10-3
        assertThatThrownBy(() -> SupplyCase.restore(again.snapshot()).fileReport(MAKER_A, ReportKind.SIMPLE,
                terminationReport(), day(5))).isInstanceOf(IllegalStateException.class);
        SupplyCase terminating = SupplyCase.restore(again.snapshot());
        terminating.fileReport(MAKER_A, ReportKind.ADDITIONAL, terminationReport(), day(5));
        SupplyCase.restore(terminating.snapshot()).fileReport(MAKER_A, ReportKind.TERMINATION_NOTICE, terminationReport(), day(6));
    }

    @Test
    void filedVersionsAreRestoredAsFiledEvenIfTheRulesWouldRefuseThemToday() {
        SupplyCase original = openedCase();
        original.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
        // a version no longer acceptable as an additional report (no contact): restore does not re-validate
        ReportVersion old = new ReportVersion(2, ReportKind.ADDITIONAL, SupplyReport.empty(), "maker-a", day(2));
        SupplyCase.Snapshot stored = original.snapshot();
        SupplyCase.Snapshot withOldVersion = new SupplyCase.Snapshot(stored.caseNumber(), stored.manufacturerOrganisationCode(),
                stored.product(), stored.openedAt(), SupplyCaseState.UNDER_TRIAGE, false, 0, false, false,
                List.of(stored.versions().get(0), old), null, null, null, null, null, null, null, null, null, null, null);

        assertThat(SupplyCase.restore(withOldVersion).versions()).extracting(ReportVersion::number).containsExactly(1, 2);
    }

    @Test
    void whatNoStoredCaseCanLookLikeIsRefused() {
        SupplyCase.Snapshot stored = openedCase().snapshot();
        ReportVersion second = new ReportVersion(2, ReportKind.FIRST, firstReport(DisruptionKind.SHORTAGE), "maker-a", day(1));

        assertThatThrownBy(() -> SupplyCase.restore(new SupplyCase.Snapshot(stored.caseNumber(),
                stored.manufacturerOrganisationCode(), stored.product(), stored.openedAt(), SupplyCaseState.REPORTED, false, 0,
                false, false, List.of(second), null, null, null, null, null, null, null, null, null, null, null)))
                .hasMessageContaining("version 1 is stored as 2");
        assertThatThrownBy(() -> SupplyCase.restore(new SupplyCase.Snapshot(stored.caseNumber(),
                stored.manufacturerOrganisationCode(), stored.product(), stored.openedAt(), SupplyCaseState.CLOSED, false, 0,
                false, false, null, null, null, null, null, null, null, null, null, null, null, null)))
                .hasMessageContaining("closed case");
        assertThatThrownBy(() -> SupplyCase.restore(new SupplyCase.Snapshot(stored.caseNumber(),
                stored.manufacturerOrganisationCode(), stored.product(), stored.openedAt(), SupplyCaseState.DRAFT, true, 3,
                false, false, null, null, null, null, null, null, null, null, null, null, null, null)))
                .hasMessageContaining("versions before the termination");
    }

    @Test
    void theSnapshotCannotChangeTheCase() {
        SupplyCase original = openedCase();
        original.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));

        assertThatThrownBy(() -> original.snapshot().versions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(original.versions()).hasSize(1);
    }
}
