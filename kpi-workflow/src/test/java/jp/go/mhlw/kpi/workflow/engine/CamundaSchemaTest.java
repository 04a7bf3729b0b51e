package jp.go.mhlw.kpi.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The engine's tables come from Flyway, once, with their own history table beside the application's. */
class CamundaSchemaTest {

    @Test
    void scriptsAreSplitIntoStatementsWithoutComments() {
        String script = """
                -- a comment; with a semicolon
                create table A (ID_ varchar(64));
                create index A_IDX on A(ID_);

                -- trailing comment
                """;

        assertThat(CamundaSchema.statements(script))
                .containsExactly("create table A (ID_ varchar(64))", "create index A_IDX on A(ID_)");
    }

    @Test
    void migrationCreatesTheEngineTablesOnceAndIsRepeatable() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:camunda-schema-test;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");

        CamundaSchema.migrate(dataSource);
        CamundaSchema.migrate(dataSource); // a restart: nothing to do, nothing fails

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from ACT_GE_PROPERTY where NAME_ = 'schema.version'"))
                    .isEqualTo(1);
            assertThat(count(statement, "select count(*) from \"camunda_schema_history\" where \"version\" = '7.23.0'"))
                    .isEqualTo(1);
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
