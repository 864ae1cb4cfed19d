package pl.wspolnie.shared.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.cache.Cache;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.text.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * How the session store turns stored attributes back into objects: as Spring Session does
 * (Java serialisation), except that the security context, read by every request of a
 * logged-in person, is deserialised once per instance for the same stored bytes. Its
 * authentication (immutable once logged in) is kept in the platform's cache
 * {@link CacheConfiguration#SESSION_AUTHENTICATIONS} under the SHA-256 of those bytes (a
 * value fixed by its key); each read gets a new context around it, so a request that
 * changes its context (logout) changes no other request's. A context stored again with
 * other bytes (another login, a changed session) is deserialised again.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class SessionAttributeReads implements Converter<byte[], Object> {

    /**
     * How Java serialisation starts a {@link SecurityContextImpl}: stream magic and
     * version, a new object, a new class description, the class name's length and name.
     */
    private static final byte[] CONTEXT_STREAM_START = contextStreamStart();

    private final DeserializingConverter deserializer = new DeserializingConverter(
            SessionAttributeReads.class.getClassLoader());

    private final Supplier<Cache> authentications;

    /**
     * The conversions for JdbcIndexedSessionRepository: writes unchanged, reads these,
     * the authentications kept in the cache the supplier gives (asked at the first read).
     */
    static GenericConversionService conversions(Supplier<Cache> authentications) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new SessionAttributeReads(authentications));
        return conversions;
    }

    @Override
    public Object convert(byte[] bytes) {
        if (!storedContext(bytes)) {
            return deserializer.convert(bytes);
        }
        SecurityContextImpl[] read = new SecurityContextImpl[1];
        Authentication authentication = authentications.get().get(Sha256.hex(bytes), () -> {
            read[0] = (SecurityContextImpl) deserializer.convert(bytes);
            return read[0].getAuthentication();
        });
        return read[0] != null ? read[0] : new SecurityContextImpl(authentication);
    }

    private static boolean storedContext(byte[] bytes) {
        return bytes.length > CONTEXT_STREAM_START.length && Arrays.equals(bytes, 0, CONTEXT_STREAM_START.length,
                CONTEXT_STREAM_START, 0, CONTEXT_STREAM_START.length);
    }

    private static byte[] contextStreamStart() {
        byte[] name = SecurityContextImpl.class.getName().getBytes(StandardCharsets.UTF_8);
        byte[] start = new byte[8 + name.length];
        byte[] head = { (byte) 0xAC, (byte) 0xED, 0x00, 0x05, 0x73, 0x72, (byte) (name.length >> 8),
                (byte) name.length };
        System.arraycopy(head, 0, start, 0, head.length);
        System.arraycopy(name, 0, start, head.length, name.length);
        return start;
    }

}
