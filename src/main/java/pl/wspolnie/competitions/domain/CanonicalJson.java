package pl.wspolnie.competitions.domain;

import pl.wspolnie.shared.text.Sha256;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * Canonical JSON of offer content (properties in alphabetical order, map entries by key,
 * no whitespace, UTF-8) and its SHA-256 checksum. Also reads and writes drafts.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private CanonicalJson() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of the text. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of the bytes (of an attachment). */
    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

}
