package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A typed date is taken exactly as a picked one on every screen: each calendar input reads what is typed with the
 * {@code typedDate} converter (2025/1/31, 令和7年1月31日 … and not only the picker's pattern), and none sends its
 * date to the server only when it is picked ({@code dateSelect}; {@code change} fires for both).
 */
class CalendarInputsTest {

    /** A calendar input with its children, or a self-closing one. */
    private static final Pattern CALENDAR = Pattern.compile(
            "<p:(datePicker|calendar)\\b[^>]*?(/>|>.*?</p:\\1>)", Pattern.DOTALL);
    private static final Pattern TYPED_DATE = Pattern.compile(
            "converter=\"typedDate\"|<f:converter\\s+converterId=\"typedDate\"");
    private static final Pattern ON_PICKING_ONLY = Pattern.compile("event=\"dateSelect\"");
    private static final Pattern ON_CHANGE = Pattern.compile("event=\"change\"");

    @Test
    void everyCalendarInputReadsTypedDatesAndSendsThemLikePickedOnes() {
        List<String> calendars = calendars();
        assertThat(calendars).as("the screens' calendar inputs").hasSizeGreaterThan(15);
        assertThat(calendars.stream().filter(calendar -> !TYPED_DATE.matcher(calendar).find()))
                .as("calendar inputs without converter=\"typedDate\"").isEmpty();
        assertThat(calendars.stream().filter(
                calendar -> ON_PICKING_ONLY.matcher(calendar).find() && !ON_CHANGE.matcher(calendar).find()))
                .as("calendar inputs that send their date only when it is picked; use event=\"change\"").isEmpty();
    }

    @Test
    void theScannerRecognisesCalendarInputs() {
        Matcher selfClosing = CALENDAR.matcher("<p:datePicker id=\"due\" value=\"#{f.due}\"/> <p:inputText id=\"x\"/>");
        assertThat(selfClosing.find()).isTrue();
        assertThat(selfClosing.group()).endsWith("#{f.due}\"/>");
        Matcher withAjax = CALENDAR.matcher("<p:calendar id=\"d\">\n  <p:ajax event=\"dateSelect\"/>\n</p:calendar>");
        assertThat(withAjax.find()).isTrue();
        assertThat(ON_PICKING_ONLY.matcher(withAjax.group()).find()).isTrue();
        assertThat(TYPED_DATE.matcher(withAjax.group()).find()).isFalse();
    }

    private static List<String> calendars() {
        List<String> found = new ArrayList<>();
        for (Path page : WebPages.all()) {
            Matcher matcher = CALENDAR.matcher(WebPages.read(page));
            while (matcher.find()) {
                found.add(WebPages.name(page) + ": " + matcher.group());
            }
        }
        return found;
    }
}
