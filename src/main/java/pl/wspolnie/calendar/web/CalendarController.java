package pl.wspolnie.calendar.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.calendar.domain.CalendarEntries;
import pl.wspolnie.calendar.domain.CalendarEntries.Entry;
import pl.wspolnie.calendar.domain.CalendarEvent;
import pl.wspolnie.calendar.domain.CalendarEvents;
import pl.wspolnie.calendar.domain.EventDetails;
import pl.wspolnie.news.Spheres;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.calendar.IcsCalendar;
import pl.wspolnie.shared.calendar.IcsEvent;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.PublicPageCache;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.SiteAddress;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The calendar page (month grid or list), the iCalendar feeds, and the forms of the
 * calendar's own events.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CalendarController {

    /** Most entries a month view or a feed shows. */
    static final int MONTH_LIMIT = 1000;

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final CalendarEntries entries;

    private final CalendarEvents events;

    private final Spheres spheres;

    private final Jsts jsts;

    private final MessageSource messages;

    private final Clock clock;

    private final SiteAddress site;

    /**
     * Anonymous visitors get the calendar (month and list) from the page micro-cache;
     * published entries clear it.
     */
    @Bean
    static PublicPageCache.PublicPage calendarPublicPage() {
        return new PublicPageCache.PublicPage("/calendar", CacheConfiguration.CALENDAR);
    }

    @Bean
    static PublicPaths calendarPublicPaths() {
        return PublicPaths.get("/calendar", "/calendar.ics", "/calendar/{id:\\d+}.ics", "/calendar/entries/{id:\\d+}",
                "/calendar/events/{id:\\d+}");
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) String month, @RequestParam(required = false) String view,
            @RequestParam(required = false) Long jst, @RequestParam(required = false) String sphere,
            @RequestParam(required = false) String type, Model model) {
        YearMonth ym = YearMonth.now(clock);
        if (month != null) {
            try {
                ym = YearMonth.parse(month);
            }
            catch (DateTimeParseException e) {
                // the current month
            }
        }
        CalendarEntries.Filter filter = filter(jst, sphere, type);
        Instant from = ym.atDay(1).atStartOfDay(ClockConfig.WARSAW).toInstant();
        Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(ClockConfig.WARSAW).toInstant();
        List<Entry> list = entries.between(from, to, filter, MONTH_LIMIT);
        boolean listView = "list".equals(view);
        model.addAttribute("listView", listView);
        model.addAttribute("month", ym);
        model.addAttribute("monthParam", ym.toString());
        model.addAttribute("previousMonth", ym.minusMonths(1).toString());
        model.addAttribute("nextMonth", ym.plusMonths(1).toString());
        model.addAttribute("grid", MonthGrid.of(ym, list));
        model.addAttribute("entries", list);
        model.addAttribute("filter", filter);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("jsts", jsts.members());
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("types", CalendarEntryType.values());
        model.addAttribute("canAdd", !events.organiserJsts().isEmpty());
        model.addAttribute("canPropose", !events.proposingOrganizations().isEmpty());
        model.addAttribute("moderates", events.moderates());
        model.addAttribute("feedUrl", feedUrl(filter));
        return "calendar/calendar";
    }

    /** The subscription feed with every filter of the page (JST, sphere and type). */
    static String feedUrl(CalendarEntries.Filter filter) {
        var feed = UriComponentsBuilder.fromPath("/calendar.ics");
        if (filter.jst() != null) {
            feed.queryParam("jst", filter.jst());
        }
        if (filter.sphere() != null) {
            feed.queryParam("sphere", filter.sphere());
        }
        if (filter.type() != null) {
            feed.queryParam("type", filter.type().name());
        }
        return feed.encode().build().toUriString();
    }

    @GetMapping("/calendar/entries/{id:\\d+}")
    String entry(@PathVariable long id, Model model) {
        Entry entry = entries.find(id).orElseThrow(() -> new NotFound("calendar entry " + id));
        model.addAttribute("entry", entry);
        model.addAttribute("jstName",
                entry.jstId() == null ? null : jsts.find(entry.jstId()).map(JstSummary::name).orElse(null));
        model.addAttribute("sphereLabels", spheres.labels(entry.sphereCodes(), LocaleContextHolder.getLocale()));
        model.addAttribute("event", null);
        return "calendar/entry";
    }

    @GetMapping("/calendar/events/{id:\\d+}")
    String event(@PathVariable long id, Model model) {
        CalendarEvent event = events.visible(id);
        // the calendar entry is written after the commit, by the listener: until then the
        // page shows the event itself
        long entryId = entries.find(CalendarEvents.SOURCE, String.valueOf(id)).map(Entry::id).orElse(0L);
        Entry entry = new Entry(entryId, CalendarEvents.SOURCE, String.valueOf(id), event.getType(), event.getTitle(),
                event.getDescription(), event.getStartsAt().atZone(ClockConfig.WARSAW),
                event.getEndsAt() == null ? null : event.getEndsAt().atZone(ClockConfig.WARSAW), event.getPlace(),
                event.getJstId(), event.getSphereCodes(), CalendarEvents.path(event));
        model.addAttribute("entry", entry);
        model.addAttribute("jstName", jsts.find(event.getJstId()).map(JstSummary::name).orElse(null));
        model.addAttribute("sphereLabels", spheres.labels(entry.sphereCodes(), LocaleContextHolder.getLocale()));
        model.addAttribute("event", event);
        model.addAttribute("canEdit", events.organiserJsts().stream().anyMatch(j -> j.id() == event.getJstId()));
        model.addAttribute("mayModerate", !event.isPublished() && events.mayModerate(event));
        return "calendar/entry";
    }

    @GetMapping("/calendar/events/propose")
    String proposeForm(Model model) {
        model.addAttribute("form", EventForm.empty());
        return proposePage(model);
    }

    /**
     * A representative proposes an event of their organisation; it waits for the liaison
     * officer or centre staff.
     */
    @PostMapping("/calendar/events/propose")
    String propose(@Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        FormInput.requireBound(result);
        EventDetails details = form.details(result);
        if (form.organizationId() == null) {
            result.rejectValue("organizationId", "calendar.organization.required");
        }
        return Outcomes.form(result, redirect, "calendar.event.proposed", () -> {
            long id = events.propose(form.organizationId(), details);
            return "/calendar/events/" + id;
        }, () -> proposePage(model));
    }

    private String proposePage(Model model) {
        var organizations = events.proposingOrganizations();
        if (organizations.isEmpty()) {
            throw new NotAllowed("not a representative of an organisation");
        }
        model.addAttribute("proposing", true);
        model.addAttribute("organizations", organizations);
        model.addAttribute("event", null);
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("types", ownTypes());
        return "calendar/form";
    }

    /** NGOs' proposals waiting for the current liaison officer or centre staff. */
    @GetMapping("/calendar/moderation")
    String moderation(Model model) {
        if (!events.moderates()) {
            throw new NotAllowed("not a moderator");
        }
        model.addAttribute("pending", events.moderationQueue());
        return "calendar/moderation";
    }

    @PostMapping("/calendar/events/{id:\\d+}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/calendar/moderation", "calendar.moderation.approved",
                () -> events.approve(id));
    }

    @PostMapping("/calendar/events/{id:\\d+}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return Outcomes.step(redirect, "/calendar/moderation", "calendar.moderation.rejected",
                () -> events.reject(id, reason), "reason", response, e -> {
                    model.addAttribute("rejectId", id);
                    model.addAttribute("rejectReason", reason);
                    model.addAttribute("rejectError", e);
                    return moderation(model);
                });
    }

    @GetMapping(value = "/calendar.ics")
    @ResponseBody
    ResponseEntity<String> feed(@RequestParam(required = false) Long jst, @RequestParam(required = false) String sphere,
            @RequestParam(required = false) String type) {
        CalendarEntries.Filter filter = filter(jst, sphere, type);
        Instant now = clock.instant();
        // a subscription feed: the last 3 months and everything ahead
        Instant from = now.atZone(ClockConfig.WARSAW).minusMonths(3).toInstant();
        Instant to = now.atZone(ClockConfig.WARSAW).plusYears(2).toInstant();
        String name = messages.getMessage("calendar.feed.name", null, POLISH)
                + (filter.jst() != null ? " — " + jsts.get(filter.jst()).name() : "")
                + (filter.sphere() != null ? " — " + spheres.label(filter.sphere(), POLISH) : "")
                + (filter.type() != null
                        ? " — " + messages.getMessage("calendar.type." + filter.type().name(), null, POLISH) : "");
        String ics = IcsCalendar.write(name,
                entries.between(from, to, filter, MONTH_LIMIT).stream().map(this::ics).toList(), now);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(IcsCalendar.MEDIA_TYPE)).body(ics);
    }

    @GetMapping(value = "/calendar/{id:\\d+}.ics")
    @ResponseBody
    ResponseEntity<String> single(@PathVariable long id) {
        Entry entry = entries.find(id).orElseThrow(() -> new NotFound("calendar entry " + id));
        String ics = IcsCalendar.write(entry.title(), List.of(ics(entry)), clock.instant());
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(IcsCalendar.MEDIA_TYPE))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                        .filename("wydarzenie-" + id + ".ics", StandardCharsets.UTF_8)
                        .build()
                        .toString())
            .body(ics);
    }

    private IcsEvent ics(Entry e) {
        return new IcsEvent(e.source() + "-" + e.sourceId() + "@wspolnie", e.title(), e.description(), e.start(),
                e.end(), e.place(), site.of(e.path()));
    }

    @GetMapping("/calendar/events/new")
    String newEvent(Model model) {
        model.addAttribute("form", EventForm.empty());
        return formPage(model, null);
    }

    @PostMapping("/calendar/events/new")
    String add(@Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        FormInput.requireBound(result);
        EventDetails details = form.details(result);
        if (form.jstId() == null) {
            result.rejectValue("jstId", "calendar.jst.required");
        }
        return Outcomes.form(result, redirect, "calendar.event.saved", () -> {
            long id = events.add(form.jstId(), details);
            return "/calendar/events/" + id;
        }, () -> formPage(model, null));
    }

    @GetMapping("/calendar/events/{id:\\d+}/edit")
    String editEvent(@PathVariable long id, Model model) {
        CalendarEvent event = events.forEdit(id);
        model.addAttribute("form", EventForm.of(event));
        return formPage(model, event);
    }

    @PostMapping("/calendar/events/{id:\\d+}/edit")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") EventForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        CalendarEvent event = events.forEdit(id);
        FormInput.requireBound(result);
        EventDetails details = form.details(result);
        return Outcomes.form(result, redirect, "calendar.event.saved",
                () -> events.change(id, form.version() == null ? -1 : form.version(), details),
                "/calendar/events/" + id, () -> formPage(model, event));
    }

    @PostMapping("/calendar/events/{id:\\d+}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        events.cancel(id);
        redirect.addFlashAttribute("notice", "calendar.event.cancelled");
        return "redirect:/calendar";
    }

    private String formPage(Model model, CalendarEvent event) {
        List<JstSummary> organiserJsts = events.organiserJsts();
        if (organiserJsts.isEmpty()) {
            throw new NotAllowed("not an organiser");
        }
        model.addAttribute("organiserJsts", organiserJsts);
        model.addAttribute("event", event);
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("types", ownTypes());
        return "calendar/form";
    }

    private static List<CalendarEntryType> ownTypes() {
        return Arrays.stream(CalendarEntryType.values())
            .filter(t -> t != CalendarEntryType.COMPETITION_DEADLINE && t != CalendarEntryType.SMALL_GRANT_REMARKS)
            .toList();
    }

    private CalendarEntries.Filter filter(Long jst, String sphere, String type) {
        CalendarEntryType t = null;
        if (type != null) {
            t = Arrays.stream(CalendarEntryType.values()).filter(v -> v.name().equals(type)).findFirst().orElse(null);
        }
        return new CalendarEntries.Filter(jst != null && jsts.exists(jst) ? jst : null,
                spheres.exists(sphere) ? sphere : null, t);
    }

}
