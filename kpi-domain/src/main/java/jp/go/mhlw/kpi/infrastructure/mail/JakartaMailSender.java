package jp.go.mhlw.kpi.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import jp.go.mhlw.kpi.application.followup.FollowUpSettings;
import jp.go.mhlw.kpi.application.followup.MailSender;
import jp.go.mhlw.kpi.application.followup.RequestMail;

/**
 * Sends through the container's Jakarta Mail session {@code mail/kpi} (host, port and credentials are the mail
 * resource's, set up by scripts/stack.sh or the administrator; never in the application). One message per
 * recipient, so that reporters do not see each other's addresses.
 */
@ApplicationScoped
public class JakartaMailSender implements MailSender {

    @Resource(lookup = "mail/kpi")
    Session session;

    @Inject
    FollowUpSettings settings;

    @Override
    public void send(RequestMail mail) {
        for (String recipient : mail.recipients()) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(settings.getMailFrom()));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
                message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
                message.setSentDate(new Date());
                Transport.send(message);
            } catch (MessagingException failed) {
                // the exception names the server and the reason, never the session's credentials
                throw new IllegalStateException("The e-mail to " + recipient + " could not be sent: " + failed.getMessage(), failed);
            }
        }
    }
}
