package jp.go.mhlw.kpi.application.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheChainIsAnOutage() {
        assertThat(DatabaseOutage.isCauseOf(new PersistenceException("flush failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01"))))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated")))).isTrue();
    }

    @Test
    void aRefusedRowOrAFaultOfTheApplicationIsNot() {
        assertThat(DatabaseOutage.isCauseOf(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new NullPointerException())).isFalse();
    }
}
