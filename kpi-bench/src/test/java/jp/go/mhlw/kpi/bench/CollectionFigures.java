package jp.go.mhlw.kpi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * P2's figures at the end of the run, printed as lines that start with {@code P2 }: the times the monitor saw, the
 * rates the simulation counted, and what the database holds for the opened cycle (requests per organisation, their
 * states, versions, e-mails, processes, the engine's incidents and its asynchronous steps), with the budget's verdict.
 */
final class CollectionFigures {

    /** The subject of a request e-mail, as GreenMail's API lists it ("報告のお願い": please report). */
    private static final Pattern REQUEST_MAIL = Pattern.compile("\"subject\":\"[^\"]*報告のお願い");

    private final CollectionMonitor monitor;
    private final int bodies;
    private final long cycle;

    CollectionFigures(CollectionMonitor monitor, int bodies) {
        this.monitor = monitor;
        this.bodies = bodies;
        this.cycle = monitor.cycleId();
    }

    void print(long openingAnswered, int submitted, long firstSubmitted, long lastSubmitted, int approved,
               long firstApproved, long lastApproved, int submitConflicts, int approvalConflicts, int givenUp)
            throws SQLException {
        if (cycle == 0) {
            line("no cycle was opened: no figures");
            return;
        }
        long asked = monitor.openedAt();
        line("cycle %d, %d bodies asked", cycle, bodies);
        line("opening answered (the secretariat's confirmation):  %s", seconds(openingAnswered, asked));
        line("all %d requests stored:                            %s", bodies, seconds(monitor.requestsAt, asked));
        line("all request processes waiting for the reporter:     %s (%d seen)", seconds(monitor.waitingAt, asked),
                monitor.waiting);
        line("all request e-mails sent (audit 'mail-sent'):        %s (%d seen)", seconds(monitor.mailedAt, asked),
                monitor.mailed);
        line("submissions: %d in %s, %s per second", submitted, seconds(lastSubmitted, firstSubmitted),
                rate(submitted, firstSubmitted, lastSubmitted));
        line("approvals:   %d in %s, %s per second", approved, seconds(lastApproved, firstApproved),
                rate(approved, firstApproved, lastApproved));
        line("collection over after the last approval:            %s", seconds(monitor.collectionOverAt, lastApproved));
        line("409 answers: %d to submissions, %d to approvals; %d steps given up after retries", submitConflicts,
                approvalConflicts, givenUp);

        int requests = count("SELECT COUNT(*) FROM report_request WHERE cycle_id = ?", cycle);
        int organisations = count("SELECT COUNT(DISTINCT organisation_id) FROM report_request WHERE cycle_id = ?", cycle);
        int lost = count("SELECT COUNT(*) FROM organisation o WHERE o.code LIKE 'GEN-HUB-%'"
                + " AND CAST(SUBSTRING(o.code FROM 9) AS INTEGER) <= ? AND NOT EXISTS (SELECT 1 FROM report_request r"
                + " WHERE r.cycle_id = ? AND r.organisation_id = o.id)", bodies, cycle);
        int approvedRequests = count("SELECT COUNT(*) FROM report_request WHERE cycle_id = ? AND state = 'APPROVED'",
                cycle);
        int versions = count("SELECT COUNT(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.cycle_id = ?", cycle);
        int mails = count("SELECT COUNT(*) FROM audit_record a JOIN report_request r ON CAST(r.id AS TEXT) = a.object_id"
                + " WHERE a.action = 'report-request.mail-sent' AND r.cycle_id = ?", cycle);
        int mailedRequests = count("SELECT COUNT(DISTINCT a.object_id) FROM audit_record a JOIN report_request r"
                + " ON CAST(r.id AS TEXT) = a.object_id WHERE a.action = 'report-request.mail-sent' AND r.cycle_id = ?",
                cycle);
        int processes = count("SELECT COUNT(*) FROM act_hi_procinst p JOIN report_request r"
                + " ON CAST(r.id AS TEXT) = p.business_key_ WHERE p.proc_def_key_ = 'report-request' AND r.cycle_id = ?",
                cycle);
        int processedRequests = count("SELECT COUNT(DISTINCT p.business_key_) FROM act_hi_procinst p JOIN report_request r"
                + " ON CAST(r.id AS TEXT) = p.business_key_ WHERE p.proc_def_key_ = 'report-request' AND r.cycle_id = ?",
                cycle);
        // by definition too: the cycle's own process has the cycle's id as its business key, which a request may have
        int running = count("SELECT COUNT(*) FROM act_ru_execution p JOIN report_request r"
                + " ON CAST(r.id AS TEXT) = p.business_key_ WHERE p.id_ = p.proc_inst_id_"
                + " AND p.proc_def_id_ LIKE 'report-request:%' AND r.cycle_id = ?", cycle);
        int asyncSteps = count("SELECT COUNT(*) FROM act_hi_actinst a JOIN act_hi_procinst p ON p.id_ = a.proc_inst_id_"
                + " JOIN report_request r ON CAST(r.id AS TEXT) = p.business_key_ WHERE p.proc_def_key_ = 'report-request'"
                + " AND r.cycle_id = ? AND a.act_id_ IN ('sendRequestMail', 'notifyRequestSettled')"
                + " AND a.end_time_ IS NOT NULL", cycle);
        int incidents = count("SELECT COUNT(*) FROM act_ru_incident");
        int failedJobs = count("SELECT COUNT(*) FROM act_ru_job WHERE retries_ = 0");
        String status = text("SELECT status FROM follow_up_cycle WHERE id = ?", cycle);
        int retried = monitor.retriedJobs();

        line("requests: %d for %d organisations; lost %d, duplicate %d; approved %d; versions %d", requests,
                organisations, lost, requests - organisations, approvedRequests, versions);
        line("request e-mails recorded: %d for %d requests", mails, mailedRequests);
        line("request processes: %d for %d requests (%d still running); the cycle is %s", processes,
                processedRequests, running, status);
        line("engine: asynchronous request steps ended %d; jobs seen retried %d (%s); failed jobs %d; incidents %d now,"
                + " at most %d seen", asyncSteps, retried, percent(retried, asyncSteps), failedJobs, incidents,
                monitor.maxIncidents);
        if (monitor.lastFailure != null) {
            line("the monitor's last failure: %s", monitor.lastFailure);
        }
        long opened = monitor.waitingAt == 0 ? Long.MAX_VALUE : monitor.waitingAt - asked;
        boolean met = opened < 30_000 && incidents == 0 && monitor.maxIncidents == 0 && lost == 0
                && requests == organisations && processes == processedRequests && processedRequests == requests
                && retried * 100 < Math.max(1, asyncSteps);
        line("budget (opened in < 30 s, 0 incidents, 0 lost or duplicate requests, < 1 %% jobs retried): %s",
                met ? "met" : "NOT met");
    }

    /** The request e-mails in each body's mailbox on GreenMail: how many bodies have none, one, more. */
    void printMailbox(String mailApiUrl) {
        HttpClient client = HttpClient.newHttpClient();
        int none = 0;
        int one = 0;
        int more = 0;
        int unread = 0;
        for (int body = 1; body <= bodies; body++) {
            String address = CollectionSimulation.user(body) + "@example.test";
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(
                        URI.create(mailApiUrl + "/api/user/" + address + "/messages/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                int mails = answer.statusCode() == 200 ? REQUEST_MAIL.split(answer.body(), -1).length - 1 : 0;
                if (mails == 0) {
                    none++;
                } else if (mails == 1) {
                    one++;
                } else {
                    more++;
                }
            } catch (IOException | InterruptedException failed) {
                unread++;
            }
        }
        line("request e-mails in the bodies' mailboxes (%s): %d bodies with one, %d with none, %d with more;"
                + " %d mailboxes unread", mailApiUrl, one, none, more, unread);
    }

    private int count(String sql, Object... parameters) throws SQLException {
        return monitor.count(sql, parameters);
    }

    private String text(String sql, long id) throws SQLException {
        return monitor.text(sql, id);
    }

    private static void line(String format, Object... arguments) {
        System.out.println("P2 " + String.format(Locale.ROOT, format, arguments));
    }

    private static String seconds(long at, long from) {
        return at == 0 || from == 0 ? "not reached" : String.format(Locale.ROOT, "%.1f s", (at - from) / 1000.0);
    }

    private static String rate(int count, long first, long last) {
        return count < 2 || last <= first ? "-" : String.format(Locale.ROOT, "%.2f", (count - 1) * 1000.0 / (last - first));
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f %%", 100.0 * part / whole);
    }
}
