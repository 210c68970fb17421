package com.askpro.booking.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/** Test support: opens a migrated {@link JdbiPersistence} on a fresh database for each test class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTest {

    protected JdbiPersistence persistence;
    private TestDatabase database;
    private String unavailable;

    /** The kind of database this concrete test class runs on. */
    abstract TestDatabase newDatabase();

    @BeforeAll
    void openDatabase() {
        try {
            database = newDatabase();
        } catch (TestAbortedException e) {
            unavailable = e.getMessage();
            return;
        }
        persistence = JdbiPersistence.start(database.config(), TestDatabase.KEYS);
    }

    /** Skips each test (reported as skipped) when the database of this class is not available. */
    @BeforeEach
    void requireDatabase() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    @AfterAll
    void closeDatabase() {
        if (persistence != null) {
            persistence.close();
        }
        if (database != null) {
            database.drop();
        }
    }

    /** Counts rows with plain JDBC, independent of the adapter under test. */
    long count(String sql, Object... parameters) {
        try (Connection connection = persistence.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
