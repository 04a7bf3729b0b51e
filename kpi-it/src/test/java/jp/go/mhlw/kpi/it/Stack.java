package jp.go.mhlw.kpi.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The servers of the test run, as scripts/stack.sh started them (kpi-it/pom.xml passes its settings): for the fault
 * tests, which kill, stop and restart them under load.
 */
final class Stack {

    private static final Path ROOT = Path.of(System.getProperty("kpi.root", ".."));
    private static final Path STATE = Path.of(System.getProperty("kpi.stateDir", "target/servers"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Stack() {
    }

    /** Payara's process ends at once, as on a power cut or an OOM kill: no shutdown hook, no flush. */
    static void killPayara() throws Exception {
        long pid = Long.parseLong(Files.readString(STATE.resolve("payara6/glassfish/domains/kpi/config/pid")).trim());
        run(List.of("kill", "-9", Long.toString(pid)));
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
    }

    /** Starts whatever of the stack is down (scripts/stack.sh up, without re-creating the database). */
    static void up() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("scripts/stack.sh").toString(), "up").inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("KPI_STATE_DIR", STATE.toString());
        environment.put("KPI_PORTBASE", System.getProperty("kpi.portBase", "28000"));
        environment.put("KPI_KC_PORT", URI.create(TestServers.KEYCLOAK_URL).getPort() + "");
        environment.put("KPI_DB", "postgres");
        environment.put("KPI_DB_URL", CycleRun.DB_URL);
        environment.put("KPI_DB_RESET", "0");
        environment.put("KPI_DEMO_PASSWORD", TestServers.DEMO_PASSWORD);
        Process process = builder.start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("scripts/stack.sh up failed");
        }
    }

    /** Waits until the application answers ready again (its deployment restarts with the server). */
    static void awaitReady(Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (status(TestServers.BASE_URL + "/health/ready") != 200) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The application is not ready after " + timeout);
            }
            Thread.sleep(1000);
        }
    }

    /** Stops Keycloak (its launcher script and the JVM under it), as stack.sh down does. */
    static void stopKeycloak() throws Exception {
        stop("keycloak.pid");
    }

    static void stopMailServer() throws Exception {
        stop("greenmail.pid");
    }

    /** Restarts the PostgreSQL cluster the tests' database lives in (the command may be set: kpi.pgRestart). */
    static void restartPostgres() throws Exception {
        String command = System.getProperty("kpi.pgRestart", "");
        if (command.isBlank()) {
            try (var versions = Files.list(Path.of("/etc/postgresql"))) {
                String version = versions.map(path -> path.getFileName().toString()).sorted().reduce((a, b) -> b)
                        .orElseThrow(() -> new IllegalStateException("No PostgreSQL cluster in /etc/postgresql"));
                command = "pg_ctlcluster --skip-systemctl-redirect " + version + " main restart";
            }
        }
        run(List.of("sh", "-c", command));
    }

    /** The status of a GET, or 0 when nothing answers. */
    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void stop(String pidFile) throws Exception {
        Path file = STATE.resolve(pidFile);
        long pid = Long.parseLong(Files.readString(file).trim());
        ProcessHandle.of(pid).ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.onExit().join();
        });
        Files.deleteIfExists(file);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
    }
}
