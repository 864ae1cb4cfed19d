package pl.wspolnie.calendar.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import pl.wspolnie.calendar.domain.CalendarOpenData;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.time.Instant;
import java.util.List;

/** The common calendar as JSON (/api/v1): the entries the calendar page shows. */
@PublicApi
@Tag(name = "Kalendarz", description = "Wspólny kalendarz: terminy konkursów, konsultacji, spotkania, szkolenia")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CalendarApiController {

    private final CalendarOpenData data;

    private final ApiResponses responses;

    @GetMapping("/calendar-entries")
    @Operation(summary = "Calendar entries",
            description = "In time order; year is the year the entry starts. Entries of the whole partnership have "
                    + "jstId null and appear only without a jst filter.")
    ResponseEntity<ApiList<CalendarEntryDto>> entries(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.pageInYear(data::entries, filter, paging,
                e -> new CalendarEntryDto(e.id(), e.type(), e.title(), e.description(), e.startsAt(), e.endsAt(),
                        e.place(), e.jstId(), e.sphereCodes(), ApiLinks.absolute(e.path()), e.updatedAt()));
    }

    @Schema(name = "CalendarEntry", description = "An entry of the common calendar")
    record CalendarEntryDto(long id,
            @Schema(description = "Kind of entry, e.g. COMPETITION_DEADLINE, MEETING") String type, String title,
            String description, Instant startsAt, Instant endsAt, String place,
            @Schema(description = "JST id, null for the whole partnership") Long jstId, List<String> sphereCodes,
            @Schema(description = "Address of the page the entry is about") String pageUrl, Instant updatedAt) {
    }

}
