package jp.go.mhlw.kpi.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import jp.go.mhlw.kpi.domain.shared.InvalidValueException;
import jp.go.mhlw.kpi.domain.shared.TypedDate;

/**
 * Every calendar input's converter ({@code converter="typedDate"}): a typed date is taken exactly as a picked one, in
 * the forms people type in Japan ({@code 2025/1/31}, {@code 令和7年1月31日} …). Anything else is refused at the field,
 * with its label and the forms accepted, in the user's language, and nothing reaches the bean. The picker's own
 * pattern only reads {@code yyyy-MM-dd}; this converter replaces it on the server.
 */
@FacesConverter("typedDate")
public class TypedDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return TypedDate.parse(value).orElse(null);
        } catch (InvalidValueException refused) {
            String message = Feedback.message(refused.problem(component.getId()));
            Object label = component.getAttributes().get("label");
            String text = label == null ? message : Feedback.text("date.refusedAt", label, message);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), refused);
        }
    }

    /** As the pickers show a date ({@code pattern="yyyy-MM-dd"}), so that a typed date comes back in that form. */
    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
