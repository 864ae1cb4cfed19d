package pl.wspolnie.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cache.CacheManager;
import pl.wspolnie.shared.cache.CacheConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.RequestContextFilter;

/**
 * HTTP sessions live in PostgreSQL (Spring Session JDBC, auto-configured by
 * spring-boot-starter-session-jdbc; tables from Flyway V4), so every instance behind the
 * load balancer knows every logged-in person. Only logged-in people (and a failed login's
 * message) have a session: the CSRF token is a cookie. The session cookie keeps the
 * settings of server.servlet.session.cookie (name JSESSIONID, HttpOnly, SameSite=Lax).
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /**
     * Attribute writes as PostgreSQL upserts: two parallel requests of one session do not
     * fail on a duplicate key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Each session read once per request and written only when changed (or its stored
     * last access is a minute old): {@link RequestScopedSessions} around the JDBC
     * repository Spring Session's filter uses; the security context deserialised once per
     * stored form ({@link SessionAttributeReads}).
     */
    @Bean
    static BeanPostProcessor sessionsReadOncePerRequest(ObjectProvider<CacheManager> caches) {
        return new BeanPostProcessor() {

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository jdbc) {
                    jdbc.setConversionService(SessionAttributeReads
                        .conversions(() -> caches.getObject().getCache(CacheConfiguration.SESSION_AUTHENTICATIONS)));
                    return new RequestScopedSessions(jdbc);
                }
                return bean;
            }

        };
    }

    /**
     * The request's scope of {@link RequestScopedSessions}: the request bound in Spring's
     * RequestContextHolder from just outside Spring Session's filter (in place of Spring
     * Boot's RequestContextFilter, which sits inside it).
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> sessionRequestScope() {
        FilterRegistrationBean<RequestContextFilter> registration = new FilterRegistrationBean<>(
                RequestScopedSessions.scope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

}
