package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.wspolnie.centre.domain.Advice;
import pl.wspolnie.centre.domain.AdviceBooking;
import pl.wspolnie.centre.domain.ResourceBookings;
import pl.wspolnie.centre.domain.Specialty;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The visitor's bookings of rooms, equipment and advice appointments, shown by its own
 * address and again when a cancellation from it was refused (the reason at its row).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MyBookingsPage {

    /** An advice appointment on the page. */
    record AdviceRow(long id, ZonedDateTime start, Specialty specialty, String organization, String topic,
            boolean booked, String cancelReason) {
    }

    private final ResourceBookings bookings;

    private final Advice advice;

    private final Organizations organizations;

    String render(Model model) {
        model.addAttribute("bookings", bookings.mine());
        List<AdviceBooking> mine = advice.mine();
        Map<Long, OrganizationSummary> orgs = organizations
            .findAll(new HashSet<>(mine.stream().map(AdviceBooking::getOrganizationId).toList()));
        model.addAttribute("advice", mine.stream().map(b -> {
            var slot = advice.slot(b.getSlotId());
            return new AdviceRow(b.getId(), slot.getStartsAt().atZone(ClockConfig.WARSAW), slot.getSpecialty(),
                    orgs.containsKey(b.getOrganizationId()) ? orgs.get(b.getOrganizationId()).name() : "", b.getTopic(),
                    b.isBooked(), b.getCancelReason());
        }).toList());
        return "centre/bookings";
    }

}
