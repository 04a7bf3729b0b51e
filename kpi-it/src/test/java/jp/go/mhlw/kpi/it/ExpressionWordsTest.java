package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No page reads a property named after a word of the expression language ({@code empty}, {@code not}, {@code and},
 * ...): {@code #{diagram.empty}} does not parse, and the page answers 500 only when it is opened.
 */
class ExpressionWordsTest {

    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{[^}]*}");
    /** A reserved word after a dot, outside quotes (a bundle key such as 'supply.list.empty' is a string). */
    private static final Pattern WORD_AS_PROPERTY = Pattern.compile(
            "\\.(empty|not|and|or|eq|ne|lt|gt|le|ge|div|mod|true|false|null|instanceof)\\b(?![-.'\"\\w])");

    @Test
    void noPageReadsAPropertyNamedAfterAReservedWord() {
        List<String> found = new ArrayList<>();
        for (Path page : WebPages.all()) {
            Matcher expression = EXPRESSION.matcher(WebPages.read(page));
            while (expression.find()) {
                if (WORD_AS_PROPERTY.matcher(withoutStrings(expression.group())).find()) {
                    found.add(WebPages.name(page) + ": " + expression.group());
                }
            }
        }
        assertThat(found).as("expressions naming a property after a reserved word; rename the property").isEmpty();
    }

    @Test
    void theScannerTellsPropertiesFromKeys() {
        assertThat(WORD_AS_PROPERTY.matcher(withoutStrings("#{not diagram.empty}")).find()).isTrue();
        assertThat(WORD_AS_PROPERTY.matcher(withoutStrings("#{form.and}")).find()).isTrue();
        assertThat(WORD_AS_PROPERTY.matcher(withoutStrings("#{msg['supply.list.empty']}")).find()).isFalse();
        assertThat(WORD_AS_PROPERTY.matcher(withoutStrings("#{empty list.rows}")).find()).isFalse();
        assertThat(WORD_AS_PROPERTY.matcher(withoutStrings("#{diagram.drawn}")).find()).isFalse();
    }

    private static String withoutStrings(String expression) {
        return expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
    }
}
