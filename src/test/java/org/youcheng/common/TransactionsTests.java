package org.youcheng.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.IllegalTransactionStateException;

/** On a real (in-memory H2) database: what commits, what rolls back, what a nested call joins. */
class TransactionsTests {

    private JdbcTemplate jdbc;
    private Transactions tx;

    @BeforeEach
    void database() {
        var source = new DriverManagerDataSource("jdbc:h2:mem:tx" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(source);
        jdbc.execute("create table t (v int)");
        tx = new Transactions(new DataSourceTransactionManager(source));
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from t", Integer.class);
    }

    @Test
    void workThatReturnsCommitsAndAnswers() {
        int answer = tx.call(() -> jdbc.update("insert into t values (1)"));
        tx.run(() -> jdbc.update("insert into t values (2)"));
        assertThat(answer).isEqualTo(1);
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void workThatThrowsLeavesNothingAndItsExceptionReachesTheCallerUnwrapped() {
        assertThatThrownBy(() -> tx.run(() -> {
                    jdbc.update("insert into t values (1)");
                    throw new IllegalStateException("late");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("late");
        assertThatThrownBy(() -> tx.call(() -> {
                    jdbc.update("insert into t values (2)");
                    if (rows() > 0) {
                        throw new IOException("disk");
                    }
                    return 0;
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk");
        assertThat(rows()).isZero();
    }

    @Test
    void aNestedCallJoinsItsCallerSoTheCallerDecides() {
        assertThatThrownBy(() -> tx.run(() -> {
                    tx.run(() -> jdbc.update("insert into t values (1)"));
                    tx.within(() -> jdbc.update("insert into t values (2)"));
                    throw new IllegalStateException("outer fails");
                }))
                .hasMessage("outer fails");
        assertThat(rows()).isZero();
    }

    @Test
    void workThatMustJoinACallerRefusesToRunAlone() {
        assertThatThrownBy(() -> tx.within(() -> jdbc.update("insert into t values (1)")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows()).isZero();
    }

    @Test
    void aReadSeesWhatIsThere() {
        tx.run(() -> jdbc.update("insert into t values (1)"));
        assertThat(tx.read(this::rows)).isEqualTo(1);
        int[] seen = {0};
        tx.readInto(() -> jdbc.query("select v from t", rs -> {
            seen[0] += rs.getInt(1);
        }));
        assertThat(seen[0]).isEqualTo(1);
    }
}
