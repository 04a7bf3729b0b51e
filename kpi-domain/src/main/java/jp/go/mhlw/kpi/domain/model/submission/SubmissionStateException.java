package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Locale;

/** A change the submission's state does not allow (e.g. editing while it is under review), in both languages. */
public class SubmissionStateException extends RuntimeException {

    private final String messageJa;

    public SubmissionStateException(String messageJa, String messageEn) {
        super(messageEn);
        this.messageJa = messageJa;
    }

    public String message(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? getMessage() : messageJa;
    }
}
