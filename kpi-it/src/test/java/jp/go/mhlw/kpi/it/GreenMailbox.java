package jp.go.mhlw.kpi.it;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

/** The mailboxes GreenMail keeps per address (any password), read over IMAP, and waiting for the job executor. */
final class GreenMailbox {

    private static final int PORT_BASE = Integer.getInteger("kpi.portBase", 28000);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private GreenMailbox() {
    }

    /** The mails to the address whose subject contains every part given, oldest first. */
    static List<MimeMessage> mails(String address, String... subjectParts) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(PORT_BASE + 43));
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                MimeMessage copy = new MimeMessage((MimeMessage) message);
                String subject = copy.getSubject() == null ? "" : copy.getSubject();
                if (List.of(subjectParts).stream().allMatch(subject::contains)) {
                    copies.add(copy);
                }
            }
            inbox.close(false);
            return copies;
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of();
        }
    }

    static List<String> subjects(String address, String... subjectParts) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails(address, subjectParts)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    /** The subjects once there are exactly {@code count} such mails; fails when that does not happen in time. */
    static List<String> awaitSubjects(int count, String address, String... subjectParts) throws Exception {
        return eventually(() -> {
            List<String> subjects = subjects(address, subjectParts);
            return subjects.size() == count ? subjects : null;
        });
    }

    /** Waits until the check answers a non-null value, as the job executor sends in the background. */
    static <T> T eventually(Callable<T> check) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        Exception last = null;
        while (System.nanoTime() < until) {
            try {
                T value = check.call();
                if (value != null) {
                    return value;
                }
            } catch (Exception | AssertionError e) {
                last = e instanceof Exception exception ? exception : new Exception(e);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not within " + PATIENCE, last);
    }
}
