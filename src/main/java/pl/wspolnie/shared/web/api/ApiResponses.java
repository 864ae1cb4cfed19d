package pl.wspolnie.shared.web.api;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import pl.wspolnie.shared.database.PublicRows;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.function.Function;

/**
 * Answers of the public API with validators for caching: a strong ETag (a hash of the
 * content) and Last-Modified (the latest change of the records shown, when the handler
 * knows it). Spring MVC answers 304 without a body to a GET whose If-None-Match matches
 * the ETag, or (without If-None-Match) whose If-Modified-Since is not before
 * Last-Modified. Clients must revalidate ({@code Cache-Control: no-cache}): a record may
 * change at any time.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiResponses {

    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private final JsonMapper json;

    /**
     * The body as JSON with its ETag and Last-Modified.
     * @param lastModified the latest change of what the body shows, null when unknown
     * (only the ETag is sent then)
     */
    public <T> ResponseEntity<T> ok(T body, Instant lastModified) {
        return written(body, lastModified, MediaType.APPLICATION_JSON);
    }

    /**
     * The body as JSON with its ETag only (no Last-Modified: its records do not tell it).
     */
    public <T> ResponseEntity<T> ok(T body) {
        return ok(body, null);
    }

    /**
     * One record made its item, with its ETag and the Last-Modified the record tells (the
     * answer of a handler for one record: {@code /competitions/{id}}).
     * @param changedAt the record's latest change, null when unknown
     */
    public <R, T> ResponseEntity<T> one(R record, Function<? super R, T> item, Function<? super R, Instant> changedAt) {
        return ok(item.apply(record), changedAt.apply(record));
    }

    /**
     * One page of a list in the API's envelope ({@link ApiList}), each record made an
     * item, with its ETag and the Last-Modified of the matching records (none when the
     * query does not know it).
     */
    public <R, T> ResponseEntity<ApiList<T>> page(PublicRows<R> rows, Paging paging, Function<? super R, T> item) {
        return ok(ApiList.of(rows.rows().stream().<T>map(item).toList(), paging, rows.total()), rows.changedAt());
    }

    /** One page of a list query by year ({@link #page(PublicRows, Paging, Function)}). */
    public <R, T> ResponseEntity<ApiList<T>> page(YearQuery<R> query, ApiFilter filter, Paging paging,
            Function<? super R, T> item) {
        return page(query.page(filter, paging.offset(), paging.size()), paging, item);
    }

    /**
     * One page of a list query bounded in time, the year filter asking for the calendar
     * year ({@link #page(PublicRows, Paging, Function)}).
     */
    public <R, T> ResponseEntity<ApiList<T>> pageInYear(SpanQuery<R> query, ApiFilter filter, Paging paging,
            Function<? super R, T> item) {
        return page(query.page(filter, paging.offset(), paging.size()), paging, item);
    }

    /** The body as JSON of another media type (JSON-LD) with its ETag. */
    public <T> ResponseEntity<T> okAs(T body, MediaType type) {
        return written(body, null, type);
    }

    /** Bytes of a file (a data set's CSV) with its ETag. */
    public ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
        return answer(content, null, type).header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
            .body(content);
    }

    /**
     * The body is written as JSON once, here: the ETag is the hash of these bytes and the
     * same bytes are sent (the byte array converter copies them), instead of letting the
     * JSON converter write the object a second time. The declared type stays {@code T}
     * for the OpenAPI document.
     */
    @SuppressWarnings("unchecked")
    private <T> ResponseEntity<T> written(T body, Instant lastModified, MediaType type) {
        byte[] content = json.writeValueAsBytes(body);
        return (ResponseEntity<T>) answer(content, lastModified, type).body(content);
    }

    private static ResponseEntity.BodyBuilder answer(byte[] content, Instant lastModified, MediaType type) {
        String etag = "\"" + DigestUtils.md5DigestAsHex(content) + "\"";
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().cacheControl(REVALIDATE).eTag(etag);
        if (lastModified != null) {
            answer.lastModified(lastModified);
        }
        if (type != null) {
            answer.contentType(type);
        }
        return answer;
    }

}
