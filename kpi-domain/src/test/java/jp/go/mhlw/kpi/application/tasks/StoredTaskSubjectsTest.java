package jp.go.mhlw.kpi.application.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycleRepository;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseRepository;
import org.junit.jupiter.api.Test;

/** What a task is about, read from the case, the request or the cycle it belongs to. */
class StoredTaskSubjectsTest {

    private static final Instant NOW = Instant.parse("2026-04-10T01:00:00Z");
    private static final Caller MAKER_A = new Caller("maker-a", Set.of(Role.MANUFACTURER), Optional.of("MAKER-A"));

    private final BasicPlan plan = new BasicPlan("PLAN-2", "第2期", "Second plan", LocalDate.of(2022, 5, 31),
            LocalDate.of(2022, 4, 1));
    private final FollowUpCycle cycle = FollowUpCycle.forFiscalYear(plan, JapaneseFiscalYear.of(2026));
    private final ReportRequest request = new ReportRequest(cycle,
            new Organisation("HUB-HIROSHIMA", OrganisationKind.HUB, "広島大学", "Hiroshima University"),
            LocalDate.of(2026, 6, 30), NOW);
    private final SupplyCase supplyCase = SupplyCase.open("SC-2026-000007", MAKER_A,
            new Product("デモカテーテルA", "30200BZX00001000"), NOW);

    private final StoredTaskSubjects subjects = new StoredTaskSubjects(
            stub(SupplyCaseRepository.class, "SC-2026-000007", supplyCase),
            stub(ReportRequestRepository.class, 41L, request),
            stub(FollowUpCycleRepository.class, 7L, cycle));

    @Test
    void aSupplyStepIsAboutTheCaseAndItsProduct() {
        assertThat(subjects.ofSupplyCase("SC-2026-000007"))
                .contains(new TaskSubject("SC-2026-000007", "デモカテーテルA", "デモカテーテルA", null));
        assertThat(subjects.ofSupplyCase("SC-2026-999999")).isEmpty();
    }

    @Test
    void aRequestStepIsAboutTheRequestTheBodyAndTheYear() {
        TaskSubject subject = subjects.ofRequest(41L).orElseThrow();

        assertThat(subject).isEqualTo(new TaskSubject("41", "広島大学", "Hiroshima University", 2026));
        assertThat(subject.name(true)).isEqualTo("Hiroshima University");
        assertThat(subject.name(false)).isEqualTo("広島大学");
        assertThat(subjects.ofRequest(42L)).isEmpty();
    }

    @Test
    void aCycleStepIsAboutThePlanAndTheYear() {
        assertThat(subjects.ofCycle(7L)).contains(new TaskSubject("7", "PLAN-2", "PLAN-2", 2026));
        assertThat(subjects.ofCycle(8L)).isEmpty();
    }

    @Test
    void withoutAnEnglishNameTheJapaneseOneIsShown() {
        assertThat(new TaskSubject("1", "広島大学", " ", 2026).name(true)).isEqualTo("広島大学");
    }

    /** A repository that finds one thing by its key ({@code find}) and nothing else. */
    private static <T> T stub(Class<T> repository, Object key, Object found) {
        return repository.cast(Proxy.newProxyInstance(repository.getClassLoader(), new Class<?>[] {repository},
                (proxy, method, args) -> {
                    if (method.getName().equals("find") && args.length == 1) {
                        return key.equals(args[0]) ? Optional.of(found) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
    }
}
