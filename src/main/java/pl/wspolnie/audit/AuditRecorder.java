package pl.wspolnie.audit;

import org.hibernate.event.spi.AbstractDatabaseOperationEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.audit.NotAudited;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Writes one audit_log row for each insert, update and delete Hibernate performs, in the
 * same transaction (a rolled-back change leaves no audit row, a committed one always has
 * one).
 */
class AuditRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String MASK = "***";

    private static final Map<Class<?>, Set<String>> MASKED = new ConcurrentHashMap<>();

    private static final String INSERT = """
            insert into audit_log (actor_id, actor_name, action, entity_type, entity_id, jst_id, before_state, after_state)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""";

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (audited(event)) {
            write(event, "CREATE", null, snapshot(event.getPersister(), event.getState(), null));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event)) {
            return;
        }
        Object[] old = event.getOldState();
        Object[] now = event.getState();
        int[] dirty = event.getDirtyProperties();
        if (dirty == null && old != null) {
            dirty = IntStream.range(0, now.length).filter(i -> !Objects.equals(old[i], now[i])).toArray();
        }
        Set<Integer> changed = dirty == null ? null : Arrays.stream(dirty).boxed().collect(Collectors.toSet());
        if (changed != null
                && changed.stream().allMatch(i -> "version".equals(event.getPersister().getPropertyNames()[i]))) {
            return;
        }
        write(event, "UPDATE", old == null ? null : snapshot(event.getPersister(), old, changed),
                snapshot(event.getPersister(), now, changed));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event)) {
            write(event, "DELETE", snapshot(event.getPersister(), event.getDeletedState(), null), null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static boolean audited(AbstractDatabaseOperationEvent event) {
        return !event.getPersister().getMappedClass().isAnnotationPresent(NotAudited.class);
    }

    private static void write(AbstractDatabaseOperationEvent event, String action, Map<String, Object> before,
            Map<String, Object> after) {
        write(event.getSession(), event.getEntity(), event.getPersister().getMappedClass(), event.getId(), action,
                before, after);
    }

    static void write(SharedSessionContractImplementor session, Object entity, Class<?> type, Object entityId,
            String action, Map<String, Object> before, Map<String, Object> after) {
        Actor actor = Actor.current();
        Long jstId = entity instanceof JstScoped scoped ? scoped.auditJstId() : null;
        String typeName = type.getSimpleName();
        String id = String.valueOf(entityId);
        Long finalActorId = actor.id();
        String finalActorName = actor.name();
        session.doWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(INSERT)) {
                if (finalActorId == null) {
                    st.setNull(1, Types.BIGINT);
                }
                else {
                    st.setLong(1, finalActorId);
                }
                st.setString(2, finalActorName);
                st.setString(3, action);
                st.setString(4, typeName);
                st.setString(5, id);
                if (jstId == null) {
                    st.setNull(6, Types.BIGINT);
                }
                else {
                    st.setLong(6, jstId);
                }
                st.setString(7, before == null ? null : Json.object(before));
                st.setString(8, after == null ? null : Json.object(after));
                st.executeUpdate();
            }
        });
    }

    /** Who makes the change: the logged-in person, or "system" (no id) for jobs. */
    record Actor(Long id, String name) {

        static Actor current() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AuthenticatedUser user) {
                return new Actor(user.userId(), user.email());
            }
            return new Actor(null, "system");
        }

    }

    /**
     * An entity's fields as an entry records them: the {@link AuditMasked} ones masked,
     * the values simplified.
     */
    static Map<String, Object> masked(Class<?> type, Map<String, ?> state) {
        Set<String> masked = MASKED.computeIfAbsent(type, AuditRecorder::maskedFields);
        Map<String, Object> result = new LinkedHashMap<>();
        state.forEach((name, value) -> result.put(name,
                masked.contains(name) ? (value == null ? null : MASK) : simple(value)));
        return result;
    }

    private static Map<String, Object> snapshot(EntityPersister persister, Object[] state, Set<Integer> only) {
        String[] names = persister.getPropertyNames();
        Set<String> masked = MASKED.computeIfAbsent(persister.getMappedClass(), AuditRecorder::maskedFields);
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if ((only != null && !only.contains(i)) || "version".equals(names[i])) {
                continue;
            }
            Object value = state[i];
            result.put(names[i], masked.contains(names[i]) ? (value == null ? null : MASK) : simple(value));
        }
        return result;
    }

    static Object simple(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return "[" + bytes.length + " B]";
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(AuditRecorder::simple).map(String::valueOf).sorted().toList();
        }
        return value.toString();
    }

    private static Set<String> maskedFields(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(AuditMasked.class)) {
                    names.add(f.getName());
                }
            }
        }
        return names;
    }

}
