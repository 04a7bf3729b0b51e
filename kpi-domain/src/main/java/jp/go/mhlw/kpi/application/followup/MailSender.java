package jp.go.mhlw.kpi.application.followup;

/** Sends the follow-up e-mails; a failure is an exception, so that the job sending it is retried. */
public interface MailSender {

    void send(RequestMail mail);
}
