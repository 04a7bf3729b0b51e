package jp.go.mhlw.kpi.application.kpitarget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlanRepository;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTarget;
import jp.go.mhlw.kpi.domain.model.kpitarget.KpiTargetRepository;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetAchievement;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValueRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Relative KPI targets (issue item 7): the secretariat records the targets the committee proposes and whether they
 * are adopted or withdrawn; each cycle, every target that applies is judged (met / not met / no data) from the
 * stored values of the previous cycle and this one. Every change is recorded once in the audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN})
public class KpiTargets {

    static final String OBJECT_TYPE = "KpiTarget";

    @Inject
    KpiTargetRepository targets;

    @Inject
    BasicPlanRepository plans;

    @Inject
    FollowUpCycleRepository cycles;

    @Inject
    KpiValueRepository kpiValues;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    Clock clock = Clock.systemDefaultZone();

    /** The plan's targets, withdrawn ones included, in catalogue order. */
    @ReadOnly
    public List<KpiTarget> targets(@NotBlank String planCode) {
        return targets.findByPlan(planCode);
    }

    /**
     * Records a target the committee proposed in a cycle. It applies from the next fiscal year unless the proposal
     * says later, and may not overlap another target for the same figure that is still in force.
     *
     * @throws EntryRejectedException with every problem
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public KpiTarget propose(@NotBlank String planCode, int proposedInFiscalYear, @NotNull TargetProposal proposal) {
        List<Problem> problems = new ArrayList<>();
        Optional<FollowUpCycle> cycle = proposedInFiscalYear < 1989 ? Optional.empty()
                : cycles.find(planCode, JapaneseFiscalYear.of(proposedInFiscalYear));
        if (cycle.isEmpty()) {
            problems.add(Problem.at("proposedIn", "target.cycle.unknown", String.valueOf(planCode),
                    String.valueOf(proposedInFiscalYear)));
        }
        Optional<Kpi> kpi = proposal.kpiCode() == null ? Optional.empty() : plans.findKpi(planCode, proposal.kpiCode().strip());
        if (kpi.isEmpty()) {
            problems.add(Problem.at("kpi", "target.kpi.unknown", String.valueOf(planCode),
                    String.valueOf(proposal.kpiCode())));
        }
        JapaneseFiscalYear from = proposal.effectiveFromFiscalYear() != null
                ? fiscalYear(proposal.effectiveFromFiscalYear(), "effectiveFrom", problems)
                : cycle.map(c -> c.getFiscalYear().next()).orElse(null);
        JapaneseFiscalYear to = proposal.effectiveToFiscalYear() == null ? null
                : fiscalYear(proposal.effectiveToFiscalYear(), "effectiveTo", problems);
        String breakdown = proposal.breakdown() == null || proposal.breakdown().isBlank()
                ? KpiBreakdown.TOTAL : proposal.breakdown().strip();
        if (problems.isEmpty()) {
            problems.addAll(KpiTarget.check(cycle.get(), kpi.get(), breakdown, proposal.unit(), proposal.ruleKind(),
                    proposal.parameter(), from, to, proposal.wordingJa(), proposal.source()));
        }
        if (!problems.isEmpty()) {
            throw new EntryRejectedException("The target", problems);
        }
        KpiTarget target = KpiTarget.propose(cycle.get(), kpi.get(), breakdown, proposal.unit(),
                proposal.ruleKind().toRule(proposal.parameter()), from, to, proposal.wordingJa(), proposal.source(),
                currentCaller.require().userName(), OffsetDateTime.now(clock));
        targets.findByPlan(planCode).stream().filter(target::overlaps).findFirst().ifPresent(other -> {
            throw new EntryRejectedException("The target", List.of(Problem.at("effectiveFrom", "target.overlaps",
                    other.getRuleKind().phrase(other.getParameter()), other.getEffectivePeriod())));
        });
        targets.store(target);
        auditTrail.record(new AuditEntry("kpi-target.proposed", OBJECT_TYPE, String.valueOf(target.getId()), null,
                "Proposed target " + target + " (" + target.getSource() + ")", null, state(target)));
        return target;
    }

    /** The committee adopted a proposed target. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public KpiTarget adopt(long targetId) {
        KpiTarget target = find(targetId);
        String before = state(target);
        try {
            target.adopt();
        } catch (IllegalStateException notProposed) {
            throw new EntryRejectedException("Adopting the target", List.of(Problem.at("status", "target.notProposed",
                    target.getStatus(), String.valueOf(notProposed.getMessage()))));
        }
        targets.store(target);
        auditTrail.record(new AuditEntry("kpi-target.adopted", OBJECT_TYPE, String.valueOf(target.getId()), null,
                "Adopted target " + target, before, state(target)));
        return target;
    }

    /** Withdraws a target (or marks it superseded); it is kept but no longer judged. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public KpiTarget withdraw(long targetId, @NotBlank String reason) {
        KpiTarget target = find(targetId);
        if (reason == null || reason.isBlank()) {
            throw new EntryRejectedException("Withdrawing the target", List.of(Problem.at("reason",
                    "target.reason.required")));
        }
        String before = state(target);
        try {
            target.withdraw();
        } catch (IllegalStateException alreadyWithdrawn) {
            throw new EntryRejectedException("Withdrawing the target", List.of(Problem.at("status",
                    "target.alreadyWithdrawn", String.valueOf(alreadyWithdrawn.getMessage()))));
        }
        targets.store(target);
        String why = reason.strip();
        auditTrail.record(new AuditEntry("kpi-target.withdrawn", OBJECT_TYPE, String.valueOf(target.getId()), null,
                "Withdrew target " + target + ": " + (why.length() > 300 ? why.substring(0, 300) + "…" : why),
                before, state(target)));
        return target;
    }

    /**
     * Judges every target that applies to the cycle (proposed or adopted, within its period): this cycle's stored
     * value against the previous cycle's, both already normalised. A missing value gives NO_DATA. Empty for an
     * unknown cycle.
     */
    @ReadOnly
    public List<TargetAchievement> evaluate(@NotBlank String planCode, int fiscalYear) {
        if (fiscalYear < 1989) {
            return List.of();
        }
        Optional<FollowUpCycle> found = cycles.find(planCode, JapaneseFiscalYear.of(fiscalYear));
        if (found.isEmpty()) {
            return List.of();
        }
        FollowUpCycle cycle = found.get();
        Optional<FollowUpCycle> previous = fiscalYear - 1 < 1989 ? Optional.empty()
                : cycles.find(planCode, cycle.getFiscalYear().previous());
        return targets.findByPlan(planCode).stream()
                .filter(target -> target.appliesTo(cycle))
                .map(target -> TargetAchievement.evaluate(target, cycle,
                        previous.flatMap(p -> kpiValues.find(p, target.getKpi(), target.getBreakdown(), target.getUnit())),
                        kpiValues.find(cycle, target.getKpi(), target.getBreakdown(), target.getUnit())))
                .toList();
    }

    private KpiTarget find(long targetId) {
        return targets.findById(targetId).orElseThrow(() -> new EntryRejectedException("The target", List.of(
                Problem.at("id", "target.notFound", String.valueOf(targetId)))));
    }

    private static JapaneseFiscalYear fiscalYear(int year, String field, List<Problem> problems) {
        if (year < 1989) {
            problems.add(Problem.at(field, "target.fiscalYear.tooEarly"));
            return null;
        }
        return JapaneseFiscalYear.of(year);
    }

    static String state(KpiTarget target) {
        return AuditJson.object()
                .with("plan", target.getPlan().getCode())
                .with("kpi", target.getKpi().getCode())
                .with("breakdown", target.getBreakdown())
                .with("unit", target.getUnit().name())
                .with("ruleKind", target.getRuleKind().name())
                .with("parameter", target.getParameter())
                .with("proposedIn", target.proposedIn().map(cycle -> cycle.getFiscalYear().shortName()).orElse(null))
                .with("effectiveFrom", target.getEffectiveFrom().fiscalYear())
                .with("effectiveTo", target.effectiveTo().map(JapaneseFiscalYear::fiscalYear).orElse(null))
                .with("status", target.getStatus().name())
                .with("source", target.getSource())
                .toString();
    }
}
