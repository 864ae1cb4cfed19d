package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.Outcomes.Report;
import java.time.Duration;
import java.util.HashMap;
import pl.wspolnie.centre.domain.BookingStatus;

/**
 * The week view of a room or equipment item, the booking form on it, cancellations and
 * "my bookings".
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BookingController {

    record BookingForm(@NotNull Long organizationId,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime from,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime to, Long equipmentId,
            @NotBlank @Size(max = 500, message = "{centre.field.tooLong}") String purpose) {
    }

    /** The week of a resource a cancellation may return to. */
    private static final Pattern WEEK_PAGE = Pattern.compile("/centre/resources/(\\d+)(?:\\?week=(\\d{4}-W\\d{2}))?");

    private final ResourceBookings bookings;

    private final CentreCatalogue catalogue;

    private final MyBookingsPage myBookings;

    private final Permissions permissions;

    private final Clock clock;

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
            Map<String, Object> variables = new HashMap<>(gridVariables(resource, thisWeek, view.week()));
            for (String refused : List.of("refusedInput", "inlineRefusal", "refusedText")) {
                // a refused reason of a row's cancel form (Outcomes.refusedAt), shown at
                // that row
                if (model.containsAttribute(refused)) {
                    variables.put(refused, model.getAttribute(refused));
                }
            }
            table = fragments.render("centre/week-grid", "grid", variables, null);
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

    /**
     * Cancels from the visitor's bookings or from a resource's week ({@code back}); a
     * refused reason (too long, or none when staff cancel another's booking) shows that
     * page again (422) with the error at the row's reason and the text typed.
     */
    @PostMapping("/centre/bookings/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Matcher week = back == null ? null : WEEK_PAGE.matcher(back);
        boolean fromWeek = week != null && week.matches();
        String target = fromWeek ? back : "/centre/bookings";
        return Outcomes.step(redirect, target, () -> {
            var cancelled = bookings.cancel(id, reason == null ? null : reason.strip());
            return Report
                .notice((cancelled.together() ? "centre.booking.cancelledTogether" : "centre.booking.cancelled")
                        + (cancelled.byStaff() ? "ByStaff" : ""));
        }, "reason", response, e -> {
            Outcomes.refusedAt(model, "reason-" + id, e, reason);
            return fromWeek ? week(Long.parseLong(week.group(1)), week.group(2), model) : mine(model);
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
    String decline(@PathVariable long id, @RequestParam long centreId, @RequestParam(required = false) String reason,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        permissions.requireUser();
        return Outcomes.step(redirect, pendingPage(centreId),
                () -> decided(bookings.decline(id, reason), "centre.pending.declined"), "reason", response, e -> {
                    Outcomes.refusedAt(model, "decline-" + id, e, reason);
                    return pending(centreId, model);
                });
    }

    private static String pendingPage(long centreId) {
        return "/centre/" + centreId + "/bookings/pending";
    }

    /** A request decided, or found expired (and marked so) when its start had come. */
    private static Report decided(boolean decided, String notice) {
        return decided ? Report.notice(notice) : Report.warning("centre.pending.expired");
    }

    @GetMapping("/centre/bookings")
    String mine(Model model) {
        return myBookings.render(model);
    }

}
