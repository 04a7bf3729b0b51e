package jp.go.mhlw.kpi.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rows of {@code authorization-matrix.csv}: who gets which answer from which page or API operation. */
final class AuthorizationMatrix {

    static final String RESOURCE = "/authorization-matrix.csv";
    static final String HEADER = "operation,request,body,user,expected";
    static final String ANONYMOUS = "anonymous";
    /** The demo users of README.md and the caller without login or token. */
    static final Set<String> USERS = Set.of(ANONYMOUS, "secretariat1", "officer1", "hub-hiroshima", "hub-hokkaido",
            "amed1", "survey1", "maker-a", "maker-b", "assoc1", "committee1", "admin1", "norole1");
    /** Sent to the identity provider's login page (a screen without login). */
    static final String LOGIN = "login";
    /** Neither login, 401 nor 403: the role may use it, the object or the content decides the rest. */
    static final String PERMIT = "permit";
    private static final Set<String> EXPECTATIONS = Set.of("200", "201", "400", "401", "403", "404", LOGIN, PERMIT);

    /** One line of the file; the operation is a page's path or an API operation as {@code METHOD /api/template}. */
    record Row(int line, String operation, String request, String body, String user, String expected) {

        boolean isApi() {
            return operation.contains(" ");
        }

        /** Whether what was observed ({@code 200}, {@code 403}, ..., or {@code login}) is what this row expects. */
        boolean accepts(String observed) {
            return expected.equals(PERMIT) ? !isRefusal(observed) : expected.equals(observed);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + user + " " + (isApi() ? operation.split(" ")[0] + " " : "") + request;
        }
    }

    private AuthorizationMatrix() {
    }

    /** Refused outright: sent to log in, 401 or 403. */
    static boolean isRefusal(String observed) {
        return observed.equals(LOGIN) || observed.equals("401") || observed.equals("403");
    }

    static List<Row> rows() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected the header " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 5 || !USERS.contains(cells[3]) || !EXPECTATIONS.contains(cells[4])) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + " is not a row: " + line);
            }
            rows.add(new Row(i + 1, cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        return rows;
    }
}
