package pl.wspolnie.shared.web;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.RequestContextFilter;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The session repository as Spring Session's filter sees it: each session read once per
 * request and written only when something changed.
 *
 * <p>
 * Spring Session's filter commits the session twice per request (when the response is
 * committed and when the request ends) and clears its cache in between, so the second
 * commit loaded the session again from PostgreSQL (a SELECT with every attribute, and the
 * security context deserialised); and the JDBC repository wrote the session's last access
 * on every request. Within a request ({@link #scope()}, a filter just outside Spring
 * Session's), this decorator serves the session it already loaded or saved, and skips the
 * write of a session whose attributes, id and timeout did not change when its last access
 * was written less than {@link #ACCESS_WRITE_INTERVAL} ago: the stored expiry may then be
 * up to that much early. The sessions a request has seen are kept in one of its
 * attributes (found through {@link RequestContextHolder}); outside a request (jobs) it
 * only passes through.
 */
final class RequestScopedSessions implements FindByIndexNameSessionRepository<Session>, DisposableBean {

    /** How stale the stored last access may be before an unchanged session is written. */
    static final Duration ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

    /** The request attribute with the sessions the request has read or saved. */
    private static final String KNOWN = RequestScopedSessions.class.getName() + ".KNOWN";

    @SuppressWarnings("rawtypes")
    private final FindByIndexNameSessionRepository delegate;

    RequestScopedSessions(FindByIndexNameSessionRepository<?> delegate) {
        this.delegate = delegate;
    }

    /**
     * The filter that opens a request's scope, just before Spring Session's filter: it is
     * the application's {@link RequestContextFilter} (Spring Boot's own, which would sit
     * inside Spring Session's filter and unbind the request before Spring Session's last
     * commit, is then not registered), so the request is bound in
     * {@link RequestContextHolder} during both commits of the session.
     */
    static RequestContextFilter scope() {
        return new RequestContextFilter();
    }

    /**
     * The sessions this request has read or saved, kept in a request attribute; null
     * outside a request.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Tracked> known() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Map<String, Tracked> known = (Map<String, Tracked>) request.getAttribute(KNOWN,
                RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = new HashMap<>(4);
            request.setAttribute(KNOWN, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known;
    }

    @Override
    public Session createSession() {
        return new Tracked((Session) delegate.createSession(), null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        Tracked tracked = (Tracked) session;
        Instant access = tracked.getLastAccessedTime();
        boolean stale = tracked.written == null
                || Duration.between(tracked.written, access).compareTo(ACCESS_WRITE_INTERVAL) >= 0;
        if (tracked.changed || stale) {
            delegate.save(tracked.session);
            tracked.changed = false;
            tracked.written = access;
        }
        Map<String, Tracked> scope = known();
        if (scope != null) {
            scope.put(tracked.getId(), tracked);
        }
    }

    @Override
    public Session findById(String id) {
        Map<String, Tracked> scope = known();
        if (scope != null) {
            Tracked known = scope.get(id);
            if (known != null) {
                // a session whose id changed in this request is no longer found by the
                // old one
                return known.getId().equals(id) && !known.isExpired() ? known : null;
            }
        }
        Session found = (Session) delegate.findById(id);
        if (found == null) {
            return null;
        }
        Tracked tracked = new Tracked(found, found.getLastAccessedTime());
        if (scope != null) {
            scope.put(id, tracked);
        }
        return tracked;
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
        Map<String, Tracked> scope = known();
        if (scope != null) {
            scope.remove(id);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = delegate.findByIndexNameAndIndexValue(indexName, indexValue);
        Map<String, Session> tracked = new LinkedHashMap<>();
        found.forEach((id, s) -> tracked.put(id, new Tracked(s, s.getLastAccessedTime())));
        return tracked;
    }

    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /**
     * A session with what this request changed: its attributes, id or timeout, and the
     * last access as stored (null: never stored).
     */
    static final class Tracked implements Session {

        private final Session session;

        private Instant written;

        private boolean changed;

        Tracked(Session session, Instant written) {
            this.session = session;
            this.written = written;
            this.changed = written == null;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }

    }

}
