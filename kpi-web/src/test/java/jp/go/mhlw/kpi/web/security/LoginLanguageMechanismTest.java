package jp.go.mhlw.kpi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginLanguageMechanismTest {

    private static final String PROVIDER = "http://localhost:8180/realms/kpi";

    @Test
    void theLoginRequestToTheProviderCarriesTheChosenLanguage() {
        assertThat(LoginLanguageMechanism.withLoginLanguage(PROVIDER
                + "/protocol/openid-connect/auth?scope=openid&response_type=code&client_id=kpi-web", PROVIDER, "en"))
                .isEqualTo(PROVIDER + "/protocol/openid-connect/auth?scope=openid&response_type=code&client_id=kpi-web"
                        + "&ui_locales=en");
    }

    @Test
    void everyOtherRedirectIsLeftAsItIs() {
        assertThat(LoginLanguageMechanism.withLoginLanguage("http://localhost:8080/tasks/index.xhtml", PROVIDER, "en"))
                .isEqualTo("http://localhost:8080/tasks/index.xhtml");
        assertThat(LoginLanguageMechanism.withLoginLanguage(PROVIDER + "/protocol/openid-connect/logout?id_token_hint=x",
                PROVIDER, "en")).doesNotContain("ui_locales");
        assertThat(LoginLanguageMechanism.withLoginLanguage(PROVIDER + "/auth?response_type=code&ui_locales=ja",
                PROVIDER, "en")).endsWith("ui_locales=ja");
    }
}
