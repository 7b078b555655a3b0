package dk.protokol.infra.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The append's insert statement, which extends the audit chain right after the batch is written: same connection,
 * same transaction, still under the commit-order lock. Axon's storage engine runs {@code executeBatch()} on the
 * statement its append builder returns; everything else is passed through.
 */
public final class ChainingStatement {

    /** What runs after the batch: chains the events the batch wrote. */
    @FunctionalInterface
    public interface AfterBatch {
        void run() throws SQLException;
    }

    private ChainingStatement() {
    }

    public static PreparedStatement of(PreparedStatement insert, AfterBatch afterBatch) {
        return (PreparedStatement) Proxy.newProxyInstance(ChainingStatement.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, arguments) -> {
                    Object result;
                    try {
                        result = method.invoke(insert, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("executeBatch") || method.getName().equals("executeLargeBatch")) {
                        afterBatch.run();
                    }
                    return result;
                });
    }
}
