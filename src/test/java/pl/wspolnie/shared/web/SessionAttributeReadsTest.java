package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session store's reads: the security context deserialised once for the same stored
 * bytes, each read a context of its own; other attributes as Spring Session reads them.
 */
class SessionAttributeReadsTest {

    private final ConcurrentMapCache authentications = new ConcurrentMapCache("session-authentications");

    private final GenericConversionService conversions = SessionAttributeReads.conversions(() -> authentications);

    private byte[] write(Object value) {
        return (byte[]) conversions.convert(value, TypeDescriptor.valueOf(Object.class),
                TypeDescriptor.valueOf(byte[].class));
    }

    private Object read(byte[] bytes) {
        return conversions.convert(bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
    }

    @Test
    void theSameStoredContextIsDeserialisedOnceAndEachReadGetsItsOwnContext() {
        byte[] stored = write(new SecurityContextImpl(UsernamePasswordAuthenticationToken
            .authenticated("ala@example.pl", null, List.of(new SimpleGrantedAuthority("ROLE_USER")))));

        SecurityContext first = (SecurityContext) read(stored);
        SecurityContext second = (SecurityContext) read(stored.clone());
        assertThat(first.getAuthentication().getName()).isEqualTo("ala@example.pl");
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(second).isNotSameAs(first);
        first.setAuthentication(null); // a logout in one request
        assertThat(second.getAuthentication()).isNotNull();
        assertThat(((SecurityContext) read(stored)).getAuthentication()).isSameAs(second.getAuthentication());

        byte[] other = write(new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("ola@example.pl", null, List.of())));
        assertThat(((SecurityContext) read(other)).getAuthentication().getName()).isEqualTo("ola@example.pl");
        assertThat(authentications.getNativeCache()).as("one authentication per stored form").hasSize(2);
    }

    @Test
    void otherAttributesAreReadAsStoredEachTime() {
        ArrayList<String> list = new ArrayList<>(List.of("a", "b"));
        byte[] stored = write(list);
        Object first = read(stored);
        assertThat(first).isEqualTo(list);
        assertThat(read(stored)).isEqualTo(list).isNotSameAs(first);
        assertThat(authentications.getNativeCache()).as("only security contexts are kept").isEmpty();
    }

}
