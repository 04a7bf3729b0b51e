package jp.go.mhlw.kpi.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationListing;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Organisation administration over the migrated reference organisations (H2), each test rolled back. */
class OrganisationAdministrationTest extends JpaTestSupport {

    private RecordingAuditTrail audit;
    private OrganisationAdministration service;

    @BeforeEach
    void wire() {
        audit = new RecordingAuditTrail();
        service = new OrganisationAdministration(organisations(), programmes(), audit);
    }

    private static OrganisationDetails maker(String code, String corporateNumber) {
        return new OrganisationDetails(code, OrganisationKind.MANUFACTURER, "テスト医療機器株式会社", "Test Medical Co., Ltd.",
                corporateNumber, null);
    }

    @Test
    void createsAManufacturerWithItsCorporateNumberAndRecordsItOnce() {
        Organisation created = service.create(maker(" maker-c ", "６０００-０００００-０００３"));
        flushAndClear();

        Organisation stored = organisations().findByCode("MAKER-C").orElseThrow();
        assertThat(stored.getId()).isEqualTo(created.getId());
        assertThat(stored.getCorporateNumber()).isEqualTo("6000000000003");
        assertThat(stored.isActive()).isTrue();
        assertThat(audit.actions()).containsExactly("organisation.created");
        AuditEntry entry = audit.entries.get(0);
        assertThat(entry.objectType()).isEqualTo("Organisation");
        assertThat(entry.objectId()).isEqualTo("MAKER-C");
        assertThat(entry.objectOrganisation()).isEqualTo("MAKER-C");
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isEqualTo("{\"code\":\"MAKER-C\",\"kind\":\"MANUFACTURER\",\"nameJa\":\"テスト医療機器株式会社\","
                + "\"nameEn\":\"Test Medical Co., Ltd.\",\"corporateNumber\":\"6000000000003\",\"hubProgramme\":null,\"active\":true}");
    }

    @Test
    void aManufacturerWithoutCorporateNumberATakenCodeAndBlankNamesAreRefusedTogether() {
        assertThatThrownBy(() -> service.create(new OrganisationDetails("HUB-HIROSHIMA", OrganisationKind.MANUFACTURER,
                " ", "", null, null)))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("code", "nameJa", "nameEn", "corporateNumber"));
        assertThatThrownBy(() -> service.create(maker("MAKER C", "6000000000004")))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> {
                    assertThat(e.getProblems()).extracting(Problem::field).containsExactly("code", "corporateNumber");
                    assertThat(e.getProblems().get(1).messageJa()).contains("チェックデジット");
                });
        assertThatThrownBy(() -> service.create(maker("MAKER-C", "12345")))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageJa())
                        .isEqualTo("法人番号は13桁の数字で入力してください（「12345」）。"));
        assertThatThrownBy(() -> service.create(new OrganisationDetails("X", null, "x", "x", null, null)))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("kind"));
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aCorporateNumberBelongsToOneOrganisation() {
        service.create(maker("MAKER-C", "6000000000003"));

        assertThatThrownBy(() -> service.create(maker("MAKER-D", "6000000000003")))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageEn())
                        .isEqualTo("The corporate number 6000000000003 is already registered for MAKER-C."));
    }

    @Test
    void aHubJoinsAProgrammeOtherKindsCannot() {
        Organisation hub = service.create(new OrganisationDetails("HUB-NAGOYA", OrganisationKind.HUB, "名古屋大学",
                "Nagoya University", null, "MHLW-NEXT-GENERATION-HUBS"));
        assertThat(hub.hubProgramme()).isPresent();

        assertThatThrownBy(() -> service.create(new OrganisationDetails("AMED-2", OrganisationKind.AMED, "機構", "Agency",
                null, "MHLW-NEXT-GENERATION-HUBS")))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("hubProgramme"));
        assertThatThrownBy(() -> service.create(new OrganisationDetails("HUB-GIFU", OrganisationKind.HUB, "岐阜大学",
                "Gifu University", null, "NO-SUCH-PROGRAMME")))
                .isInstanceOf(EntryRejectedException.class);
    }

    @Test
    void editsNamesAndCorporateNumberButNeitherCodeNorKindAndRecordsBeforeAndAfter() {
        Organisation created = service.create(maker("MAKER-C", "6000000000003"));
        flushAndClear();
        int version = organisations().findByCode("MAKER-C").orElseThrow().getVersion();

        service.update("MAKER-C", version, new OrganisationDetails(null, null, "テスト医療機器株式会社（新）", "Test Medical (new)",
                "7123456789012", null));
        flushAndClear();

        Organisation stored = organisations().findByCode("MAKER-C").orElseThrow();
        assertThat(stored.getNameJa()).isEqualTo("テスト医療機器株式会社（新）");
        assertThat(stored.getCorporateNumber()).isEqualTo("7123456789012");
        assertThat(stored.getId()).isEqualTo(created.getId());
        assertThat(audit.actions()).containsExactly("organisation.created", "organisation.updated");
        assertThat(audit.entries.get(1).before()).contains("\"corporateNumber\":\"6000000000003\"");
        assertThat(audit.entries.get(1).after()).contains("\"corporateNumber\":\"7123456789012\"");

        int current = stored.getVersion();
        assertThatThrownBy(() -> service.update("MAKER-C", current,
                new OrganisationDetails(null, OrganisationKind.HUB, "x", "x", "", null)))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("kind", "corporateNumber"));
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() {
        service.create(maker("MAKER-C", "6000000000003"));
        flushAndClear();
        Organisation stored = organisations().findByCode("MAKER-C").orElseThrow();

        assertThatThrownBy(() -> service.update("MAKER-C", stored.getVersion() + 1, maker("MAKER-C", "6000000000003")))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems())
                        .extracting(Problem::field).containsExactly("version"));
    }

    @Test
    void anUnchangedEditRecordsNothing() {
        Organisation amed = organisations().findByCode("AMED").orElseThrow();

        service.update("AMED", amed.getVersion(), new OrganisationDetails(null, null, amed.getNameJa(), amed.getNameEn(), null, null));

        assertThat(audit.entries).isEmpty();
    }

    @Test
    void deactivatesAndReactivatesKeepingTheOrganisationAndItsHistory() {
        service.deactivate("HUB-TOTTORI");
        flushAndClear();

        assertThat(organisations().findByCode("HUB-TOTTORI")).get().extracting(Organisation::isActive).isEqualTo(false);
        assertThat(organisations().findAllActive()).extracting(Organisation::getCode).doesNotContain("HUB-TOTTORI");
        assertThat(service.list(OrganisationListing.BY_CODE.ofKind(OrganisationKind.HUB), 0, 200)).extracting(Organisation::getCode).contains("HUB-TOTTORI");
        assertThatThrownBy(() -> service.deactivate("HUB-TOTTORI"))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.getProblems().get(0).messageJa())
                        .isEqualTo("組織 HUB-TOTTORI は既に無効です。"));

        service.reactivate("HUB-TOTTORI");
        flushAndClear();

        assertThat(organisations().findByCode("HUB-TOTTORI")).get().extracting(Organisation::isActive).isEqualTo(true);
        assertThat(audit.actions()).containsExactly("organisation.deactivated", "organisation.reactivated");
        assertThat(audit.entries.get(0).before()).endsWith("\"active\":true}");
        assertThat(audit.entries.get(0).after()).endsWith("\"active\":false}");
    }

    @Test
    void listsByKindAPageAtATime() {
        OrganisationListing divisions = OrganisationListing.BY_CODE.ofKind(OrganisationKind.MINISTRY_DIVISION);
        assertThat(service.list(divisions, 0, 200)).extracting(Organisation::getCode)
                .containsExactly("METI-HEALTHCARE", "MEXT", "MHLW-IRYO", "MHLW-ISEI", "MHLW-KIKI");
        assertThat(service.list(divisions, 3, 2)).extracting(Organisation::getCode)
                .containsExactly("MHLW-ISEI", "MHLW-KIKI");
        assertThat(service.count(divisions)).isEqualTo(5);
        assertThat(service.count(null)).isGreaterThanOrEqualTo(29);
        assertThatThrownBy(() -> service.list(null, 0, OrganisationAdministration.MAX_PAGE_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAdministratorsAdministerOrganisationsAndNothingDeletesOne() {
        assertThat(OrganisationAdministration.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.Names.ADMIN);
        for (Method method : OrganisationAdministration.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                assertThat(method.getAnnotation(RolesAllowed.class)).as(method.getName()).isNull();
            }
        }
        assertThat(Arrays.stream(OrganisationAdministration.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.toLowerCase().contains("delete") || name.toLowerCase().contains("remove"));
    }
}
