package pl.wspolnie.shared.web.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import pl.wspolnie.shared.database.PublicRows;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One record of the API is answered as its item with the Last-Modified it tells; a list
 * of the API answers one page of its query's records in the envelope, each record made an
 * item, with the Last-Modified of the matching records when the query knows it.
 */
class ApiResponsesPageTest {

    private final ApiResponses responses = new ApiResponses(JsonMapper.builder().build());

    @Test
    void aPageOfRecordsIsAnsweredAsItemsInTheEnvelope() {
        Instant changed = Instant.parse("2026-03-01T10:00:00Z");

        ResponseEntity<ApiList<String>> answer = responses.page(new PublicRows<>(List.of(1, 2), 7, changed),
                new Paging(1, 2), n -> "item " + n);

        assertThat(new String((byte[]) (Object) answer.getBody()))
            .isEqualTo("{\"items\":[\"item 1\",\"item 2\"],\"page\":1,\"size\":2,\"totalItems\":7,\"totalPages\":4}");
        assertThat(answer.getHeaders().getLastModified()).isEqualTo(changed.toEpochMilli());
        assertThat(answer.getHeaders().getETag()).isNotBlank();
    }

    @Test
    void theFilterAndThePageGoToTheQuery() {
        List<Object> byYear = new ArrayList<>();
        List<Object> bySpan = new ArrayList<>();
        YearQuery<Integer> yearQuery = (jst, year, offset, limit) -> {
            byYear.addAll(Arrays.asList(jst, year, offset, limit));
            return new PublicRows<>(List.of(), 0, null);
        };
        SpanQuery<Integer> spanQuery = (jst, from, until, offset, limit) -> {
            bySpan.addAll(Arrays.asList(jst, from, until, offset, limit));
            return new PublicRows<>(List.of(), 0, null);
        };

        responses.page(yearQuery, new ApiFilter(4L, 2025), new Paging(2, 10), n -> n);
        responses.pageInYear(spanQuery, new ApiFilter(4L, 2025), new Paging(2, 10), n -> n);

        assertThat(byYear).containsExactly(4L, 2025, 20, 10);
        assertThat(bySpan).containsExactly(4L, Instant.parse("2024-12-31T23:00:00Z"),
                Instant.parse("2025-12-31T23:00:00Z"), 20, 10);
    }

    @Test
    void oneRecordIsAnsweredAsItsItemWithTheChangeItTells() {
        Instant changed = Instant.parse("2026-03-01T10:00:00Z");
        record Row(int id, Instant changedAt) {
        }

        ResponseEntity<String> answer = responses.one(new Row(3, changed), r -> "item " + r.id(), Row::changedAt);
        ResponseEntity<String> unknown = responses.one(new Row(3, null), r -> "item " + r.id(), Row::changedAt);

        assertThat(new String((byte[]) (Object) answer.getBody())).isEqualTo("\"item 3\"");
        assertThat(answer.getHeaders().getLastModified()).isEqualTo(changed.toEpochMilli());
        assertThat(answer.getHeaders().getETag()).isEqualTo(unknown.getHeaders().getETag()).isNotBlank();
        assertThat(unknown.getHeaders().containsHeader("Last-Modified")).isFalse();
    }

    @Test
    void withoutTheLatestChangeOnlyTheETagIsSent() {
        ResponseEntity<ApiList<String>> answer = responses.page(new PublicRows<Integer>(List.of(), 0, null),
                new Paging(0, 20), n -> "item " + n);

        assertThat(answer.getHeaders().containsHeader("Last-Modified")).isFalse();
        assertThat(answer.getHeaders().getETag()).isNotBlank();
    }

}
