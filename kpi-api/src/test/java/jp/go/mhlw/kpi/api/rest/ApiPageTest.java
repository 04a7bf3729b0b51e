package jp.go.mhlw.kpi.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The API's pages: the defaults, the limits, and the links to the next and previous pages. */
class ApiPageTest {

    private static String address(int page) {
        return "https://kpi.example/api/supply-cases?page=" + page + "&size=2";
    }

    @Test
    void withoutParametersTheFirstPageOfFiftyIsRead() {
        assertThat(ApiPage.of(null, null)).isEqualTo(new ApiPage(0, 50));
        assertThat(ApiPage.of(" ", "")).isEqualTo(new ApiPage(0, 50));
        assertThat(ApiPage.of("3", "20").first()).isEqualTo(60);
    }

    @Test
    void pagesBeyondTheLimitsOrNotNumbersAreRefused() {
        for (String[] refused : new String[][] {{"-1", "10"}, {"0", "0"}, {"0", "201"}, {"x", "10"}, {"0", "1e2"},
                {"2147483647", "200"}}) {
            assertThatThrownBy(() -> ApiPage.of(refused[0], refused[1])).as(String.join(",", refused))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ApiPage.of("0", "200").size()).isEqualTo(ApiPage.MAX_SIZE);
    }

    @Test
    void aPageLinksToTheNextWhileLinesAreLeftAndToThePrevious() {
        assertThat(new ApiPage(0, 2).links(5, ApiPageTest::address)).isEqualTo("<" + address(1) + ">; rel=\"next\"");
        assertThat(new ApiPage(1, 2).links(5, ApiPageTest::address))
                .isEqualTo("<" + address(2) + ">; rel=\"next\", <" + address(0) + ">; rel=\"prev\"");
        assertThat(new ApiPage(2, 2).links(5, ApiPageTest::address)).isEqualTo("<" + address(1) + ">; rel=\"prev\"");
        assertThat(new ApiPage(1, 2).links(4, ApiPageTest::address)).isEqualTo("<" + address(0) + ">; rel=\"prev\"");
        assertThat(new ApiPage(0, 2).links(2, ApiPageTest::address)).isEmpty();
        assertThat(new ApiPage(0, 2).links(0, ApiPageTest::address)).isEmpty();
        // beyond the end: back to the last page there is
        assertThat(new ApiPage(9, 2).links(5, ApiPageTest::address)).isEqualTo("<" + address(2) + ">; rel=\"prev\"");
    }
}
