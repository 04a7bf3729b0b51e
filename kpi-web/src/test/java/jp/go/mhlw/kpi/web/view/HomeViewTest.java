package jp.go.mhlw.kpi.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The home page's list of the e-mails a role gets, from the one table of the step mails. */
class HomeViewTest {

    @Test
    void aManufacturerSeesTheSupplyMailsInTheScreensLanguage() {
        assertThat(HomeView.mailsFor("manufacturer", Locale.ENGLISH)).containsExactly(
                "When a report on a supply case is due",
                "When MHLW asks for your answer on a supply case",
                "When your report or answer on a supply case is overdue",
                "When MHLW asks for stock data of your alternative product");
        assertThat(HomeView.mailsFor("manufacturer", Locale.JAPANESE)).first().isEqualTo("供給案件で報告の提出を求められたとき");
    }

    @Test
    void reportersSeeTheRequestAndReminderFirstAndARoleWithoutMailsSeesNone() {
        assertThat(HomeView.mailsFor("hub-reporter", Locale.ENGLISH)).hasSize(3).last()
                .isEqualTo("When your report is returned for correction");
        assertThat(HomeView.mailsFor("secretariat", Locale.ENGLISH)).containsExactly(
                "When a report request is overdue", "When a task is assigned to you");
        assertThat(HomeView.mailsFor("committee-member", Locale.ENGLISH)).isEmpty();
        assertThat(HomeView.mailsFor("no-such-role", Locale.ENGLISH)).isEmpty();
    }
}
