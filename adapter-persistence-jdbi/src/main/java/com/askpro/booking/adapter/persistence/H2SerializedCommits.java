package com.askpro.booking.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded H2 pool, with every commit serialized by one JVM-wide lock (issue 12). H2 2.x's
 * MVStore with {@code WRITE_DELAY=0} can lose a commit that returned when two threads commit (and so
 * store) at the same moment and the process is killed right after: measured, 6 of 153 acknowledged
 * events gone after three {@code kill -9} with 6 concurrent senders. With the lock only one commit
 * writes at a time.
 *
 * <p>{@code commit()} (and {@code setAutoCommit(true)}, which commits) takes the lock. A write
 * statement in auto-commit mode runs as its own explicit transaction whose commit takes the lock, so
 * the lock is never held while a statement waits for a row lock (no deadlock with a transaction that
 * holds the row and waits to commit). Reads are not touched. The embedded database is one process and
 * not the throughput target; PostgreSQL does not use this class.
 */
final class H2SerializedCommits extends HikariDataSource {

    private static final ReentrantLock COMMITS = new ReentrantLock();
    private static final Set<String> EXECUTE =
            Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Set<String> READS =
            Set.of("SELECT", "WITH", "VALUES", "TABLE", "SCRIPT", "SHOW", "EXPLAIN", "CALL", "BACKUP", "HELP");

    H2SerializedCommits(HikariConfig config) {
        super(config);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                H2SerializedCommits.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ConnectionHandler(connection));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void commitSerialized(Connection connection) throws SQLException {
        COMMITS.lock();
        try {
            connection.commit();
        } finally {
            COMMITS.unlock();
        }
    }

    private static boolean isWrite(String sql) {
        if (sql == null) {
            return true;
        }
        String text = sql.stripLeading();
        while (text.startsWith("--") || text.startsWith("/*")) {
            int end = text.startsWith("--") ? text.indexOf('\n') : text.indexOf("*/");
            if (end < 0) {
                return true;
            }
            text = text.substring(end + (text.startsWith("--") ? 1 : 2)).stripLeading();
        }
        int space = 0;
        while (space < text.length() && Character.isLetter(text.charAt(space))) {
            space++;
        }
        return !READS.contains(text.substring(0, space).toUpperCase(Locale.ROOT));
    }

    private record ConnectionHandler(Connection connection) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> {
                    commitSerialized(connection);
                    return null;
                }
                case "setAutoCommit" -> {
                    if (Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit()) {
                        commitSerialized(connection);
                    }
                    connection.setAutoCommit((Boolean) args[0]);
                    return null;
                }
                case "unwrap" -> {
                    return ((Class<?>) args[0]).isInstance(proxy) ? proxy : connection.unwrap((Class<?>) args[0]);
                }
                case "isWrapperFor" -> {
                    return ((Class<?>) args[0]).isInstance(proxy) || connection.isWrapperFor((Class<?>) args[0]);
                }
                default -> {
                    Object result = H2SerializedCommits.invoke(connection, method, args);
                    if (result instanceof Statement statement
                            && !method.getName().equals("getMetaData")) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                        Class<?> type = statement instanceof CallableStatement
                                ? CallableStatement.class
                                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                        return Proxy.newProxyInstance(
                                H2SerializedCommits.class.getClassLoader(),
                                new Class<?>[] {type},
                                new StatementHandler(statement, connection, (Connection) proxy, sql));
                    }
                    return result;
                }
            }
        }
    }

    /** Runs a write of an auto-commit connection as an explicit transaction committed under the lock. */
    private record StatementHandler(Statement statement, Connection connection, Connection proxy, String preparedSql)
            implements InvocationHandler {
        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("getConnection")) {
                return proxy;
            }
            if (!EXECUTE.contains(name) || !connection.getAutoCommit()) {
                return H2SerializedCommits.invoke(statement, method, args);
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
            if (!name.startsWith("executeBatch") && !name.startsWith("executeLargeBatch") && !isWrite(sql)) {
                return H2SerializedCommits.invoke(statement, method, args);
            }
            connection.setAutoCommit(false);
            try {
                Object result = H2SerializedCommits.invoke(statement, method, args);
                commitSerialized(connection);
                return result;
            } catch (Throwable e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
