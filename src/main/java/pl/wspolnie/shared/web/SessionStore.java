package pl.wspolnie.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

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

}
