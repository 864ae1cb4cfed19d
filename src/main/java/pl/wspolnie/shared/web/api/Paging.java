package pl.wspolnie.shared.web.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The page a list request asks for (query parameters {@code page}, from 0, and
 * {@code size}, 1 to wspolnie.api.max-page-size), read by {@link ApiArguments}.
 */
public record Paging(
        @Parameter(description = "Page number, from 0",
                schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) int page,
        @Parameter(description = "Page size, 1 to 100",
                schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) int size) {

    public int offset() {
        return page * size;
    }

    public int totalPages(long total) {
        return (int) ((total + size - 1) / size);
    }

}
