package jp.go.mhlw.kpi.web.view.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the plan import screen takes from the uploaded bytes before the plan file reader sees them. */
class PlanAdminTest {

    @Test
    void aPlanFileIsReadAsUtf8WithoutItsByteOrderMarkAndOtherBytesAreRefused() {
        assertThat(PlanAdmin.utf8("{\"code\": \"第3期\"}".getBytes(StandardCharsets.UTF_8)))
                .contains("{\"code\": \"第3期\"}");
        assertThat(PlanAdmin.utf8("\uFEFF{}".getBytes(StandardCharsets.UTF_8))).contains("{}");
        assertThat(PlanAdmin.utf8("{\"code\": \"第3期\"}".getBytes(java.nio.charset.Charset.forName("Shift_JIS"))))
                .isEmpty();
    }
}
