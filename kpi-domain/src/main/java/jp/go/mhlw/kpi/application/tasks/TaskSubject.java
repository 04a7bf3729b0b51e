package jp.go.mhlw.kpi.application.tasks;

import java.util.Objects;

/**
 * What a process task is about, so that two tasks of the same step can be told apart: the case number or the request
 * id ({@code reference}), the product or the body by name in both languages, and the fiscal year of a follow-up
 * request or cycle ({@code null} for a supply case). Taken from the data when the task is created.
 */
public record TaskSubject(String reference, String nameJa, String nameEn, Integer fiscalYear) {

    public TaskSubject {
        Objects.requireNonNull(reference, "reference");
    }

    /** The name in the user's language, the Japanese one where there is no English name. */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameJa;
    }
}
