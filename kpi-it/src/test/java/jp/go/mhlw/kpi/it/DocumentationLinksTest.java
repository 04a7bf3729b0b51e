package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation holds together: the README stays a short tour, every relative link in it and in {@code docs/}
 * leads to a file or a heading that exists (anchors as GitHub makes them), and every section of
 * {@code docs/domain.md} that code, migrations or models cite ("domain.md §5") is there.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of(System.getProperty("kpi.root", "..")).toAbsolutePath().normalize();
    private static final int README_MAX_LINES = 150;

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\(\\s*([^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    /** What GitHub drops from a heading to make its anchor: all but letters, marks, digits, '_', ' ' and '-'. */
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");
    private static final Pattern DOMAIN_CITATION = Pattern.compile("(?i)domain\\.md((?:\\s*(?:,|-|–|and)?\\s*§\\d+)+)");
    private static final Pattern SECTION_NUMBER = Pattern.compile("§(\\d+)");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d+)\\.\\s");

    @Test
    void theReadmeIsAShortTour() throws IOException {
        assertThat(Files.readAllLines(ROOT.resolve("README.md"))).hasSizeLessThan(README_MAX_LINES);
    }

    @Test
    void everyRelativeLinkLeadsToAFileOrHeadingThatExists() {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            for (String target : relativeLinks(document)) {
                String problem = problemWith(document, target);
                if (problem != null) {
                    broken.add(ROOT.relativize(document) + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyCitedSectionOfTheDomainDocumentExists() {
        Set<String> sections = new TreeSet<>();
        for (String heading : headings(ROOT.resolve("docs/domain.md"))) {
            Matcher number = NUMBERED_HEADING.matcher(heading);
            if (number.find()) {
                sections.add(number.group(1));
            }
        }
        Map<String, Set<String>> missing = new HashMap<>();
        citedSections().forEach((source, cited) -> cited.stream().filter(section -> !sections.contains(section))
                .forEach(section -> missing.computeIfAbsent(source, any -> new TreeSet<>()).add("§" + section)));
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckersSeeWhatTheyJudge() {
        assertThat(documents()).contains(ROOT.resolve("README.md"), ROOT.resolve("docs/domain.md"));
        assertThat(relativeLinks(ROOT.resolve("README.md"))).contains("docs/domain.md", "docs/api.md");
        assertThat(slugs(ROOT.resolve("docs/domain.md"))).contains("6-supply-disruption-reporting");
        assertThat(slug("The `Problem` value: one (field, key)!")).isEqualTo("the-problem-value-one-field-key");
        assertThat(citedSections()).hasSizeGreaterThan(10);
    }

    /** Why a link does not resolve, or null when it does. */
    private static String problemWith(Path document, String target) {
        int hash = target.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "leads out of the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (anchor == null) {
            return null;
        }
        if (!file.toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        String wanted = URLDecoder.decode(anchor, StandardCharsets.UTF_8);
        return slugs(file).contains(wanted) ? null : "no heading with this anchor";
    }

    private static List<Path> documents() {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> files = Files.walk(ROOT.resolve("docs"))) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static List<String> relativeLinks(Path document) {
        List<String> links = new ArrayList<>();
        for (String line : prose(document)) {
            Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (link.find()) {
                String target = link.group(2);
                if (!SCHEME.matcher(target).find()) {
                    links.add(target);
                }
            }
        }
        return links;
    }

    /** The anchors GitHub gives the document's headings: the second of two equal ones gets "-1", and so on. */
    private static Set<String> slugs(Path document) {
        Set<String> slugs = new TreeSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String heading : headings(document)) {
            String slug = slug(heading);
            int times = seen.merge(slug, 1, Integer::sum);
            slugs.add(times == 1 ? slug : slug + "-" + (times - 1));
        }
        return slugs;
    }

    private static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        return NOT_IN_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    private static List<String> headings(Path document) {
        List<String> headings = new ArrayList<>();
        for (String line : prose(document)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                headings.add(heading.group(1));
            }
        }
        return headings;
    }

    /** The document's lines outside fenced code blocks. */
    private static List<String> prose(Path document) {
        List<String> prose = new ArrayList<>();
        boolean inCode = false;
        for (String line : readLines(document)) {
            if (FENCE.matcher(line).find()) {
                inCode = !inCode;
            } else if (!inCode) {
                prose.add(line);
            }
        }
        return prose;
    }

    /** Per source file under a module's {@code src}, the sections of the domain document it cites. */
    private static Map<String, Set<String>> citedSections() {
        Map<String, Set<String>> cited = new HashMap<>();
        for (Path source : sources()) {
            for (String line : readLines(source)) {
                Matcher citation = DOMAIN_CITATION.matcher(line);
                while (citation.find()) {
                    Matcher number = SECTION_NUMBER.matcher(citation.group(1));
                    while (number.find()) {
                        cited.computeIfAbsent(ROOT.relativize(source).toString(), any -> new TreeSet<>())
                                .add(number.group(1));
                    }
                }
            }
        }
        return cited;
    }

    private static List<Path> sources() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(module -> module.resolve("src")).filter(Files::isDirectory)
                    .flatMap(DocumentationLinksTest::textFiles).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> textFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().matches(".*\\.(java|sql|bpmn|xml|xhtml|properties)"))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            // lenient: a file in another encoding must not stop the check, only its odd characters are replaced
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
