package jp.go.mhlw.kpi.application.supply;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.CaseAccessDeniedException;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.ReportRejectedException;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseRepository;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * The one way the supply-case services change a case: load the case the caller may reach (else
 * {@link SupplyCaseException.NotFound}) → ask the aggregate → store → audit once (object type
 * {@value #OBJECT_TYPE}, the object's organisation being the manufacturer's), all in the caller's transaction.
 * Also the step that completes what the case's flow waits for, and the argument checks the services share.
 */
@Dependent
class SupplyCaseSteps {

    /** The audit trail's object type for supply cases. */
    static final String OBJECT_TYPE = "supply-case";

    /** The longest free text the tables hold (db/migration V20); longer input is refused, never cut. */
    static final int MAX_TEXT = jp.go.mhlw.kpi.domain.shared.InputLimits.LONG_TEXT_LENGTH;

    @Inject
    SupplyCaseRepository cases;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SupplyCaseWorkflow workflow;

    /** Times are kept to the microsecond, as both databases store them. */
    Clock clock = Clock.systemUTC();

    /** A change to a stored case; answers the audit record's summary. */
    @FunctionalInterface
    interface Change {
        String apply(SupplyCase supplyCase, Caller caller, Instant now);
    }

    /**
     * What a decision leaves in its audit record: the summary, and what was decided (the values entered), which the
     * record's after state holds under {@code decided} beside where the case stands.
     */
    record Outcome(String summary, AuditJson decided) {
    }

    /** A change whose audit record keeps what was decided. */
    @FunctionalInterface
    interface Decision {
        Outcome apply(SupplyCase supplyCase, Caller caller, Instant now);
    }

    /** Changes a case the caller may see. */
    SupplyCase change(String caseNumber, String action, Change change) {
        return decide(caseNumber, action, SupplyCase::isVisibleTo, plain(change));
    }

    /** Changes a case the caller may reach. */
    SupplyCase change(String caseNumber, String action, BiPredicate<SupplyCase, Caller> reachable, Change change) {
        return decide(caseNumber, action, reachable, plain(change));
    }

    /** Decides on a case the caller may see, keeping the decision in the audit record. */
    SupplyCase decide(String caseNumber, String action, Decision decision) {
        return decide(caseNumber, action, SupplyCase::isVisibleTo, decision);
    }

    /** Load the case the caller may reach (else not found) → ask the aggregate → store → audit once. */
    SupplyCase decide(String caseNumber, String action, BiPredicate<SupplyCase, Caller> reachable, Decision change) {
        Caller caller = currentCaller.require();
        SupplyCase supplyCase = Optional.ofNullable(caseNumber).filter(number -> !number.isBlank())
                .flatMap(cases::find)
                .filter(found -> reachable.test(found, caller))
                .orElseThrow(() -> new SupplyCaseException.NotFound(caseNumber));
        String before = stateOf(supplyCase).toString();
        Instant now = now();
        Outcome outcome = changedMeanwhile(supplyCase, () -> domain(() -> change.apply(supplyCase, caller, now)));
        store(supplyCase);
        record(action, supplyCase, outcome, before);
        return asSeenBy(caller, supplyCase);
    }

    private static Decision plain(Change change) {
        return (supplyCase, caller, now) -> new Outcome(change.apply(supplyCase, caller, now), AuditJson.object());
    }

    /**
     * Opens a case for the caller under the next case number → lets {@code opening} file or draft its first report
     * → store → audit once. The case's flow is the caller's to start, after this.
     */
    SupplyCase open(Caller caller, String action, Product product, Change opening) {
        Instant now = now();
        String caseNumber = cases.nextCaseNumber(now);
        SupplyCase supplyCase = domain(() -> SupplyCase.open(caseNumber, caller, product, now));
        String summary = domain(() -> opening.apply(supplyCase, caller, now));
        store(supplyCase);
        record(action, supplyCase, new Outcome(summary, AuditJson.object()), null);
        return supplyCase;
    }

    /**
     * Completes the step this decision answers, after checking that the case waits at it for the caller's
     * organisation; otherwise the whole change is refused and nothing is stored.
     */
    void advance(SupplyCase supplyCase, SupplyStep step, Caller caller, Runnable completion) {
        List<SupplyCaseWorkflow.WaitingStep> waiting = workflow.waitingSteps(supplyCase.caseNumber());
        boolean waitsForCaller = waiting.stream().anyMatch(open -> open.step() == step
                && open.belongsTo(step.role(), caller.organisationCode()));
        if (!waitsForCaller) {
            String now = waiting.isEmpty() ? "nothing" : String.join(", ", waiting.stream()
                    .map(open -> open.step().label(Texts.ENGLISH).toLowerCase(Locale.ROOT)).distinct().toList());
            throw new SupplyCaseException.Conflict("Case " + supplyCase.caseNumber() + " is not waiting for this step ("
                    + step.label(Texts.ENGLISH).toLowerCase(Locale.ROOT) + "); it waits for " + now);
        }
        completion.run();
    }

    /** An audit record's summary, in Japanese as the audit trail keeps them (the domain bundle's supply.audit.*). */
    static String summary(String key, Object... arguments) {
        return Texts.text(Texts.JAPANESE, key, arguments);
    }

    Caller caller() {
        return currentCaller.require();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Drafts are not validated and not visible to MHLW: only the case's own manufacturers get them. */
    static SupplyCase asSeenBy(Caller caller, SupplyCase supplyCase) {
        return isOwner(caller, supplyCase) || supplyCase.draft().isEmpty() ? supplyCase
                : SupplyCase.restore(supplyCase.snapshot().withoutDraft());
    }

    static boolean isOwner(Caller caller, SupplyCase supplyCase) {
        return caller.hasRole(Role.MANUFACTURER) && caller.belongsTo(supplyCase.manufacturerOrganisationCode());
    }

    // ---- argument checks ---------------------------------------------------------------------------------------

    static void requireLength(String value, int max, String name) {
        if (value != null && value.length() > max) {
            throw new SupplyCaseException.InvalidInput(name + " has at most " + max + " characters, not " + value.length());
        }
    }

    /** Refuses values beyond the domain's limits ({@link jp.go.mhlw.kpi.domain.shared.InputCheck}), naming each. */
    static void requireWithinLimits(List<Problem> beyond) {
        if (!beyond.isEmpty()) {
            throw new SupplyCaseException.InvalidInput(
                    beyond.stream().map(Problem::messageEn).collect(java.util.stream.Collectors.joining(" ")));
        }
    }

    static <T> T requireArgument(T value, String name) {
        if (value == null) {
            throw new SupplyCaseException.InvalidInput(name + " is required");
        }
        return value;
    }

    /** The aggregate's refusals as the services' application exceptions (see {@link SupplyCaseException}). */
    static <T> T domain(Supplier<T> call) {
        try {
            return call.get();
        } catch (SupplyCaseException | SupplyReportRejectedException alreadyTranslated) {
            throw alreadyTranslated;
        } catch (ReportRejectedException rejected) {
            throw SupplyReportRejectedException.of(rejected);
        } catch (CaseAccessDeniedException denied) {
            throw new SupplyCaseException.Forbidden(denied.getMessage());
        } catch (IllegalStateException notNow) {
            throw new SupplyCaseException.Conflict(notNow.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new SupplyCaseException.InvalidInput(invalid.getMessage());
        }
    }

    // ---- storing and recording ---------------------------------------------------------------------------------

    private void store(SupplyCase supplyCase) {
        changedMeanwhile(supplyCase, () -> {
            cases.store(supplyCase);
            return null;
        });
    }

    /** A step of the case's flow, or its rows, written meanwhile by someone else: a conflict the caller can retry. */
    private static <T> T changedMeanwhile(SupplyCase supplyCase, Supplier<T> change) {
        try {
            return change.get();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new SupplyCaseException.Conflict("Case " + supplyCase.caseNumber()
                    + " was changed by someone else meanwhile; reload it and try again");
        }
    }

    private void record(String action, SupplyCase supplyCase, Outcome outcome, String before) {
        AuditJson after = stateOf(supplyCase);
        if (!outcome.decided().isEmpty()) {
            after.with("decided", outcome.decided());
        }
        auditTrail.record(new AuditEntry(action, OBJECT_TYPE, supplyCase.caseNumber(),
                supplyCase.manufacturerOrganisationCode(), abbreviate(outcome.summary()), before, after.toString()));
    }

    /** The audit record's before/after: where the case stands. */
    private static AuditJson stateOf(SupplyCase supplyCase) {
        return AuditJson.object().with("state", supplyCase.state().name())
                .with("terminationPath", supplyCase.isOnTerminationPath()).with("versions", supplyCase.versions().size())
                .with("draft", supplyCase.draft().isPresent());
    }

    private static String abbreviate(String summary) {
        return summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
    }
}
