package jp.go.mhlw.kpi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CsvTest {

    private final Csv csv = Csv.keeping(Csv.PLAIN_NUMBER);

    @Test
    void cellsAreQuotedAsRfc4180AsksAndOnlyThen() {
        assertThat(csv.cell("plain")).isEqualTo("plain");
        assertThat(csv.cell("広島大学")).isEqualTo("広島大学");
        assertThat(csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(csv.cell("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(csv.cell("a, \"b\"\nc")).isEqualTo("\"a, \"\"b\"\"\nc\"");
        assertThat(csv.cell(null)).isEmpty();
        assertThat(csv.cell("")).isEmpty();
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
        assertThat(csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(csv.cell("+81 3")).isEqualTo("'+81 3");
        assertThat(csv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(csv.cell("\rcmd")).as("neutralised, then quoted for its CR").isEqualTo("\"'\rcmd\"");
        assertThat(csv.cell("=HYPERLINK(\"http://x\")")).as("neutralised, then quoted")
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(csv.cell("a=b")).as("only at the start").isEqualTo("a=b");
    }

    @Test
    void whatIsKeptAsIsIsEachWritersChoice() {
        assertThat(csv.cell("-3")).as("a negative number stays a number").isEqualTo("-3");
        assertThat(csv.cell("+1.5")).isEqualTo("+1.5");
        assertThat(csv.cell("12.5")).isEqualTo("12.5");
        assertThat(csv.cell("-0.4 pt")).as("not a plain number").isEqualTo("'-0.4 pt");
        assertThat(Csv.keeping(Pattern.compile("[-+]?\\d+(\\.\\d+)?( pt)?")).cell("-0.4 pt")).isEqualTo("-0.4 pt");
        assertThat(Csv.neutralisingAll().cell("-3")).isEqualTo("'-3");
        assertThat(Csv.neutralisingAll().cell("+81-3")).isEqualTo("'+81-3");
    }

    @Test
    void linesEndInCrLfAndTheFileIsUtf8WithTheByteOrderMarkWhenAsked() {
        assertThat(csv.line("a", null, "b,c")).isEqualTo("a,,\"b,c\"\r\n");
        assertThat(csv.line(List.of("=x", "1"))).isEqualTo("'=x,1\r\n");

        byte[] withMark = Csv.utf8("列\r\n", true);
        assertThat(Arrays.copyOf(withMark, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(withMark, StandardCharsets.UTF_8)).isEqualTo("\uFEFF列\r\n");
        assertThat(Csv.utf8("列\r\n", false)).isEqualTo("列\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotingAloneLeavesFormulaCharactersAlone() {
        assertThat(Csv.quoted("# 使用できる値 / Allowed values")).isEqualTo("# 使用できる値 / Allowed values");
        assertThat(Csv.quoted("-x,y")).isEqualTo("\"-x,y\"");
        assertThat(Csv.quoted(null)).isEmpty();
    }
}
