package pl.wspolnie.centre.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.Resource;
import pl.wspolnie.centre.domain.ResourceBookings;
import pl.wspolnie.centre.domain.ResourceBookings.BookingRequest;
import pl.wspolnie.centre.domain.ResourceBookings.Week;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.RenderedFragments;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.Outcomes.Report;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashSet;
import pl.wspolnie.centre.domain.Advice;
import pl.wspolnie.centre.domain.AdviceBooking;
import pl.wspolnie.centre.domain.BookingStatus;
import pl.wspolnie.centre.domain.Specialty;
import pl.wspolnie.shared.time.ClockConfig;

/**
 * The week view of a room or equipment item, the booking form on it, cancellations and
 * "my bookings".
 */
@Controller
class BookingController {

    record BookingForm(@NotNull Long organizationId,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime from,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime to, Long equipmentId,
            @NotBlank @Size(max = 500, message = "{centre.field.tooLong}") String purpose) {
    }

    record CancelForm(@Size(max = 500, message = "{centre.field.tooLong}") String reason) {
    }

    private final ResourceBookings bookings;

    private final CentreCatalogue catalogue;

    private final Organizations organizations;

    private final Permissions permissions;

    private final Clock clock;

    private final Advice advice;

    private final RenderedFragments fragments;

    /**
     * The week as every visitor without own bookings in it sees it: resource (as edited),
     * week, bookings' fingerprint.
     */
    private record SharedWeek(long resourceId, long resourceVersion, String resourceName, LocalDate monday,
            String bookings) {
    }

    /**
     * How long a week table kept by its bookings' fingerprint may be shown: organisation
     * names are not in it.
     */
    static final Duration SHARED_WEEK_KEPT = Duration.ofSeconds(30);

    BookingController(ResourceBookings bookings, CentreCatalogue catalogue, Organizations organizations,
            Permissions permissions, Clock clock, Advice advice, RenderedFragments fragments) {
        this.advice = advice;
        this.fragments = fragments;
        this.bookings = bookings;
        this.catalogue = catalogue;
        this.organizations = organizations;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Monday of an ISO week written "2026-W48"; 400 for anything else. */
    static LocalDate monday(String week) {
        try {
            return LocalDate.parse(week + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        }
        catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "week");
        }
    }

    static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
                date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @GetMapping("/centre/resources/{id:\\d+}")
    String week(@PathVariable long id, @RequestParam(required = false) String week, Model model) {
        LocalDate monday = week == null || week.isBlank()
                ? LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : monday(week);
        model.addAttribute("form",
                new BookingForm(null, monday.isBefore(LocalDate.now(clock)) ? LocalDate.now(clock).plusDays(1) : monday,
                        LocalTime.of(10, 0), LocalTime.of(12, 0), null, ""));
        return page(model, id, monday);
    }

    @PostMapping("/centre/resources/{id:\\d+}/book")
    String book(@PathVariable long id, @Valid @ModelAttribute("form") BookingForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        catalogue.resource(id); // 404 for an unknown or retired resource before anything
                                // else
        permissions.requireUser();
        return Outcomes.form(result, () -> {
            var booked = bookings.book(new BookingRequest(id, form.equipmentId(), form.organizationId(), form.date(),
                    form.from(), form.to(), form.purpose().strip()));
            return Outcomes.redirect(redirect,
                    booked.status() == BookingStatus.PENDING ? "centre.booking.requested" : "centre.booking.confirmed",
                    "/centre/resources/" + id + "?week=" + isoWeek(form.date()));
        }, () -> {
            response.setStatus(result.getAllErrors().stream().anyMatch(e -> "centre.booking.taken".equals(e.getCode()))
                    ? HttpStatus.CONFLICT.value() : 422);
            LocalDate shown = form.date() != null ? form.date() : LocalDate.now(clock);
            return page(model, id, shown.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        });
    }

    private String page(Model model, long resourceId, LocalDate monday) {
        ResourceBookings.WeekView view = bookings.weekView(resourceId, monday);
        Resource resource = view.resource();
        String thisWeek = isoWeek(monday);
        String table;
        if (view.shared() != null) {
            // nothing of the visitor's own in this week: the table every such visitor
            // sees, kept by the bookings'
            // fingerprint (an organisation's new name shows within SHARED_WEEK_KEPT)
            table = fragments.render("centre/week-grid", "grid",
                    new SharedWeek(resource.getId(), resource.getVersion(), resource.getName(), monday, view.shared()),
                    SHARED_WEEK_KEPT,
                    () -> gridVariables(resource, thisWeek, bookings.week(resource, view.centre(), monday, Set.of())));
        }
        else {
            // staff, or the visitor's own bookings in the week: their purpose and cancel
            // forms (with the session's
            // CSRF token) are shown, so the table is rendered for this visitor alone
            table = fragments.render("centre/week-grid", "grid", gridVariables(resource, thisWeek, view.week()), null);
        }
        model.addAttribute("weekGrid", table);
        model.addAttribute("monday", monday);
        model.addAttribute("resource", resource);
        model.addAttribute("centre", view.centre());
        model.addAttribute("previousWeek", isoWeek(monday.minusWeeks(1)));
        model.addAttribute("nextWeek", isoWeek(monday.plusWeeks(1)));
        model.addAttribute("thisWeek", isoWeek(monday));
        model.addAttribute("weekEnd", monday.plusDays(6));
        model.addAttribute("myOrganizations", view.myOrganizations());
        model.addAttribute("equipment", view.equipment());
        return "centre/week";
    }

    private static Map<String, Object> gridVariables(Resource resource, String thisWeek, Week week) {
        return Map.of("days", week.days(), "resourceId", resource.getId(), "resourceName", resource.getName(),
                "thisWeek", thisWeek);
    }

    @PostMapping("/centre/bookings/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, @Valid @ModelAttribute CancelForm form, BindingResult result,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String target = back != null && back.matches("/centre/resources/\\d+(\\?week=\\d{4}-W\\d{2})?") ? back
                : "/centre/bookings";
        if (result.hasErrors()) {
            redirect.addFlashAttribute("warning", "centre.field.tooLong");
            return "redirect:" + target;
        }
        return Outcomes.step(redirect, target, () -> {
            var cancelled = bookings.cancel(id, form.reason() == null ? null : form.reason().strip());
            return Report
                .notice((cancelled.together() ? "centre.booking.cancelledTogether" : "centre.booking.cancelled")
                        + (cancelled.byStaff() ? "ByStaff" : ""));
        });
    }

    /** Staff: the centre's pending room and equipment requests, to confirm or decline. */
    @GetMapping("/centre/{centreId:\\d+}/bookings/pending")
    String pending(@PathVariable long centreId, Model model) {
        permissions.requireUser();
        model.addAttribute("requests", bookings.pending(centreId));
        model.addAttribute("centre", catalogue.get(centreId));
        return "centre/pending";
    }

    @PostMapping("/centre/bookings/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, @RequestParam long centreId, RedirectAttributes redirect) {
        permissions.requireUser();
        return Outcomes.step(redirect, pendingPage(centreId),
                () -> decided(bookings.confirm(id), "centre.pending.confirmed"));
    }

    @PostMapping("/centre/bookings/{id:\\d+}/decline")
    String decline(@PathVariable long id, @RequestParam long centreId, @Valid @ModelAttribute CancelForm form,
            BindingResult result, RedirectAttributes redirect) {
        permissions.requireUser();
        if (result.hasErrors()) {
            redirect.addFlashAttribute("warning", "centre.field.tooLong");
            return "redirect:" + pendingPage(centreId);
        }
        return Outcomes.step(redirect, pendingPage(centreId),
                () -> decided(bookings.decline(id, form.reason()), "centre.pending.declined"));
    }

    private static String pendingPage(long centreId) {
        return "/centre/" + centreId + "/bookings/pending";
    }

    /** A request decided, or found expired (and marked so) when its start had come. */
    private static Report decided(boolean decided, String notice) {
        return decided ? Report.notice(notice) : Report.warning("centre.pending.expired");
    }

    /** An advice appointment on the "my bookings" page. */
    record AdviceRow(long id, ZonedDateTime start, Specialty specialty, String organization, String topic,
            boolean booked, String cancelReason) {
    }

    @GetMapping("/centre/bookings")
    String mine(Model model) {
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
