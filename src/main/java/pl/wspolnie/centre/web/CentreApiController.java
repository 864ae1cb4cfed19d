package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.centre.domain.CentreOpenData;
import pl.wspolnie.centre.domain.CentreOpenData.TrainingRow;
import pl.wspolnie.shared.web.api.ApiFilter;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.ApiList;
import pl.wspolnie.shared.web.api.ApiResponses;
import pl.wspolnie.shared.web.api.Paging;
import pl.wspolnie.shared.web.api.PublicApi;

import java.time.Instant;
import java.util.List;

/**
 * The NGO support centres as JSON (/api/v1): their services and trainings as the centre's
 * pages show them; never the applications or the participants.
 */
@PublicApi
@Tag(name = "Centra wsparcia", description = "Usługi i szkolenia centrów wsparcia organizacji")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CentreApiController {

    private final CentreOpenData data;

    private final ApiResponses responses;

    @GetMapping("/centre-services")
    @Operation(summary = "Services of the support centres",
            description = "By centre; jst is the JST of the centre. year is not used (a service has no date).")
    ResponseEntity<ApiList<ServiceItem>> centreServices(@ParameterObject ApiFilter filter,
            @ParameterObject Paging paging) {
        return responses.page(data.services(filter.jst(), paging.offset(), paging.size()), paging,
                s -> new ServiceItem(s.id(), s.centreId(), s.centreName(), s.jstId(), s.name(), s.description(),
                        s.eligibility(), ApiLinks.absolute("/centre/" + s.centreId())));
    }

    @GetMapping("/trainings")
    @Operation(summary = "Trainings of the support centres",
            description = "The latest start first, cancelled ones too (with the date and reason); jst is the JST of "
                    + "the centre, year the year the training starts.")
    ResponseEntity<ApiList<TrainingItem>> trainings(@ParameterObject ApiFilter filter, @ParameterObject Paging paging) {
        return responses.pageInYear(data::trainings, filter, paging, CentreApiController::training);
    }

    @GetMapping("/trainings/{id}")
    @Operation(summary = "One training")
    ResponseEntity<TrainingItem> training(@Parameter(description = "Training id") @PathVariable long id) {
        return responses.one(data.training(id), CentreApiController::training, TrainingRow::changedAt);
    }

    private static TrainingItem training(TrainingRow t) {
        return new TrainingItem(t.id(), t.centreId(), t.centreName(), t.jstId(), t.kind(), t.title(), t.programme(),
                t.trainer(), t.place(), t.onlineLink(), t.startsAt(), t.endsAt(), t.capacity(), t.applicationsOpen(),
                t.applicationsClose(), t.recruitmentMode(), t.audiences(), t.needTags(), t.cancelledAt(),
                t.cancelReason(), ApiLinks.absolute("/centre/trainings/" + t.id()));
    }

    @Schema(name = "CentreService", description = "A service a support centre offers")
    record ServiceItem(long id, long centreId, String centreName,
            @Schema(description = "Id of the JST of the centre") long jstId, String name, String description,
            @Schema(description = "Who may use it") String eligibility, String centreUrl) {
    }

    @Schema(name = "Training", description = "A training of a support centre")
    record TrainingItem(long id, long centreId, String centreName,
            @Schema(description = "Id of the JST of the centre") long jstId,
            @Schema(description = "TRAINING, WORKSHOP, SEMINAR, CONFERENCE or STUDY_VISIT") String kind, String title,
            String programme, String trainer, String place, String onlineLink, Instant startsAt, Instant endsAt,
            @Schema(description = "Number of places") int capacity, Instant applicationsOpen, Instant applicationsClose,
            @Schema(description = "FIRST_COME or SELECTION") String recruitmentMode, List<String> audiences,
            List<String> needTags, @Schema(description = "When it was cancelled, null if not") Instant cancelledAt,
            String cancelReason, String pageUrl) {
    }

}
