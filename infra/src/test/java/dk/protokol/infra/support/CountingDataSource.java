package dk.protokol.infra.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the SQL statements a thread executes and the rows it reads from their results, between {@link #start} and
 * {@link #stop}: what one request costs the database, whatever the JDBC code above it. Other threads (the
 * processors, the pool) are not counted. A test installs it with {@link #wrapping()} as a bean post-processor.
 */
public final class CountingDataSource extends DelegatingDataSource {

    /** What one thread did while counted: statements executed, rows read, and per statement text how often. */
    public static final class Counts {
        private int statements;
        private long rows;
        private final Map<String, Integer> bySql = new LinkedHashMap<>();

        public int statements() {
            return statements;
        }

        public long rows() {
            return rows;
        }

        public Map<String, Integer> bySql() {
            return bySql;
        }

        @Override
        public String toString() {
            return statements + " statements, " + rows + " rows read";
        }
    }

    private static final ThreadLocal<Counts> COUNTING = new ThreadLocal<>();

    public CountingDataSource(DataSource target) {
        super(target);
    }

    /** A post-processor that puts every DataSource bean behind a counting one. */
    public static BeanPostProcessor wrapping() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof CountingDataSource)
                        ? new CountingDataSource(source) : bean;
            }
        };
    }

    public static void start() {
        COUNTING.set(new Counts());
    }

    public static Counts stop() {
        Counts counts = COUNTING.get();
        COUNTING.remove();
        return counts;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection(), Connection.class, null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password), Connection.class, null);
    }

    private static <T> T wrap(T target, Class<T> type, String sql) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return around(method, args, result, sql);
        };
        return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[]{type},
                handler));
    }

    private static Object around(Method method, Object[] args, Object result, String sql) {
        Counts counts = COUNTING.get();
        String name = method.getName();
        if (result instanceof java.sql.PreparedStatement statement && name.startsWith("prepare")) {
            return statement instanceof java.sql.CallableStatement call && name.equals("prepareCall")
                    ? wrap(call, java.sql.CallableStatement.class, (String) args[0])
                    : wrap(statement, java.sql.PreparedStatement.class, (String) args[0]);
        }
        if (result instanceof Statement statement && name.equals("createStatement")) {
            return wrap(statement, Statement.class, null);
        }
        if (name.startsWith("execute") && !(result instanceof ResultSet) || name.equals("executeQuery")) {
            if (counts != null) {
                counts.statements++;
                String text = sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
                counts.bySql.merge(text, 1, Integer::sum);
            }
        }
        if (result instanceof ResultSet rows) {
            if (name.equals("executeQuery") || name.equals("getResultSet")) {
                return wrap(rows, ResultSet.class, sql);
            }
        }
        if (name.equals("next") && Boolean.TRUE.equals(result) && counts != null) {
            counts.rows++;
        }
        return result;
    }
}
