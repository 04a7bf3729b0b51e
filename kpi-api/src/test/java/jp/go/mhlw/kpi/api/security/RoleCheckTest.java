package jp.go.mhlw.kpi.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.POST;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import jp.go.mhlw.kpi.api.rest.ReportRequestResource;
import jp.go.mhlw.kpi.api.rest.SupplyCaseResource;
import jp.go.mhlw.kpi.domain.model.security.Role;
import org.junit.jupiter.api.Test;

/** A caller whose role may not post is refused before the body is read: every body-reading method names its roles. */
class RoleCheckTest {

    @Test
    void everyMethodThatReadsABodyNamesTheRolesThatMayCallIt() {
        List<Method> bodyReaders = Arrays.stream(new Class<?>[] {SupplyCaseResource.class, ReportRequestResource.class})
                .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(POST.class))
                .filter(method -> Arrays.asList(method.getParameterTypes()).contains(InputStream.class))
                .toList();

        assertThat(bodyReaders).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bodyReaders).allSatisfy(method -> assertThat(RoleCheck.rolesOf(method, method.getDeclaringClass()))
                .as(method.getName()).isNotEmpty());
    }

    @Test
    void onlyManufacturersMayFileSupplyReportsAndOnlyOfficersReturnAVersion() throws NoSuchMethodException {
        Method open = SupplyCaseResource.class.getMethod("open", InputStream.class);
        Method returnIt = ReportRequestResource.class.getMethod("returnForCorrection", long.class, int.class,
                InputStream.class);

        assertThat(RoleCheck.rolesOf(open, SupplyCaseResource.class)).containsExactly(Role.Names.MANUFACTURER);
        assertThat(RoleCheck.rolesOf(returnIt, ReportRequestResource.class)).containsExactly(Role.Names.MINISTRY_OFFICER);
    }
}
