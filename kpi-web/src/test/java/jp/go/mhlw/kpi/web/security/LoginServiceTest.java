package jp.go.mhlw.kpi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoginServiceTest {

    private Instant now = Instant.parse("2026-12-07T00:00:00Z");

    @Test
    void aProviderThatAnswersIsAvailableAndOneThatIsGoneIsNotOnceTheLastAnswerIsOld() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/realms/kpi/.well-known/openid-configuration", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        provider.start();
        LoginService login = new LoginService("http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/kpi",
                clock());
        try {
            assertThat(login.isAvailable()).isTrue();
            assertThat(login.isAvailable()).isTrue();
            assertThat(asked).as("asked once within the recheck time").hasValue(1);
        } finally {
            provider.stop(0);
        }

        // still the last answer until it is old, then the truth
        assertThat(login.isAvailable()).isTrue();
        now = now.plus(LoginService.RECHECK_AFTER);
        assertThat(login.isAvailable()).isFalse();
    }

    @Test
    void aProviderAnsweringAnErrorIsNotAvailable() throws Exception {
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        provider.start();
        try {
            assertThat(new LoginService("http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/kpi/", clock())
                    .isAvailable()).isFalse();
        } finally {
            provider.stop(0);
        }
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
