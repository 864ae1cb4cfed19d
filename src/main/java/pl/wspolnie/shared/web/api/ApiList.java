package pl.wspolnie.shared.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One page of a list of the public API.
 *
 * @param items the records of this page
 * @param page the page number, from 0
 * @param size the page size
 * @param totalItems the number of matching records
 * @param totalPages the number of pages
 */
public record ApiList<T>(List<T> items, @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size") int size,
        @Schema(description = "Number of matching records") long totalItems,
        @Schema(description = "Number of pages") int totalPages) {

    public static <T> ApiList<T> of(List<T> items, Paging paging, long total) {
        return new ApiList<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

}
