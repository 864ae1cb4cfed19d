package pl.wspolnie.shared.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import pl.wspolnie.shared.text.Sha256;

import java.time.Duration;

/**
 * How the session store turns stored attributes back into objects: as Spring Session does
 * (Java serialisation), except that the security context, read by every request of a
 * logged-in person, is deserialised once per instance for the same stored bytes. Its
 * authentication (immutable once logged in) is kept by the SHA-256 of those bytes; each
 * read gets a new context around it, so a request that changes its context (logout)
 * changes no other request's. A context stored again with other bytes (another login, a
 * changed session) is deserialised again.
 */
final class SessionAttributeReads implements Converter<byte[], Object> {

    /** Enough for the people logged in at once on one instance. */
    static final int KEPT = 20_000;

    private final DeserializingConverter deserializer = new DeserializingConverter(
            SessionAttributeReads.class.getClassLoader());

    private final Cache<String, Authentication> kept = Caffeine.newBuilder()
        .maximumSize(KEPT)
        .expireAfterAccess(Duration.ofHours(1))
        .build();

    /**
     * The conversions for JdbcIndexedSessionRepository: writes unchanged, reads these.
     */
    static GenericConversionService conversions() {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new SessionAttributeReads());
        return conversions;
    }

    @Override
    public Object convert(byte[] bytes) {
        String key = Sha256.hex(bytes);
        Authentication known = kept.getIfPresent(key);
        if (known != null) {
            return new SecurityContextImpl(known);
        }
        Object read = deserializer.convert(bytes);
        if (read != null && read.getClass() == SecurityContextImpl.class
                && ((SecurityContextImpl) read).getAuthentication() != null) {
            kept.put(key, ((SecurityContextImpl) read).getAuthentication());
        }
        return read;
    }

}
