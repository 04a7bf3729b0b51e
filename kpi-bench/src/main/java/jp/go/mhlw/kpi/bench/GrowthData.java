package jp.go.mhlw.kpi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.SampleHubReport;
import jp.go.mhlw.kpi.domain.model.supply.Cause;
import jp.go.mhlw.kpi.domain.model.supply.CauseCategory;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.SampleSupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.infrastructure.persistence.StoredFormats;
import org.flywaydb.core.Flyway;

/**
 * Load data for P4 "data growth" (docs/performance.md): adds to the demo's PostgreSQL database, started afresh,
 * {@code bench.grow} years (1) of follow-up history and supply cases up to {@code bench.grow.cases} (1,000 per year,
 * at most 10,000), written with SQL in bulk.
 * <ul>
 * <li>{@code bench.grow.bodies} (2,000) generated hubs ({@code GEN-HUB-nnnnn}) and 500 generated manufacturers;</li>
 * <li>per year of history a cycle of the 2nd plan before FY2022, PUBLISHED: a request per hub (nine in ten approved
 * with their submitted version and review, the others closed with the body missing), the KPI values as the
 * aggregation stores them (one per figure the committee printed for R5, the hubs' KPIs linked to the approved
 * submissions), the cycle report and its published version 1 with its lines and missing bodies;</li>
 * <li>the open cycle (the demo's FY2024) asks the generated hubs too, at every step of the collection (a tenth
 * overdue), the same whatever the years, so that its dashboard reads 2,000 bodies in every run;</li>
 * <li>supply cases opened over the years, newest the most open: reported, under triage, monitoring, asked for a
 * response, closed (resolved), with their report versions (10-2), triage and further-action decisions, a few on the
 * public list, a twentieth maker-a's and a twentieth maker-b's;</li>
 * <li>audit records for every step above, as the services write them (action, object, organisations).</li>
 * </ul>
 * Ids are taken above every sequence's current value and the sequences moved past them, so that the running
 * application (whose EclipseLink takes a sequence value as the last id of its block of 50) never meets them. No
 * engine rows: past cycles and closed cases have no process, and the open rows made here are for reading only. It
 * refuses a database whose name is neither the demo's ({@code kpi}) nor contains {@code bench}, and one it has
 * grown already. {@code -Dbench.grow=0} adds the generated organisations only (P2, the follow-up collection at
 * scale, opens its own cycle for them through the application). {@code -Dbench.grow.migrate=true} first migrates
 * an empty {@code bench} database with the application's migrations (demo data included), to try the generator
 * without a stack.
 */
public final class GrowthData {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int MANUFACTURERS = 500;
    private static final int MAX_CASES = 10_000;
    private static final String GENERATED = "GEN-";

    private final Connection db;
    private final int years;
    private final OffsetDateTime now = OffsetDateTime.now(JAPAN).withNano(0);

    private GrowthData(Connection db, int years) {
        this.db = db;
        this.years = years;
    }

    public static void main(String[] args) throws Exception {
        int years = Integer.getInteger("bench.grow", 1);
        String url = System.getProperty("bench.grow.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/kpi");
        String user = System.getProperty("bench.grow.user", "postgres");
        String password = System.getProperty("bench.grow.password", "");
        int cases = Integer.getInteger("bench.grow.cases", 0);
        int bodies = Integer.getInteger("bench.grow.bodies", 2_000);
        if (years < 0 || years > 30) {
            throw new IllegalArgumentException("bench.grow: 0 to 30 years, not " + years);
        }
        String name = databaseName(url);
        if (!name.equals("kpi") && !name.contains("bench")) {
            throw new IllegalArgumentException("Refusing to grow the database '" + name
                    + "': only the demo's (kpi) or one whose name contains 'bench'");
        }
        if (Boolean.getBoolean("bench.grow.migrate")) {
            if (!name.contains("bench")) {
                throw new IllegalArgumentException("bench.grow.migrate is for a scratch 'bench' database only");
            }
            Flyway.configure().dataSource(url, user, password)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql", "classpath:db/demo")
                    .load().migrate();
        }
        int target = cases > 0 ? cases : Math.min(MAX_CASES, 1_000 * years);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            new GrowthData(db, years).grow(bodies, target);
            db.commit();
            db.setAutoCommit(true);
            try (Statement analyze = db.createStatement()) {
                analyze.execute("ANALYZE");
            }
            GrowthData grown = new GrowthData(db, years);
            if (years > 0) {
                grown.readBack();
            }
            grown.summary();
        }
        System.out.printf("Grown in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    static String databaseName(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private void grow(int bodies, int targetCases) throws SQLException {
        if (count("SELECT COUNT(*) FROM organisation WHERE code LIKE 'GEN-%'") > 0) {
            throw new IllegalStateException("This database has been grown already: start the demo afresh "
                    + "(KPI_DB_RESET=1) before growing it again");
        }
        organisations(bodies);
        update("CREATE TEMP TABLE gen_hub ON COMMIT DROP AS SELECT CAST(ROW_NUMBER() OVER (ORDER BY id) - 1 AS INTEGER)"
                + " AS rn, id, code, name_ja FROM organisation WHERE kind = 'HUB' AND active");
        for (int year = 1; year <= years; year++) {
            pastCycle(2022 - year, year);
        }
        if (years > 0) {
            openCycle();
            supplyCases(targetCases);
        }
    }

    // ---- organisations ----------------------------------------------------------------------------------------

    private void organisations(int bodies) throws SQLException {
        long hubs = reserve("organisation_seq", "organisation", bodies);
        update("INSERT INTO organisation (id, code, kind, name_ja, name_en, active, version, hub_programme_id)"
                + " SELECT ? + g, 'GEN-HUB-' || LPAD(CAST(g + 1 AS TEXT), 5, '0'), 'HUB', '生成拠点' || (g + 1),"
                + " 'Generated hub ' || (g + 1), TRUE, 0, 1 FROM generate_series(0, ? - 1) g", hubs, bodies);
        long makers = reserve("organisation_seq", "organisation", MANUFACTURERS);
        update("INSERT INTO organisation (id, code, kind, name_ja, name_en, active, version)"
                + " SELECT ? + g, 'GEN-MAKER-' || LPAD(CAST(g AS TEXT), 4, '0'), 'MANUFACTURER',"
                + " '生成医療機器株式会社' || g, 'Generated Medical Devices ' || g, TRUE, 0"
                + " FROM generate_series(0, ? - 1) g", makers, MANUFACTURERS);
        update("INSERT INTO audit_record (id, occurred_at, actor, actor_organisation, action, object_type, object_id,"
                + " object_organisation, summary) SELECT ? + ROW_NUMBER() OVER (ORDER BY id) - 1,"
                + " CAST(? AS TIMESTAMPTZ), 'admin1', 'MHLW-ISEI', 'organisation.created', 'Organisation', code, code,"
                + " '組織を登録しました（生成データ）: ' || code FROM organisation WHERE code LIKE 'GEN-%'",
                reserve("audit_record_seq", "audit_record", bodies + MANUFACTURERS), now.minusYears(years + 1));
    }

    // ---- follow-up cycles -------------------------------------------------------------------------------------

    private void pastCycle(int fiscalYear, int variant) throws SQLException {
        long cycle = reserve("follow_up_cycle_seq", "follow_up_cycle", 1);
        OffsetDateTime opened = at(LocalDate.of(fiscalYear + 1, 4, 15), 9);
        LocalDate due = LocalDate.of(fiscalYear + 1, 6, 30);
        OffsetDateTime closed = at(LocalDate.of(fiscalYear + 1, 7, 31), 17);
        OffsetDateTime published = at(LocalDate.of(fiscalYear + 1, 10, 1), 10);
        update("INSERT INTO follow_up_cycle (id, plan_id, fiscal_year, period_start, period_end, normalisation_numerator,"
                + " normalisation_denominator, survey_reference_date, status, version, collection_due, reminder_days,"
                + " collection_opened_at, collection_closed_at, survey_previous_snapshot, survey_current_snapshot)"
                + " VALUES (?, 2, ?, ?, ?, 1, 1, ?, 'PUBLISHED', 0, ?, '14,7,1', ?, ?, ?, ?)",
                cycle, fiscalYear, LocalDate.of(fiscalYear, 4, 1), LocalDate.of(fiscalYear + 1, 3, 31),
                LocalDate.of(fiscalYear + 1, 1, 1), due, opened, closed, LocalDate.of(fiscalYear, 1, 1),
                LocalDate.of(fiscalYear + 1, 1, 1));

        int hubs = count("SELECT COUNT(*) FROM gen_hub");
        long requests = reserve("report_request_seq", "report_request", hubs);
        // a hub's first submission some days after the opening, approved five days later; every tenth closed missing
        String submittedAt = "CAST(? AS TIMESTAMPTZ) + MAKE_INTERVAL(days => (h.rn * 7919) % 60, hours => h.rn % 8)";
        update("INSERT INTO report_request (id, cycle_id, organisation_id, kind, state, due_date, requested_at,"
                + " state_changed_at, first_submitted_at, first_submitted_on, last_submitted_at, settled_at, last_comment,"
                + " reminders_sent, version)"
                + " SELECT ? + h.rn, ?, h.id, 'HUB_REPORT', CASE WHEN h.rn % 10 = 9 THEN 'CLOSED' ELSE 'APPROVED' END, ?,"
                + " CAST(? AS TIMESTAMPTZ), s.settled, s.submitted, CAST(s.submitted AT TIME ZONE 'Asia/Tokyo' AS DATE),"
                + " s.submitted, s.settled, CASE WHEN h.rn % 10 = 9 THEN '提出がないまま締め切りました（生成データ）' END,"
                + " CASE WHEN h.rn % 10 = 9 THEN 3 ELSE 0 END, 1"
                + " FROM gen_hub h CROSS JOIN LATERAL (SELECT CASE WHEN h.rn % 10 = 9 THEN NULL ELSE " + submittedAt
                + " END AS submitted, CASE WHEN h.rn % 10 = 9 THEN CAST(? AS TIMESTAMPTZ) ELSE " + submittedAt
                + " + INTERVAL '5 days' END AS settled) s",
                requests, cycle, due, opened, opened, closed, opened);
        submissions(cycle, requests, hubs, SampleHubReport.of(3 + variant % 4, 1 + variant % 3), "APPROVED", true);

        kpiValues(cycle, variant, closed.plusDays(10));
        long report = reserve("cycle_report_seq", "cycle_report", 1);
        update("INSERT INTO cycle_report (id, cycle_id, status, prepared_by, prepared_at, meeting_date, decisions, version)"
                + " VALUES (?, ?, 'PUBLISHED', 'secretariat1', ?, ?, '報告書案を了承した（生成データ）', 3)",
                report, cycle, closed.plusDays(14), published.toLocalDate().minusDays(14));
        long publishedReport = reserve("published_report_seq", "published_report", 1);
        update("INSERT INTO published_report (id, cycle_id, version_number, published_by, published_at, meeting_date,"
                + " decisions) VALUES (?, ?, 1, 'secretariat1', ?, ?, '報告書案を了承した（生成データ）')",
                publishedReport, cycle, published, published.toLocalDate().minusDays(14));
        update("INSERT INTO published_report_line (report_id, line_number, goal_number, kpi_code, name_ja, name_en,"
                + " breakdown, unit, figure_value, printed, previous_printed, normalisation, formula, submission_count)"
                + " SELECT ?, CAST(ROW_NUMBER() OVER (ORDER BY g.goal_number, k.display_order, v.breakdown, v.unit) AS INTEGER),"
                + " g.goal_number, k.code, k.name_ja, k.name_en, v.breakdown, v.unit, v.figure_value,"
                + " TO_CHAR(v.figure_value, 'FM999,999,990.0'), NULL, v.normalisation, v.formula,"
                + " CAST((SELECT COUNT(*) FROM kpi_value_input i WHERE i.kpi_value_id = v.id) AS INTEGER)"
                + " FROM kpi_value v JOIN kpi k ON k.id = v.kpi_id JOIN plan_goal g ON g.id = k.goal_id"
                + " WHERE v.cycle_id = ?", publishedReport, cycle);
        update("INSERT INTO published_report_missing_body (report_id, organisation_code, name_ja, request_state)"
                + " SELECT ?, o.code, o.name_ja, 'CLOSED' FROM report_request r JOIN organisation o"
                + " ON o.id = r.organisation_id WHERE r.cycle_id = ? AND r.state = 'CLOSED'", publishedReport, cycle);
        auditCycle(cycle, false);
        audit(1, "INSERT INTO audit_record (id, occurred_at, actor, actor_organisation, action,"
                + " object_type, object_id, object_organisation, summary) VALUES (?, ?, 'secretariat1', 'MHLW-ISEI',"
                + " 'cycle-report.published', 'CycleReport', CAST(? AS TEXT), NULL, '報告書を公表しました（生成データ）')",
                published, report);
    }

    /**
     * The open cycle (the demo's FY2024; made here on a scratch database) asks the generated hubs as well: of
     * every 20, 8 not started, 3 with a draft, 3 submitted, 1 returned, 5 approved; every tenth past its due date.
     */
    private void openCycle() throws SQLException {
        Long cycle = null;
        OffsetDateTime opened = now.minusWeeks(1);
        LocalDate due = now.toLocalDate().plusWeeks(3);
        try (PreparedStatement find = db.prepareStatement("SELECT id, collection_due, collection_opened_at FROM"
                + " follow_up_cycle WHERE status = 'COLLECTING' ORDER BY fiscal_year DESC LIMIT 1");
             ResultSet row = find.executeQuery()) {
            if (row.next()) {
                cycle = row.getLong(1);
                due = row.getObject(2, LocalDate.class);
                OffsetDateTime collectionOpened = row.getObject(3, OffsetDateTime.class);
                opened = collectionOpened != null ? collectionOpened : opened;
                due = due != null ? due : now.toLocalDate().plusWeeks(3);
            }
        }
        if (cycle == null) {
            cycle = reserve("follow_up_cycle_seq", "follow_up_cycle", 1);
            update("INSERT INTO follow_up_cycle (id, plan_id, fiscal_year, period_start, period_end, normalisation_numerator,"
                    + " normalisation_denominator, survey_reference_date, status, version, collection_due, reminder_days,"
                    + " collection_opened_at, survey_previous_snapshot, survey_current_snapshot) VALUES (?, 2, 2024,"
                    + " DATE '2024-04-01', DATE '2025-03-31', 1, 1, DATE '2025-01-01', 'COLLECTING', 0, ?, '14,7,1', ?,"
                    + " DATE '2024-01-01', DATE '2025-01-01')", cycle, due, opened);
        }
        update("CREATE TEMP TABLE gen_open ON COMMIT DROP AS SELECT rn, id, code, name_ja, CASE WHEN rn % 20 < 8"
                + " THEN 'NOT_STARTED' WHEN rn % 20 < 11 THEN 'DRAFT' WHEN rn % 20 < 14 THEN 'SUBMITTED'"
                + " WHEN rn % 20 < 15 THEN 'RETURNED' ELSE 'APPROVED' END AS state FROM (SELECT"
                + " CAST(ROW_NUMBER() OVER (ORDER BY id) - 1 AS INTEGER) AS rn, id, code, name_ja FROM gen_hub h"
                + " WHERE code LIKE 'GEN-%' AND NOT EXISTS (SELECT 1 FROM report_request r"
                + " WHERE r.cycle_id = ? AND r.organisation_id = h.id)) x", cycle);
        int hubs = count("SELECT COUNT(*) FROM gen_open");
        long requests = reserve("report_request_seq", "report_request", hubs);
        String submitted = "CASE WHEN o.state IN ('SUBMITTED', 'RETURNED', 'APPROVED') THEN LEAST(CAST(? AS TIMESTAMPTZ)"
                + " + MAKE_INTERVAL(hours => 1 + o.rn % 120), CAST(? AS TIMESTAMPTZ)) END";
        update("INSERT INTO report_request (id, cycle_id, organisation_id, kind, state, due_date, requested_at,"
                + " state_changed_at, first_submitted_at, first_submitted_on, last_submitted_at, settled_at, last_comment,"
                + " reminders_sent, version)"
                + " SELECT ? + o.rn, ?, o.id, 'HUB_REPORT', o.state, CASE WHEN o.rn % 10 = 3 THEN CAST(? AS DATE)"
                + " ELSE CAST(? AS DATE) END, CAST(? AS TIMESTAMPTZ), COALESCE(s.submitted, CAST(? AS TIMESTAMPTZ)),"
                + " s.submitted, CAST(s.submitted AT TIME ZONE 'Asia/Tokyo' AS DATE), s.submitted,"
                + " CASE WHEN o.state = 'APPROVED' THEN s.submitted + INTERVAL '1 hour' END,"
                + " CASE WHEN o.state = 'RETURNED' THEN '根拠資料を添えて再提出してください（生成データ）' END, 0, 1"
                + " FROM gen_open o CROSS JOIN LATERAL (SELECT " + submitted + " AS submitted) s",
                requests, cycle, now.toLocalDate().minusDays(7), due, opened, opened, opened, now.minusHours(2));
        submissions(cycle, requests, hubs, SampleHubReport.of(4, 2), null, false);
        auditCycle(cycle, true);
    }

    /** The submissions of a cycle's generated requests, their versions and reviews, by the requests' states. */
    private void submissions(long cycle, long requests, int hubs, HubReportContent content, String onlyState,
                             boolean past) throws SQLException {
        String table = past ? "gen_hub" : "gen_open";
        long submissions = reserve("submission_seq", "submission", hubs);
        long versions = reserve("submission_version_seq", "submission_version", hubs);
        long reviews = reserve("submission_review_seq", "submission_review", hubs);
        String json = StoredFormats.submission(content);
        update("INSERT INTO submission (id, request_id, cycle_id, organisation_code, kind, draft_content, draft_saved_by,"
                + " draft_saved_at, version) SELECT ? + (r.id - ?), r.id, r.cycle_id, h.code, r.kind,"
                + " CASE WHEN r.state = 'DRAFT' THEN ? END, CASE WHEN r.state = 'DRAFT' THEN LOWER(h.code) END,"
                + " CASE WHEN r.state = 'DRAFT' THEN r.requested_at + INTERVAL '2 days' END, 1"
                + " FROM report_request r JOIN " + table + " h ON h.id = r.organisation_id"
                + " WHERE r.cycle_id = ? AND r.id >= ? AND r.state NOT IN ('NOT_STARTED', 'CLOSED')",
                submissions, requests, json, cycle, requests);
        update("INSERT INTO submission_version (id, submission_id, version_number, content, warnings, justifications,"
                + " submitted_by, submitted_at) SELECT ? + (r.id - ?), ? + (r.id - ?), 1, ?, ?, ?, LOWER(h.code),"
                + " r.first_submitted_at FROM report_request r JOIN " + table + " h ON h.id = r.organisation_id"
                + " WHERE r.cycle_id = ? AND r.id >= ? AND r.first_submitted_at IS NOT NULL",
                versions, requests, submissions, requests, json, StoredFormats.noWarnings(),
                StoredFormats.noJustifications(), cycle, requests);
        update("INSERT INTO submission_review (id, version_id, decision, review_comment, reviewed_by, reviewed_at)"
                + " SELECT ? + (r.id - ?), ? + (r.id - ?), CASE WHEN r.state = 'RETURNED' THEN 'RETURNED' ELSE 'APPROVED' END,"
                + " r.last_comment, 'officer1', COALESCE(r.settled_at, r.first_submitted_at + INTERVAL '1 hour')"
                + " FROM report_request r WHERE r.cycle_id = ? AND r.id >= ? AND r.state IN ('APPROVED', 'RETURNED')"
                + (onlyState == null ? "" : " AND r.state = '" + onlyState + "'"),
                reviews, requests, versions, requests, cycle, requests);
    }

    /**
     * The cycle's KPI values as the aggregation stores them: one per figure (KPI, breakdown, unit) the committee
     * printed for R5; the hubs' KPIs linked to every approved hub report of the cycle.
     */
    private void kpiValues(long cycle, int variant, OffsetDateTime computed) throws SQLException {
        String figures = "SELECT DISTINCT kpi_id, breakdown, unit FROM published_figure WHERE cycle_id = 2";
        int count = count("SELECT COUNT(*) FROM (" + figures + ") f");
        long values = reserve("kpi_value_seq", "kpi_value", count);
        update("INSERT INTO kpi_value (id, cycle_id, kpi_id, breakdown, unit, label, figure_value, numerator, denominator,"
                + " formula, normalisation, computed_at, version)"
                + " SELECT ? + ROW_NUMBER() OVER (ORDER BY f.kpi_id, f.breakdown, f.unit) - 1, ?, f.kpi_id, f.breakdown,"
                + " f.unit, k.name_ja, x.v, x.v, 1, '生成データ: 拠点報告の合計', NULL, ?, 0"
                + " FROM (" + figures + ") f JOIN kpi k ON k.id = f.kpi_id CROSS JOIN LATERAL (SELECT CAST(CASE"
                + " WHEN f.unit IN ('PERCENT', 'PERCENTAGE_POINTS') THEN 10 + (f.kpi_id + ?) % 80"
                + " WHEN f.unit = 'TIMES' THEN 1 + ((f.kpi_id + ?) % 5) / 10.0"
                + " ELSE 20 + (f.kpi_id * 7 + ? * 13) % 500 END AS NUMERIC(38, 16)) AS v) x",
                values, cycle, computed, variant, variant, variant);
        update("INSERT INTO kpi_value_input (kpi_value_id, submission_kind, submission_id)"
                + " SELECT v.id, 'HUB_REPORT', s.id FROM kpi_value v JOIN kpi k ON k.id = v.kpi_id"
                + " JOIN submission s ON s.cycle_id = v.cycle_id AND s.kind = 'HUB_REPORT'"
                + " JOIN report_request r ON r.id = s.request_id AND r.state = 'APPROVED'"
                + " WHERE v.cycle_id = ? AND k.implementing_body_kind = 'HUB'", cycle);
        // kept with the value, as KpiValue keeps it (V70)
        update("UPDATE kpi_value SET input_count = (SELECT COUNT(*) FROM kpi_value_input i"
                + " WHERE i.kpi_value_id = kpi_value.id) WHERE cycle_id = ?", cycle);
    }

    /** Who asked, submitted and reviewed what in a cycle (only the generated hubs' rows in the open cycle). */
    private void auditCycle(long cycle, boolean generatedOnly) throws SQLException {
        String only = generatedOnly ? " AND o.code LIKE 'GEN-%'" : "";
        int rows = count("SELECT COUNT(*) FROM report_request r JOIN organisation o ON o.id = r.organisation_id"
                + " WHERE r.cycle_id = ?" + only, cycle);
        audit(3L * rows, "INSERT INTO audit_record (id, occurred_at, actor, actor_organisation, action,"
                + " object_type, object_id, object_organisation, summary)"
                + " SELECT ? + ROW_NUMBER() OVER (ORDER BY t.at, t.action, t.object_id) - 1, t.at, t.actor, t.actor_org,"
                + " t.action, t.object_type, t.object_id, t.object_org, t.summary FROM ("
                + " SELECT r.requested_at AS at, 'secretariat1' AS actor, 'MHLW-ISEI' AS actor_org,"
                + " 'report-request.created' AS action, 'report-request' AS object_type, CAST(r.id AS TEXT) AS object_id,"
                + " o.code AS object_org, '報告依頼を作成しました（生成データ）' AS summary"
                + " FROM report_request r JOIN organisation o ON o.id = r.organisation_id WHERE r.cycle_id = ?" + only
                + " UNION ALL SELECT v.submitted_at, v.submitted_by, s.organisation_code, 'submission.submitted',"
                + " 'submission', CAST(s.request_id AS TEXT), s.organisation_code, '報告を提出しました（生成データ）'"
                + " FROM submission s JOIN submission_version v ON v.submission_id = s.id"
                + " JOIN organisation o ON o.code = s.organisation_code WHERE s.cycle_id = ?" + only
                + " UNION ALL SELECT w.reviewed_at, w.reviewed_by, 'MHLW-KIKI', CASE WHEN w.decision = 'APPROVED'"
                + " THEN 'submission.approved' ELSE 'submission.returned' END, 'submission', CAST(s.request_id AS TEXT),"
                + " s.organisation_code, '報告を審査しました（生成データ）' FROM submission s"
                + " JOIN submission_version v ON v.submission_id = s.id JOIN submission_review w ON w.version_id = v.id"
                + " JOIN organisation o ON o.code = s.organisation_code WHERE s.cycle_id = ?" + only + ") t",
                cycle, cycle, cycle);
    }

    // ---- supply cases -----------------------------------------------------------------------------------------

    /**
     * Cases up to the target, opened evenly over the years of history (the newest now): those opened within the
     * last year at every step, the older ones mostly closed.
     */
    private void supplyCases(int target) throws SQLException {
        int existing = count("SELECT COUNT(*) FROM supply_case");
        int cases = Math.max(0, target - existing);
        if (cases == 0) {
            return;
        }
        long ids = reserve("supply_case_seq", "supply_case", cases);
        long serial = count("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END"
                + " FROM supply_case_number_seq");
        update("CREATE TEMP TABLE gen_case ON COMMIT DROP AS SELECT i, ? + i AS id, opened,"
                + " CASE WHEN i % 20 = 0 THEN 'MAKER-A' WHEN i % 20 = 1 THEN 'MAKER-B'"
                + " ELSE 'GEN-MAKER-' || LPAD(CAST(i % ? AS TEXT), 4, '0') END AS maker,"
                + " CASE WHEN opened > CAST(? AS TIMESTAMPTZ) - INTERVAL '1 year' THEN"
                + "   CASE WHEN i % 10 < 2 THEN 'REPORTED' WHEN i % 10 < 4 THEN 'UNDER_TRIAGE' WHEN i % 10 < 6 THEN 'MONITORING'"
                + "   WHEN i % 10 < 7 THEN 'RESPONSE_REQUESTED' ELSE 'CLOSED' END"
                + " ELSE CASE WHEN i % 20 < 2 THEN 'MONITORING' WHEN i % 20 < 3 THEN 'RESPONSE_REQUESTED' ELSE 'CLOSED' END"
                + " END AS state, 'ベンチ製品 ' || LPAD(CAST(i AS TEXT), 5, '0') AS product"
                + " FROM (SELECT i, CAST(? AS TIMESTAMPTZ) - MAKE_INTERVAL(mins => CAST((i + 1) * ? AS INTEGER)) AS opened"
                + " FROM generate_series(0, ? - 1) i) c",
                ids, MANUFACTURERS, now, now, 365.0 * 24 * 60 * years / cases, cases);
        update("ALTER TABLE gen_case ADD COLUMN case_number VARCHAR(32)");
        update("UPDATE gen_case c SET case_number = 'SC-' || EXTRACT(YEAR FROM c.opened AT TIME ZONE 'Asia/Tokyo') || '-'"
                + " || LPAD(CAST(? + n.serial AS TEXT), 6, '0') FROM (SELECT i, ROW_NUMBER() OVER (ORDER BY opened) AS serial"
                + " FROM gen_case) n WHERE n.i = c.i", serial);
        update("SELECT setval('supply_case_number_seq', ?)", serial + cases);

        String filed = "LEAST(c.opened + INTERVAL '3 days', CAST(? AS TIMESTAMPTZ))";
        update("INSERT INTO supply_case (id, case_number, manufacturer_organisation, product_name, product_approval_number,"
                + " opened_at, state, termination_path, versions_before_termination, triaged_this_round,"
                + " consulted_this_round, latest_version_number, latest_report_kind, latest_filed_at, close_reason,"
                + " closed_by, closed_at, coverage_own_months, coverage_capacity_share, coverage_stored, version)"
                + " SELECT c.id, c.case_number, c.maker, c.product, CASE WHEN c.state <> 'REPORTED' THEN '30200BZX00001000' END,"
                + " c.opened, c.state, FALSE, 0, c.state IN ('MONITORING', 'RESPONSE_REQUESTED', 'CLOSED'), FALSE,"
                + " CASE WHEN c.state = 'REPORTED' THEN 1 ELSE 2 END,"
                + " CASE WHEN c.state = 'REPORTED' THEN 'FIRST' ELSE 'ADDITIONAL' END,"
                + " CASE WHEN c.state = 'REPORTED' THEN c.opened ELSE " + filed + " END,"
                + " CASE WHEN c.state = 'CLOSED' THEN 'RESOLVED' END, CASE WHEN c.state = 'CLOSED' THEN 'officer1' END,"
                + " CASE WHEN c.state = 'CLOSED' THEN LEAST(c.opened + INTERVAL '60 days', CAST(? AS TIMESTAMPTZ)) END,"
                + " CASE WHEN c.state <> 'REPORTED' THEN 2.5 END, NULL, TRUE, 3 FROM gen_case c", now, now);

        long versions = reserve("supply_report_version_seq", "supply_report_version", 2L * cases);
        String first = StoredFormats.supplyReport(firstReport());
        String complete = StoredFormats.supplyReport(completeReport());
        String filer = "CASE c.maker WHEN 'MAKER-A' THEN 'maker-a' WHEN 'MAKER-B' THEN 'maker-b' ELSE LOWER(c.maker) END";
        update("INSERT INTO supply_report_version (id, case_id, version_number, kind, form_number, disruption_kind,"
                + " product_name, approval_number, filed_by, filed_at, content)"
                + " SELECT ? + 2 * c.i, c.id, 1, 'FIRST', '10-2', 'SHORTAGE', c.product, NULL, " + filer + ", c.opened,"
                + " REPLACE(?, '\"__PRODUCT__\"', CAST(TO_JSON(c.product) AS TEXT)) FROM gen_case c"
                + " UNION ALL SELECT ? + 2 * c.i + 1, c.id, 2, 'ADDITIONAL', '10-2', 'SHORTAGE', c.product,"
                + " '30200BZX00001000', " + filer + ", " + filed + ","
                + " REPLACE(?, '\"__PRODUCT__\"', CAST(TO_JSON(c.product) AS TEXT)) FROM gen_case c WHERE c.state <> 'REPORTED'",
                versions, first, versions, now, complete);

        long triages = reserve("supply_triage_seq", "supply_triage", cases);
        String decided = "LEAST(c.opened + INTERVAL '5 days', CAST(? AS TIMESTAMPTZ))";
        update("INSERT INTO supply_triage (id, case_id, sequence_number, clinical_impact, urgency, severity, note,"
                + " recorded_by, recorded_at) SELECT ? + c.i, c.id, 1, CASE WHEN c.i % 3 = 0 THEN 'LARGE' ELSE 'SMALL' END,"
                + " CASE WHEN c.i % 3 = 0 THEN 'HIGH' ELSE 'LOW' END, CASE WHEN c.i % 3 = 0 THEN 'HIGH' ELSE 'LOW' END,"
                + " '代替品あり（生成データ）', 'officer1', " + decided + " FROM gen_case c"
                + " WHERE c.state IN ('MONITORING', 'RESPONSE_REQUESTED', 'CLOSED')", triages, now);
        long decisions = reserve("supply_further_action_decision_seq", "supply_further_action_decision", cases);
        update("INSERT INTO supply_further_action_decision (id, case_id, sequence_number, needed, reasons, decided_by,"
                + " decided_at) SELECT ? + c.i, c.id, 1, c.state = 'RESPONSE_REQUESTED',"
                + " CASE WHEN c.state = 'RESPONSE_REQUESTED' THEN '在庫の見通しを示されたい（生成データ）'"
                + " ELSE '代替品で供給が足りる（生成データ）' END, 'officer1', " + decided + " FROM gen_case c"
                + " WHERE c.state IN ('MONITORING', 'RESPONSE_REQUESTED', 'CLOSED')", decisions, now);
        update("INSERT INTO supply_publication (case_number, show_maker, published_by, published_at)"
                + " SELECT c.case_number, c.i % 2 = 0, 'officer1', " + decided + " FROM gen_case c"
                + " WHERE c.state IN ('MONITORING', 'RESPONSE_REQUESTED') AND c.i % 10 = 4", now);

        audit(6L * cases, "INSERT INTO audit_record (id, occurred_at, actor, actor_organisation, action,"
                + " object_type, object_id, object_organisation, summary)"
                + " SELECT ? + ROW_NUMBER() OVER (ORDER BY t.at, t.action, t.object_id) - 1, t.at, t.actor, t.actor_org,"
                + " t.action, 'supply-case', t.object_id, t.object_org, t.summary FROM ("
                + " SELECT v.filed_at AS at, v.filed_by AS actor, c.maker AS actor_org, CASE WHEN v.version_number = 1"
                + " THEN 'supply-case.opened' ELSE 'supply-case.report-filed' END AS action, c.case_number AS object_id,"
                + " c.maker AS object_org, '報告を提出しました（生成データ）' AS summary"
                + " FROM gen_case c JOIN supply_report_version v ON v.case_id = c.id"
                + " UNION ALL SELECT t.recorded_at, 'officer1', 'MHLW-KIKI', 'supply-case.triaged', c.case_number, c.maker,"
                + " 'トリアージを記録しました（生成データ）' FROM gen_case c JOIN supply_triage t ON t.case_id = c.id"
                + " UNION ALL SELECT d.decided_at, 'officer1', 'MHLW-KIKI', 'supply-case.further-action-decided',"
                + " c.case_number, c.maker, '追加対応の要否を決定しました（生成データ）' FROM gen_case c"
                + " JOIN supply_further_action_decision d ON d.case_id = c.id"
                + " UNION ALL SELECT p.published_at, 'officer1', 'MHLW-KIKI', 'supply-case.published', c.case_number, c.maker,"
                + " '公表しました（生成データ）' FROM gen_case c JOIN supply_publication p ON p.case_number = c.case_number"
                + " UNION ALL SELECT s.closed_at, 'officer1', 'MHLW-KIKI', 'supply-case.closed', c.case_number, c.maker,"
                + " '終了しました（生成データ）' FROM gen_case c JOIN supply_case s ON s.id = c.id WHERE s.state = 'CLOSED'"
                + ") t");
    }

    // ---- content ----------------------------------------------------------------------------------------------

    /** A first report with the blanks a first report may leave; the product name is put in per case. */
    static SupplyReport firstReport() {
        return SupplyReport.builder()
                .productName("__PRODUCT__")
                .disruptionKind(DisruptionKind.SHORTAGE)
                .contact(new ContactPerson("山田 太郎", "品質保証部", "03-0000-0000", null))
                .build();
    }

    /** A complete additional report, as the demo's maker-a files. */
    SupplyReport completeReport() {
        return SampleSupplyReport.complete(now.toLocalDate(), "__PRODUCT__", DisruptionKind.SHORTAGE,
                new Cause(CauseCategory.RAW_MATERIAL, "樹脂の供給停止（生成データ）"), ClinicalImpact.SMALL,
                "代替品の供給余力があるため");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /**
     * The first of {@code count} ids nobody holds: above the sequence's value (the last id of the block the
     * application may hold) and the table's largest id; the sequence is moved past them, a whole block further.
     */
    private long reserve(String sequence, String table, long count) throws SQLException {
        long last = count("SELECT last_value FROM " + sequence);
        long largest = count("SELECT COALESCE(MAX(id), 0) FROM " + table);
        long base = Math.max(last, largest);
        long blocks = (count + 49) / 50 + 1;
        update("SELECT setval('" + sequence + "', ?)", base + 50 * blocks);
        return base + 1;
    }

    private void audit(long upTo, String insert, Object... parameters) throws SQLException {
        Object[] all = new Object[parameters.length + 1];
        all[0] = reserve("audit_record_seq", "audit_record", upTo);
        System.arraycopy(parameters, 0, all, 1, parameters.length);
        update(insert, all);
    }

    private OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(JAPAN).toOffsetDateTime();
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            if (statement.execute()) {
                return 0;
            }
            return statement.getUpdateCount();
        }
    }

    private int count(String sql, Object... parameters) throws SQLException {
        return count(db, sql, parameters);
    }

    /** The first column of the query's one row, e.g. a {@code COUNT(*)}. */
    static int count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return Math.toIntExact(row.getLong(1));
            }
        }
    }

    /**
     * Reads a sample of the generated contents back with the application's own readers: a submitted version, a
     * draft, and a case's first and additional reports (whose product must be the case's).
     */
    private void readBack() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("SELECT (SELECT content FROM submission_version v JOIN submission s"
                     + " ON s.id = v.submission_id WHERE s.organisation_code LIKE 'GEN-%' LIMIT 1),"
                     + " (SELECT draft_content FROM submission WHERE organisation_code LIKE 'GEN-%'"
                     + " AND draft_content IS NOT NULL LIMIT 1)")) {
            row.next();
            StoredFormats.readSubmission(row.getString(1));
            if (row.getString(2) != null) {
                StoredFormats.readSubmission(row.getString(2));
            }
        }
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("SELECT v.product_name, v.content FROM supply_report_version v"
                     + " WHERE v.product_name LIKE 'ベンチ製品 %' AND v.version_number <= 2"
                     + " ORDER BY v.case_id DESC, v.version_number LIMIT 4")) {
            while (row.next()) {
                String product = StoredFormats.readSupplyReport(row.getString(2)).productName();
                if (!row.getString(1).equals(product)) {
                    throw new IllegalStateException("A generated report names " + product + ", not " + row.getString(1));
                }
            }
        }
    }

    /** What the runs read: the ids and keys the simulation takes, and the sizes of the grown tables. */
    private void summary() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("SELECT (SELECT id FROM follow_up_cycle WHERE status = 'COLLECTING'"
                     + " ORDER BY fiscal_year DESC LIMIT 1), (SELECT 'PLAN-2-FY' || MAX(c.fiscal_year) FROM published_report p"
                     + " JOIN follow_up_cycle c ON c.id = p.cycle_id), (SELECT COUNT(*) FROM follow_up_cycle),"
                     + " (SELECT COUNT(*) FROM report_request), (SELECT COUNT(*) FROM kpi_value),"
                     + " (SELECT COUNT(*) FROM supply_case), (SELECT COUNT(*) FROM supply_report_version),"
                     + " (SELECT COUNT(*) FROM audit_record), (SELECT COUNT(*) FROM organisation)")) {
            row.next();
            System.out.printf("Open cycle id: %d; newest published report: %s%n", row.getLong(1), row.getString(2));
            System.out.printf("cycles %d, report requests %d, KPI values %d, supply cases %d, report versions %d,"
                    + " audit records %d, organisations %d%n", row.getLong(3), row.getLong(4), row.getLong(5),
                    row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9));
        }
    }
}
