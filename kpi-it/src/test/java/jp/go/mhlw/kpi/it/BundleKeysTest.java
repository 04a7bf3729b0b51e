package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/**
 * Every text key the code and the pages use is in both languages of its bundle, no bundle defines a key twice (the
 * later one silently wins), and the two languages of a bundle have the same keys.
 *
 * <ul>
 *   <li>the web bundle ({@code kpi-web/.../web/messages*.properties}): {@code #{msg['key']}} and {@code msg.key} in
 *       the pages, and the key literals given to {@code Feedback.text/info/warn/error};</li>
 *   <li>the domain bundle ({@code kpi-domain/.../domain/messages*.properties}): the key literals given to
 *       {@code Problem.at}, {@code Texts.text}, {@code Phrase.of}, {@code PhraseList.of} and to the submission and
 *       import helpers that build problems, and the {@code bundleKey()} of every constant of every {@link Labelled}
 *       enum of kpi-domain.</li>
 * </ul>
 * A literal followed by {@code +} (e.g. {@code "cycle.step." + step}) is a prefix: some key must begin with it; one
 * after a {@code +} is the end of a key built elsewhere (its keys are checked by the tests of its module).
 */
class BundleKeysTest {

    private static final Path ROOT = Path.of(System.getProperty("kpi.root", "..")).toAbsolutePath().normalize();
    private static final Path WEB_BUNDLE = ROOT.resolve("kpi-web/src/main/resources/jp/go/mhlw/kpi/web");
    private static final Path DOMAIN_BUNDLE = ROOT.resolve("kpi-domain/src/main/resources/jp/go/mhlw/kpi/domain");
    private static final List<String> JAVA_MODULES = List.of("kpi-domain", "kpi-workflow", "kpi-web", "kpi-api");

    /** {@code #{msg['key']}}, {@code msg["key"]} and the prefix of {@code msg['prefix.'.concat(...)]}. */
    private static final Pattern PAGE_KEY = Pattern.compile("\\bmsg\\[\\s*(['\"])([^'\"]+)\\1\\s*(\\.concat)?");
    /** {@code msg.key} (a key without dots, read as a property). */
    private static final Pattern PAGE_PROPERTY = Pattern.compile("\\bmsg\\.([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*\\+)?");

    /** The calls whose argument at the given position is a key of the web bundle. */
    private static final Map<Pattern, Integer> WEB_KEY_CALLS = Map.of(
            Pattern.compile("(?<![\\w.])Feedback\\.(?:text|info|warn|error)\\("), 0,
            // a downloaded table's column heading (Table.Columns.column)
            Pattern.compile("\\.column\\("), 0);

    /** The calls whose argument at the given position is a key of the domain bundle. */
    private static final Map<Pattern, Integer> DOMAIN_KEY_CALLS = Map.ofEntries(
            Map.entry(Pattern.compile("\\bProblem\\.at\\("), 1),
            Map.entry(Pattern.compile("\\bTexts\\.text\\("), 1),
            Map.entry(Pattern.compile("\\bPhrase\\.of\\("), 0),
            Map.entry(Pattern.compile("\\bPhraseList\\.of\\("), 0),
            Map.entry(Pattern.compile("\\bSubmissionException\\.NotAllowed\\("), 0),
            Map.entry(Pattern.compile("\\bImportProblem\\.ofFile\\("), 0),
            Map.entry(Pattern.compile("\\bnew UnreadableFile\\("), 0),
            Map.entry(Pattern.compile("\\bproblems\\.error\\("), 1),
            Map.entry(Pattern.compile("\\bproblems\\.warning\\("), 2),
            Map.entry(Pattern.compile("\\bcells\\.problem\\("), 1),
            Map.entry(Pattern.compile("\\bcells\\.warning\\("), 1));

    @Test
    void everyKeyOfThePagesAndTheScreensIsInBothWebBundles() {
        Keys used = new Keys();
        for (Path page : files(ROOT.resolve("kpi-web/src/main/webapp"), ".xhtml")) {
            String text = read(page);
            Matcher key = PAGE_KEY.matcher(text);
            while (key.find()) {
                used.add(key.group(2), key.group(3) != null, page);
            }
            Matcher property = PAGE_PROPERTY.matcher(text);
            while (property.find()) {
                used.add(property.group(1), false, page);
            }
        }
        JAVA_MODULES.forEach(module -> used.addCalls(files(ROOT.resolve(module).resolve("src/main/java"), ".java"),
                WEB_KEY_CALLS));

        assertThat(used.keys).as("keys found in the pages").hasSizeGreaterThan(100);
        assertThat(used.missingFrom(WEB_BUNDLE.resolve("messages.properties"))).as("missing in Japanese").isEmpty();
        assertThat(used.missingFrom(WEB_BUNDLE.resolve("messages_en.properties"))).as("missing in English").isEmpty();
    }

    /**
     * The calls whose argument at the given position is an action of the audit trail: the audit page and a case's
     * history name it by {@code audit.action.<action>} of the domain bundle.
     */
    private static final Map<Pattern, Integer> AUDIT_ACTION_CALLS = Map.ofEntries(
            Map.entry(Pattern.compile("\\bnew AuditEntry\\("), 0),
            Map.entry(Pattern.compile("\\bAuditEntry\\.of\\("), 0),
            Map.entry(Pattern.compile("\\bsteps\\.(?:decide|change|open)\\("), 1),
            Map.entry(Pattern.compile("(?<![\\w.])record\\((?=\")"), 0),
            Map.entry(Pattern.compile("\\bsteps\\(\\)\\.record\\((?=\")"), 0),
            Map.entry(Pattern.compile("(?<![\\w.])record\\((?=(?:task|request), \")"), 1),
            Map.entry(Pattern.compile("(?<![\\w.])send\\((?=request, )"), 2));

    @Test
    void everyAuditActionIsNamedInBothDomainBundles() {
        Keys actions = new Keys();
        JAVA_MODULES.forEach(module -> actions.addCalls(files(ROOT.resolve(module).resolve("src/main/java"), ".java"),
                AUDIT_ACTION_CALLS));
        Keys named = new Keys();
        actions.keys.forEach((action, where) -> named.add("audit.action." + action, false, String.join(", ", where)));

        assertThat(actions.keys).as("actions found in the code").containsKeys("supply-case.opened", "task.claimed",
                "submission.submitted", "report-request.mail-sent", "user.logged-in");
        assertThat(named.missingFrom(DOMAIN_BUNDLE.resolve("messages.properties"))).as("missing in Japanese").isEmpty();
        assertThat(named.missingFrom(DOMAIN_BUNDLE.resolve("messages_en.properties"))).as("missing in English")
                .isEmpty();
    }

    @Test
    void everyKeyOfTheDomainIsInBothDomainBundles() {
        Keys used = new Keys();
        JAVA_MODULES.forEach(module -> used.addCalls(files(ROOT.resolve(module).resolve("src/main/java"), ".java"),
                DOMAIN_KEY_CALLS));
        for (Class<?> type : labelledEnums()) {
            for (Object constant : type.getEnumConstants()) {
                used.add(((Labelled) constant).bundleKey(), false, type.getName() + "." + constant);
            }
        }

        assertThat(used.keys).as("keys found in the code").hasSizeGreaterThan(100);
        assertThat(used.missingFrom(DOMAIN_BUNDLE.resolve("messages.properties"))).as("missing in Japanese").isEmpty();
        assertThat(used.missingFrom(DOMAIN_BUNDLE.resolve("messages_en.properties"))).as("missing in English")
                .isEmpty();
    }

    @Test
    void bothLanguagesOfABundleHaveTheSameKeys() {
        List<Path> bundles = files(ROOT, "messages.properties").stream()
                .filter(file -> file.toString().contains("/src/main/resources/"))
                .filter(file -> Files.exists(file.resolveSibling("messages_en.properties")))
                .toList();
        assertThat(bundles).contains(WEB_BUNDLE.resolve("messages.properties"), DOMAIN_BUNDLE.resolve("messages.properties"));
        for (Path japanese : bundles) {
            Set<String> ja = new TreeSet<>(keysOf(japanese).keySet());
            Set<String> en = new TreeSet<>(keysOf(japanese.resolveSibling("messages_en.properties")).keySet());
            assertThat(difference(ja, en)).as("only in Japanese: " + ROOT.relativize(japanese)).isEmpty();
            assertThat(difference(en, ja)).as("only in English: " + ROOT.relativize(japanese)).isEmpty();
        }
    }

    /**
     * The English texts whose Japanese is meant: what people type or what the committee printed, given as an example
     * in the form they will meet it. Every other English text is English only.
     */
    private static final Map<String, String> JAPANESE_ON_PURPOSE = Map.of(
            "date.unreadable", "the date formats people type, 令和7年1月31日 among them",
            "target.source.required", "a source as the committee's material names it (資料3-1 p.29)",
            "published.source.required", "a source as the committee's material names it (資料3-1 p.45)",
            "published.printed.notANumber", "the units as the committee prints them (倍, 千円, 件)");

    @Test
    void englishTextsAreInEnglish() {
        Pattern japanese = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u9fff\\uff01-\\uff5e]");
        List<String> untranslated = new ArrayList<>();
        for (Path bundle : List.of(WEB_BUNDLE, DOMAIN_BUNDLE)) {
            java.util.Properties english = new java.util.Properties();
            try (var reader = Files.newBufferedReader(bundle.resolve("messages_en.properties"), StandardCharsets.UTF_8)) {
                english.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            english.stringPropertyNames().stream().sorted().forEach(key -> {
                String text = english.getProperty(key);
                if (japanese.matcher(text).find() && !JAPANESE_ON_PURPOSE.containsKey(key)) {
                    untranslated.add(key + "=" + text);
                }
            });
        }
        assertThat(untranslated).as("English texts with Japanese in them").isEmpty();
    }

    @Test
    void noPropertiesFileDefinesAKeyTwice() {
        List<Path> properties = files(ROOT, ".properties").stream()
                .filter(file -> file.toString().contains("/src/main/resources/"))
                .toList();
        assertThat(properties).contains(WEB_BUNDLE.resolve("messages.properties"));
        List<String> duplicates = new ArrayList<>();
        for (Path file : properties) {
            keysOf(file).forEach((key, count) -> {
                if (count > 1) {
                    duplicates.add(ROOT.relativize(file) + ": " + key + " (" + count + " times)");
                }
            });
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void theScannersFindWhatIsThere() {
        assertThat(keysOf(WEB_BUNDLE.resolve("messages.properties"))).containsKey("app.title");
        assertThat(labelledEnums()).extracting(Class::getSimpleName).contains("Stage", "ReviewDecision");
        Keys found = new Keys();
        found.addCalls(List.of(ROOT.resolve(
                "kpi-domain/src/main/java/jp/go/mhlw/kpi/domain/model/submission/SubmissionValidator.java")),
                DOMAIN_KEY_CALLS);
        assertThat(found.keys).containsKeys("submission.negative", "problem.required", "submission.warning.change");
        assertThat(Texts.has("submission.negative")).isTrue();
    }

    // ---- the keys used -----------------------------------------------------------------------------------------

    /** Keys (and key prefixes) with where they are used. */
    private static final class Keys {
        final Map<String, Set<String>> keys = new LinkedHashMap<>();
        final Map<String, Set<String>> prefixes = new LinkedHashMap<>();

        void add(String key, boolean prefix, Object where) {
            (prefix ? prefixes : keys).computeIfAbsent(key, k -> new LinkedHashSet<>()).add(String.valueOf(where));
        }

        /** The string literals of the argument at each call's key position. */
        void addCalls(List<Path> sources, Map<Pattern, Integer> calls) {
            for (Path source : sources) {
                String text = withoutComments(read(source));
                calls.forEach((call, position) -> {
                    Matcher matcher = call.matcher(text);
                    while (matcher.find()) {
                        List<String> arguments = arguments(text, matcher.end());
                        if (arguments.size() > position) {
                            // a literal inside a nested call (kind.bundleKey("subject")) is that call's, not a key
                            String argument = withoutNestedCalls(arguments.get(position));
                            Matcher literal = STRING.matcher(argument);
                            while (literal.find()) {
                                if (!argument.substring(0, literal.start()).stripTrailing().endsWith("+")) {
                                    add(literal.group(1), literal.group(2) != null, ROOT.relativize(source));
                                }
                            }
                        }
                    }
                });
            }
        }

        List<String> missingFrom(Path bundle) {
            Set<String> defined = keysOf(bundle).keySet();
            List<String> missing = new ArrayList<>();
            keys.forEach((key, where) -> {
                if (!defined.contains(key)) {
                    missing.add(key + " (" + String.join(", ", where) + ")");
                }
            });
            prefixes.forEach((prefix, where) -> {
                if (defined.stream().noneMatch(key -> key.startsWith(prefix))) {
                    missing.add(prefix + "* (" + String.join(", ", where) + ")");
                }
            });
            return missing;
        }
    }

    private static String withoutNestedCalls(String argument) {
        String previous;
        String stripped = argument;
        do {
            previous = stripped;
            stripped = stripped.replaceAll("\\([^()]*\\)", "");
        } while (!stripped.equals(previous));
        return stripped;
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code start}. */
    private static List<String> arguments(String text, int start) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        StringBuilder argument = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = endOfString(text, i);
                argument.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '\'') {
                int end = text.indexOf('\'', i + (text.charAt(i + 1) == '\\' ? 3 : 2));
                argument.append(text, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(argument.toString());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(argument.toString());
                argument.setLength(0);
                continue;
            }
            argument.append(c);
        }
        return arguments;
    }

    private static int endOfString(String text, int quote) {
        for (int i = quote + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return text.length() - 1;
    }

    /** The source without its comments (a key named in Javadoc is not a use), strings kept as they are. */
    private static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                int end = endOfString(source, i);
                code.append(source, i, end + 1);
                i = end;
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '/') {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i) - 1;
            } else if (c == '/' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 1;
            } else {
                code.append(c);
            }
        }
        return code.toString();
    }

    // ---- the enums with a label ----------------------------------------------------------------------------------

    /** Every enum of kpi-domain (as compiled on this test's class path) that implements {@link Labelled}. */
    private static List<Class<?>> labelledEnums() {
        List<Class<?>> enums = new ArrayList<>();
        for (String name : domainClassNames()) {
            Class<?> type;
            try {
                type = Class.forName(name, false, Labelled.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError notLoadable) {
                continue; // a class needing what the tests do not have; enums with labels need nothing
            }
            if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
                enums.add(type);
            }
        }
        return enums;
    }

    private static List<String> domainClassNames() {
        try {
            Path location = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return classNames(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return classNames(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString())
                    .filter(file -> file.endsWith(".class") && file.startsWith("jp/go/mhlw/kpi/"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }

    // ---- files ---------------------------------------------------------------------------------------------------

    /**
     * The keys of a .properties file with how often each is defined: logical lines (continued by a trailing
     * backslash), comments (# and !) skipped, the key up to the first unescaped =, : or white space.
     */
    private static Map<String, Integer> keysOf(Path file) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        List<String> lines = List.of(read(file).split("\r?\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            boolean continued = endsWithOddBackslashes(lines.get(i));
            while (continued && i + 1 < lines.size()) {
                i++;
                continued = endsWithOddBackslashes(lines.get(i));
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            keys.merge(keyOf(line), 1, Integer::sum);
        }
        return keys;
    }

    private static String keyOf(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                if (next == 'u' && i + 4 < line.length()) {
                    key.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    key.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
                }
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> difference = new TreeSet<>(these);
        difference.removeAll(those);
        return difference;
    }

    private static List<Path> files(Path root, String ending) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(ending))
                    .filter(file -> !file.toString().contains("/target/") && !file.toString().contains("/node_modules/"))
                    .filter(file -> !file.toString().contains("/.git/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
