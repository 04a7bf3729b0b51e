package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.ImplementingBody;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entities' Bean Validation constraints agree with the reference data, and JPA applies them on write. */
class EntityConstraintsTest extends JpaTestSupport {

    private static ValidatorFactory validatorFactory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        validatorFactory = Validation.buildDefaultValidatorFactory();
        validator = validatorFactory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        validatorFactory.close();
    }

    @Test
    void everyReferenceRowSatisfiesItsEntitysConstraints() {
        List<?> rows = Stream.of("Organisation", "HubProgramme", "AmedProgramme", "BasicPlan", "Vision", "Goal", "Kpi",
                        "FollowUpCycle")
                .flatMap(entity -> entityManager.createQuery("select e from " + entity + " e").getResultList().stream())
                .toList();

        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows.stream().flatMap(row -> validator.validate(row).stream())
                .map(violation -> violation.getRootBean() + "." + violation.getPropertyPath() + ": " + violation.getMessage()))
                .isEmpty();
    }

    @Test
    void jpaRefusesAKpiThatBreaksAConstraint() {
        Goal goal = basicPlans().findCatalogue("PLAN-2").orElseThrow().goal(1).orElseThrow().goal();
        Kpi tooLongName = Kpi.define(goal, "G1-X", KpiKind.COUNT)
                .named("研修", "x".repeat(301))
                .definedAs("定義", "definition")
                .measuredIn("名", "participants")
                .reportedBy(ImplementingBody.everyOrganisationOf(OrganisationKind.HUB))
                .listedAt(9)
                .build();

        assertThatThrownBy(() -> {
            entityManager.persist(tooLongName);
            entityManager.flush();
        }).isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("nameEn"));
    }
}
