package pl.wspolnie.support;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import net.ttddyy.dsproxy.support.ProxyDataSource;

/**
 * Counts the SQL statements the server executes while handling requests (N+1 guard).
 * Import {@link Config} into a test class: the DataSource is wrapped by datasource-proxy
 * (that class gets its own Spring context). Only statements on the web server's request
 * threads are counted, so the test's own set-up is not. The session store's statements
 * (Spring Session JDBC: read the session, write its last access; the same for every
 * logged-in request, whatever the page) are kept apart in
 * {@link Counted#sessionStatements()}.
 */
public final class StatementCounter {

    private static final List<String> STATEMENTS = Collections.synchronizedList(new ArrayList<>());

    private static final List<String> SESSION_STATEMENTS = Collections.synchronizedList(new ArrayList<>());

    private static volatile boolean recording;

    private StatementCounter() {
    }

    /**
     * The statements executed by the server while the action ran (e.g. one HTTP request).
     */
    public static List<String> during(Runnable action) {
        return during(() -> {
            action.run();
            return null;
        }).statements();
    }

    /**
     * What the action returned, the statements of the page, and those of the session
     * store.
     */
    public record Counted<T>(T result, List<String> statements, List<String> sessionStatements) {
    }

    public static <T> Counted<T> during(Supplier<T> action) {
        synchronized (STATEMENTS) {
            STATEMENTS.clear();
            SESSION_STATEMENTS.clear();
            recording = true;
        }
        try {
            T result = action.get();
            return new Counted<>(result, List.copyOf(STATEMENTS), List.copyOf(SESSION_STATEMENTS));
        }
        finally {
            recording = false;
        }
    }

    static void record(List<QueryInfo> queries) {
        if (recording && Thread.currentThread().getName().startsWith("http-nio")) {
            for (QueryInfo q : queries) {
                (q.getQuery().contains("SPRING_SESSION") ? SESSION_STATEMENTS : STATEMENTS).add(q.getQuery());
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                        return ProxyDataSourceBuilder.create(ds).name("counted").listener(new QueryExecutionListener() {
                            @Override
                            public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                            }

                            @Override
                            public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                                record(queryInfoList);
                            }
                        }).build();
                    }
                    return bean;
                }
            };
        }

    }

}
