package jp.go.mhlw.kpi.application.followup;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * A follow-up e-mail to a body's reporters: the request itself, or a reminder. The reporters' language is not
 * known, so the mail says everything in Japanese first and in English below, as the screens are; each part is
 * written from the domain bundle in its language.
 */
public record RequestMail(List<String> recipients, String subject, String body) {

    public RequestMail {
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** What the mail is about. */
    public enum Kind {
        REQUEST,
        REMINDER;

        String bundleKey(String part) {
            return "followup.mail." + part + "." + name();
        }
    }

    /**
     * Composes the mail for a body: its name, the cycle, the due date and the link to the form.
     */
    public static RequestMail compose(Kind kind, List<String> recipients, String bodyNameJa, String bodyNameEn,
                                      String cycleDisplay, String due, String formUrl) {
        String subject = subject(Texts.JAPANESE, kind, bodyNameJa, cycleDisplay, due) + " / "
                + subject(Texts.ENGLISH, kind, bodyNameEn, cycleDisplay, due);
        String body = body(Texts.JAPANESE, kind, bodyNameJa, cycleDisplay, due, formUrl)
                + Texts.text(Texts.JAPANESE, "followup.mail.separator")
                + body(Texts.ENGLISH, kind, bodyNameEn, cycleDisplay, due, formUrl);
        return new RequestMail(recipients, subject, body);
    }

    private static String subject(Locale language, Kind kind, String bodyName, String cycleDisplay, String due) {
        return Texts.text(language, "followup.mail.subject", cycleDisplay,
                Texts.text(language, kind.bundleKey("subject")), bodyName, due);
    }

    private static String body(Locale language, Kind kind, String bodyName, String cycleDisplay, String due,
                               String formUrl) {
        return Texts.text(language, kind.bundleKey("body"), bodyName, cycleDisplay, due, formUrl);
    }
}
