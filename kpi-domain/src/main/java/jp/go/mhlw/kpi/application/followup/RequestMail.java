package jp.go.mhlw.kpi.application.followup;

import java.util.List;
import java.util.Objects;

/**
 * A follow-up e-mail to a body's reporters: the request itself, or a reminder. Japanese first, English below, as
 * the screens are.
 */
public record RequestMail(List<String> recipients, String subject, String body) {

    public RequestMail {
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** What the mail is about. */
    public enum Kind {
        REQUEST("報告のお願い", "Request for your report"),
        REMINDER("【催促】報告期限が近づいています", "Reminder: your report is due soon");

        final String subjectJa;
        final String subjectEn;

        Kind(String subjectJa, String subjectEn) {
            this.subjectJa = subjectJa;
            this.subjectEn = subjectEn;
        }
    }

    /**
     * Composes the mail for a body: its name, the cycle, the due date and the link to the form.
     */
    public static RequestMail compose(Kind kind, List<String> recipients, String bodyNameJa, String bodyNameEn,
                                      String cycleDisplay, String due, String formUrl) {
        String subject = "【KPIフォローアップ】" + cycleDisplay + " " + kind.subjectJa + "（" + bodyNameJa + "、期限 " + due
                + "） / " + kind.subjectEn;
        String body = bodyNameJa + " ご担当者様\n\n"
                + "医療機器基本計画 KPIフォローアップ " + cycleDisplay + " の報告を"
                + (kind == Kind.REMINDER ? "まだ受け付けていません。" : "お願いします。") + "\n"
                + "提出期限: " + due + "\n"
                + "報告フォーム: " + formUrl + "\n\n"
                + "---\n"
                + "Dear reporters of " + bodyNameEn + ",\n\n"
                + (kind == Kind.REMINDER ? "we have not received your report for the KPI follow-up " + cycleDisplay + " yet."
                        : "please submit your report for the KPI follow-up " + cycleDisplay + ".") + "\n"
                + "Due: " + due + "\n"
                + "Report form: " + formUrl + "\n";
        return new RequestMail(recipients, subject, body);
    }
}
