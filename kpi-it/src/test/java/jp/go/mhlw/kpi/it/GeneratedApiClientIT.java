package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jp.go.mhlw.kpi.it.client.ApiClient;
import jp.go.mhlw.kpi.it.client.ApiException;
import jp.go.mhlw.kpi.it.client.api.SupplyCasesApi;
import jp.go.mhlw.kpi.it.client.model.ContactPerson;
import jp.go.mhlw.kpi.it.client.model.ListSupplyCases200ResponseInner;
import jp.go.mhlw.kpi.it.client.model.OpenSupplyCase201Response;
import jp.go.mhlw.kpi.it.client.model.OpenSupplyCaseRequest;
import jp.go.mhlw.kpi.it.client.model.ReportVersion;
import jp.go.mhlw.kpi.it.client.model.SupplyReport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A manufacturer's system as it would be built: a Java client generated from the API contract
 * (kpi-api/src/main/openapi/kpi-api.yaml, openapi-generator's {@code native} library, kpi-it's pom), with a
 * Keycloak token as bearer token, against the real server. What the contract promises is what the server does.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedApiClientIT {

    private static final String PRODUCT = "Demo catheter A 5Fr (generated client)";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @Test
    void aManufacturerFilesACaseAndReadsItBack() throws Exception {
        SupplyCasesApi cases = new SupplyCasesApi(clientWithTokenOf("maker-a"));

        OpenSupplyCase201Response opened = cases.openSupplyCase(new OpenSupplyCaseRequest()
                .productName(PRODUCT)
                .disruptionKind(OpenSupplyCaseRequest.DisruptionKindEnum.SHORTAGE)
                .contact(new ContactPerson().name("Taro Yamada").phone("03-0000-0000")));

        assertThat(opened.getCaseNumber()).matches("SC-\\d{4}-\\d{6}");
        assertThat(opened.getManufacturerOrganisation()).isEqualTo("MAKER-A");
        assertThat(opened.getState()).isEqualTo(OpenSupplyCase201Response.StateEnum.REPORTED);

        OpenSupplyCase201Response read = cases.getSupplyCase(opened.getCaseNumber());
        assertThat(read.getVersions()).singleElement().satisfies(version -> {
            assertThat(version.getNumber()).isEqualTo(1);
            assertThat(version.getKind()).isEqualTo(ReportVersion.KindEnum.FIRST);
            assertThat(version.getFiledBy()).isEqualTo("maker-a");
            assertThat(version.getReport().getProductName()).isEqualTo(PRODUCT);
            assertThat(version.getReport().getDisruptionKind()).isEqualTo(SupplyReport.DisruptionKindEnum.SHORTAGE);
            assertThat(version.getReport().getContact().getPhone()).isEqualTo("03-0000-0000");
        });
        assertThat(cases.listSupplyCases(null, null)).extracting(ListSupplyCases200ResponseInner::getCaseNumber)
                .contains(opened.getCaseNumber());
    }

    @Test
    void anotherManufacturersCaseIsNotFoundThroughTheClient() throws Exception {
        String caseOfMakerA = new SupplyCasesApi(clientWithTokenOf("maker-a")).openSupplyCase(new OpenSupplyCaseRequest()
                .productName(PRODUCT)
                .disruptionKind(OpenSupplyCaseRequest.DisruptionKindEnum.INSTABILITY)
                .contact(new ContactPerson().name("Taro Yamada").email("yamada@example.jp")))
                .getCaseNumber();
        SupplyCasesApi makerB = new SupplyCasesApi(clientWithTokenOf("maker-b"));

        ApiException refused = catchThrowableOfType(ApiException.class, () -> makerB.getSupplyCase(caseOfMakerA));

        assertThat(refused.getCode()).isEqualTo(404);
    }

    @Test
    void withoutATokenTheClientIsRefused() {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(TestServers.BASE_URL + "/api");

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new SupplyCasesApi(anonymous).listSupplyCases(null, null));

        assertThat(refused.getCode()).isEqualTo(401);
    }

    /** The generated client at the test server, sending the user's access token with every call. */
    private static ApiClient clientWithTokenOf(String userName) throws Exception {
        String token = Tokens.accessToken(userName);
        ApiClient client = new ApiClient();
        client.updateBaseUri(TestServers.BASE_URL + "/api");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
