package jp.go.mhlw.kpi.application.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of an application service that changes nothing. Every other public method of a
 * {@code @Stateless} service is a write and must leave exactly one audit record; AuditCompletenessTest
 * holds every service to this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnly {
}
