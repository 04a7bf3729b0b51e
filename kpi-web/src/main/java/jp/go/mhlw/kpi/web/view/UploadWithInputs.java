package jp.go.mhlw.kpi.web.view;

import jakarta.faces.event.FacesEvent;
import jakarta.faces.event.PhaseId;

/**
 * A file upload that is read with inputs of its form (the survey dates a file is checked against). PrimeFaces calls
 * the upload listener while it validates the request, before the inputs processed with the file have reached the
 * bean: the listener would work with the dates the bean held before. Put off to the application phase, the listener
 * runs once the dates are converted and in the bean, and not at all when one of them was refused.
 *
 * <pre>
 * public void upload(FileUploadEvent event) {
 *     if (UploadWithInputs.postponed(event)) {
 *         return;
 *     }
 *     ...
 * </pre>
 */
public final class UploadWithInputs {

    private UploadWithInputs() {
    }

    /** True when the event was queued again for after the form's inputs are taken: the listener returns then. */
    public static boolean postponed(FacesEvent event) {
        if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION) {
            return false;
        }
        event.setPhaseId(PhaseId.INVOKE_APPLICATION);
        event.queue();
        return true;
    }
}
