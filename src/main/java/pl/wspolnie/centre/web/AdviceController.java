package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.centre.domain.Advice;
import pl.wspolnie.centre.domain.AdviceBooking;
import pl.wspolnie.centre.domain.AdviceSlot;
import pl.wspolnie.centre.domain.Centre;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.Specialty;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import pl.wspolnie.shared.web.Outcomes;

/**
 * Advice slots of a centre, booking them, the adviser's note and the staff's day agenda.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdviceController {

    record SlotForm(@NotNull Specialty specialty,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime from,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime to,
            @Size(max = 300, message = "{centre.field.tooLong}") String place) {
    }

    record BookForm(@NotNull Long organizationId,
            @NotBlank @Size(max = 1000, message = "{centre.field.tooLong}") String topic) {
    }

    record NoteForm(@Size(max = 10000, message = "{centre.field.tooLong}") String note) {
    }

    /** A slot as the pages show it. */
    record SlotView(AdviceSlot slot, String adviser, AdviceBooking booking, String organization) {
    }

    private final Advice advice;

    private final CentreCatalogue catalogue;

    private final Accounts accounts;

    private final Organizations organizations;

    private final Permissions permissions;

    private final Clock clock;

    private final MyBookingsPage myBookings;

    @GetMapping("/centre/{id:\\d+}/advice")
    String slots(@PathVariable long id, Model model) {
        model.addAttribute("slotForm", new SlotForm(Specialty.LEGAL, LocalDate.now(clock).plusDays(1),
                LocalTime.of(10, 0), LocalTime.of(11, 0), ""));
        model.addAttribute("bookForm", new BookForm(null, ""));
        return page(id, model);
    }

    private String page(long id, Model model) {
        Centre centre = catalogue.get(id);
        model.addAttribute("centre", centre);
        model.addAttribute("slots", views(advice.freeSlots(id), false));
        model.addAttribute("staff", catalogue.isStaff(id));
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("myOrganizations",
                permissions.currentUser()
                    .map(u -> organizations.findAll(organizations.representedBy(u.userId()))
                        .values()
                        .stream()
                        .sorted(Comparator.comparing(OrganizationSummary::name))
                        .toList())
                    .orElse(List.of()));
        return "centre/advice";
    }

    private List<SlotView> views(List<AdviceSlot> slots, boolean withBookings) {
        Map<Long, AccountSummary> advisers = accounts
            .findAll(new HashSet<>(slots.stream().map(AdviceSlot::getAdviserId).toList()));
        Map<Long, AdviceBooking> booked = withBookings ? advice.bookingsOf(slots) : Map.of();
        Map<Long, OrganizationSummary> orgs = organizations
            .findAll(new HashSet<>(booked.values().stream().map(AdviceBooking::getOrganizationId).toList()));
        return slots.stream().map(s -> {
            AdviceBooking b = booked.get(s.getId());
            return new SlotView(s,
                    advisers.containsKey(s.getAdviserId()) ? advisers.get(s.getAdviserId()).displayName() : "", b,
                    b != null && orgs.containsKey(b.getOrganizationId()) ? orgs.get(b.getOrganizationId()).name() : "");
        }).toList();
    }

    @PostMapping("/centre/{id:\\d+}/advice/slots")
    String publish(@PathVariable long id, @Valid @ModelAttribute("slotForm") SlotForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!catalogue.isStaff(id)) {
            permissions.requireUser();
            throw new NotAllowed("not staff");
        }
        return Outcomes.form(result, redirect, "centre.advice.published", () -> {
            advice.publishSlot(id, form.specialty(), form.date().atTime(form.from()).atZone(ClockConfig.WARSAW),
                    form.date().atTime(form.to()).atZone(ClockConfig.WARSAW), form.place());
            return "/centre/" + id + "/advice";
        }, () -> {
            model.addAttribute("bookForm", new BookForm(null, ""));
            return page(id, model);
        });
    }

    @PostMapping("/centre/advice/slots/{slotId:\\d+}/book")
    String book(@PathVariable long slotId, @Valid @ModelAttribute("bookForm") BookForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        permissions.requireUser();
        AdviceSlot slot = advice.slot(slotId);
        return Outcomes.form(result, redirect, "centre.advice.booked",
                () -> advice.book(slotId, form.organizationId(), form.topic().strip()), "/centre/bookings", () -> {
                    response.setStatus(
                            result.getAllErrors().stream().anyMatch(e -> "centre.advice.taken".equals(e.getCode()))
                                    ? 409 : 422);
                    model.addAttribute("slotForm", new SlotForm(Specialty.LEGAL, LocalDate.now(clock).plusDays(1),
                            LocalTime.of(10, 0), LocalTime.of(11, 0), ""));
                    model.addAttribute("bookedSlot", slotId);
                    return page(slot.getCentreId(), model);
                });
    }

    /**
     * Staff withdraw a free slot; back to the day's agenda, or to the centre's advice
     * page when asked from there.
     */
    @PostMapping("/centre/advice/slots/{slotId:\\d+}/withdraw")
    String withdraw(@PathVariable long slotId, @RequestParam(required = false) String from,
            RedirectAttributes redirect) {
        AdviceSlot slot = advice.slot(slotId);
        String back = "advice".equals(from) ? "/centre/" + slot.getCentreId() + "/advice"
                : "/centre/agenda?date=" + slot.getStartsAt().atZone(ClockConfig.WARSAW).toLocalDate();
        return Outcomes.step(redirect, back, "centre.advice.slotWithdrawn", () -> advice.withdrawSlot(slotId));
    }

    /**
     * Either side cancels an appointment; staff (from the booking's page,
     * {@code from=staff}) must give the reason and return to that page.
     */
    @PostMapping("/centre/advice/bookings/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String from, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        boolean staff = "staff".equals(from);
        String back = staff ? "/centre/advice/bookings/" + id : "/centre/bookings";
        return Outcomes.step(redirect, back, staff ? "centre.advice.cancelledByStaff" : "centre.booking.cancelled",
                () -> advice.cancel(id, reason == null || reason.isBlank() ? null : reason.strip()), "reason", response,
                e -> {
                    Outcomes.refusedAt(model, staff ? "cancel-reason" : "advice-reason-" + id, e, reason);
                    return staff ? booking(id, model) : myBookings.render(model);
                });
    }

    @GetMapping("/centre/advice/bookings/{id:\\d+}")
    String booking(@PathVariable long id, Model model) {
        AdviceBooking booking = advice.forStaff(id);
        model.addAttribute("noteForm", new NoteForm(booking.getAdviserNote()));
        return bookingPage(booking, model);
    }

    private String bookingPage(AdviceBooking booking, Model model) {
        AdviceSlot slot = advice.slot(booking.getSlotId());
        model.addAttribute("booking", booking);
        model.addAttribute("view", views(List.of(slot), false).get(0));
        model.addAttribute("organization",
                organizations.find(booking.getOrganizationId()).map(OrganizationSummary::name).orElse(""));
        model.addAttribute("bookedBy", accounts.find(booking.getBookedBy()).orElse(null));
        model.addAttribute("agendaDate", slot.getStartsAt().atZone(ClockConfig.WARSAW).toLocalDate());
        return "centre/advice-booking";
    }

    @PostMapping("/centre/advice/bookings/{id:\\d+}/note")
    String note(@PathVariable long id, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AdviceBooking booking = advice.forStaff(id);
        if (result.hasErrors()) {
            return bookingPage(booking, model);
        }
        advice.saveNote(id, form.note());
        redirect.addFlashAttribute("notice", "centre.advice.noteSaved");
        return "redirect:/centre/advice/bookings/" + id;
    }

    @GetMapping("/centre/agenda")
    String agenda(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("date", day);
        model.addAttribute("slots", views(advice.agenda(day), true));
        model.addAttribute("previous", day.minusDays(1));
        model.addAttribute("next", day.plusDays(1));
        return "centre/agenda";
    }

    @Bean
    static PublicPaths advicePublicPaths() {
        return PublicPaths.get("/centre/{id:\\d+}/advice");
    }

}
