package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The mail says everything in Japanese first and in English below, each part from the bundle in its language. */
class RequestMailTest {

    private static final String FORM = "https://kpi.example.go.jp/report/form.xhtml?request=7";

    @Test
    void aRequestAsksInBothLanguages() {
        RequestMail mail = RequestMail.compose(RequestMail.Kind.REQUEST, List.of("a@example.test"), "広島大学",
                "Hiroshima University", "令和6年度 (FY2024)", "2025-05-31", FORM);

        assertThat(mail.subject())
                .isEqualTo("【KPIフォローアップ】令和6年度 (FY2024) 報告のお願い（広島大学、期限 2025-05-31） / Request for your report");
        assertThat(mail.body()).isEqualTo("広島大学 ご担当者様\n\n"
                + "医療機器基本計画 KPIフォローアップ 令和6年度 (FY2024) の報告をお願いします。\n"
                + "提出期限: 2025-05-31\n"
                + "報告フォーム: " + FORM + "\n\n"
                + "---\n"
                + "Dear reporters of Hiroshima University,\n\n"
                + "please submit your report for the KPI follow-up 令和6年度 (FY2024).\n"
                + "Due: 2025-05-31\n"
                + "Report form: " + FORM + "\n");
    }

    @Test
    void aReminderSaysTheReportIsStillMissing() {
        RequestMail mail = RequestMail.compose(RequestMail.Kind.REMINDER, List.of("a@example.test"), "広島大学",
                "Hiroshima University", "令和6年度 (FY2024)", "2025-05-31", FORM);

        assertThat(mail.subject()).isEqualTo("【KPIフォローアップ】令和6年度 (FY2024) 【催促】報告期限が近づいています"
                + "（広島大学、期限 2025-05-31） / Reminder: your report is due soon");
        assertThat(mail.body()).contains("の報告をまだ受け付けていません。\n",
                "we have not received your report for the KPI follow-up 令和6年度 (FY2024) yet.\n");
    }
}
