package pl.wspolnie.shared.web.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The common filters of the public API's lists: {@code jst} (the id of the JST that owns
 * the record, as in /api/v1/organizations) and {@code year} (calendar year,
 * Europe/Warsaw), read by {@link ApiArguments}; either may be absent.
 */
public record ApiFilter(
        @Parameter(description = "JST id: only records of this JST (its own, not of the units below it)",
                schema = @Schema(type = "integer", format = "int64")) Long jst,
        @Parameter(description = "Calendar year (Europe/Warsaw), 2000 to 2100",
                schema = @Schema(type = "integer", minimum = "2000", maximum = "2100")) Integer year) {

    public static final int MIN_YEAR = 2000;

    public static final int MAX_YEAR = 2100;

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    /** The first instant of the year, or a time before any record without a year. */
    public Instant from() {
        return year == null ? Instant.parse("1970-01-01T00:00:00Z")
                : LocalDate.of(year, 1, 1).atStartOfDay(WARSAW).toInstant();
    }

    /** The first instant after the year, or a time after any record without a year. */
    public Instant until() {
        return year == null ? Instant.parse("9999-01-01T00:00:00Z")
                : LocalDate.of(year + 1, 1, 1).atStartOfDay(WARSAW).toInstant();
    }

}
