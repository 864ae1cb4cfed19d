package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.centre.domain.Centre;
import pl.wspolnie.centre.domain.CentreAccess;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.CentreCatalogue.CentreDetails;
import pl.wspolnie.centre.domain.CentreCatalogue.ResourceDetails;
import pl.wspolnie.centre.domain.ResourceKind;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.PublicPageCache;
import pl.wspolnie.shared.cache.CacheConfiguration;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The public catalogue of centres and their services, and the staff's forms that keep it.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CentreController {

    record ServiceForm(@NotBlank @Size(max = 300, message = "{centre.field.tooLong}") String name,
            @NotBlank @Size(max = 4000, message = "{centre.field.tooLong}") String description,
            @NotBlank @Size(max = 1000, message = "{centre.field.tooLong}") String eligibility) {
    }

    record ResourceForm(@NotNull ResourceKind kind,
            @NotBlank @Size(max = 200, message = "{centre.field.tooLong}") String name,
            @Size(max = 2000, message = "{centre.field.tooLong}") String description,
            @Min(1) @Max(10000) Integer capacity,
            @Size(max = 1000, message = "{centre.field.tooLong}") String equipment,
            @NotBlank @Pattern(regexp = "[01]{7}", message = "{centre.resource.openDays.invalid}") String openDays,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime opens,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime closes,
            @NotNull @Min(15) @Max(1440) Integer maxMinutes, @NotNull @Min(1) @Max(730) Integer maxDaysAhead,
            Boolean requiresConfirmation, Boolean openOnHolidays) {
    }

    private final CentreCatalogue catalogue;

    private final CentreAccess access;

    private final Permissions permissions;

    private final Jsts jsts;

    @GetMapping("/centre")
    String list(Model model) {
        List<Centre> centres = catalogue.all();
        model.addAttribute("centres", centres);
        model.addAttribute("mayCreate",
                permissions.currentUser().isPresent() && !catalogue.jstsForNewCentre().isEmpty());
        return "centre/list";
    }

    @GetMapping("/centre/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Centre centre = catalogue.get(id);
        model.addAttribute("centre", centre);
        model.addAttribute("services", catalogue.services(id));
        model.addAttribute("resources", catalogue.resources(id));
        model.addAttribute("jstNames", jstNames(centre.staffJsts()));
        model.addAttribute("owner", jsts.get(centre.getJstId()));
        model.addAttribute("staff", access.isStaff(centre));
        model.addAttribute("serviceForm", new ServiceForm("", "", ""));
        return "centre/show";
    }

    @GetMapping("/centre/new")
    String newForm(Model model) {
        permissions.requireUser();
        if (catalogue.jstsForNewCentre().isEmpty()) {
            throw new NotAllowed("not centre staff");
        }
        model.addAttribute("form", new CentreForm());
        return form(model, null);
    }

    @PostMapping("/centre/new")
    String create(@Valid @ModelAttribute("form") CentreForm form, BindingResult result, Model model) {
        permissions.requireUser();
        CentreDetails details = result.hasErrors() ? null : form.details(result);
        if (details == null) {
            return form(model, null);
        }
        return "redirect:/centre/" + catalogue.create(details);
    }

    @GetMapping("/centre/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Centre centre = catalogue.get(id);
        access.requireStaff(centre);
        model.addAttribute("form", CentreForm.of(centre));
        return form(model, centre);
    }

    @PostMapping("/centre/{id:\\d+}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CentreForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Centre centre = catalogue.get(id);
        access.requireStaff(centre);
        form.setJstId(centre.getJstId());
        CentreDetails details = result.hasErrors() ? null : form.details(result);
        if (details == null) {
            return form(model, centre);
        }
        catalogue.update(id, details);
        redirect.addFlashAttribute("notice", "centre.saved");
        return "redirect:/centre/" + id;
    }

    private String form(Model model, Centre centre) {
        model.addAttribute("centre", centre);
        model.addAttribute("ownerJsts",
                catalogue.jstsForNewCentre().stream().map(jsts::find).flatMap(Optional::stream).toList());
        model.addAttribute("allJsts", jsts.members());
        model.addAttribute("weekdays", List.of(0, 1, 2, 3, 4, 5, 6));
        return "centre/form";
    }

    @PostMapping("/centre/{id:\\d+}/services")
    String addService(@PathVariable long id, @Valid @ModelAttribute("serviceForm") ServiceForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Centre centre = catalogue.get(id);
        access.requireStaff(centre);
        if (result.hasErrors()) {
            model.addAttribute("centre", centre);
            model.addAttribute("services", catalogue.services(id));
            model.addAttribute("resources", catalogue.resources(id));
            model.addAttribute("jstNames", jstNames(centre.staffJsts()));
            model.addAttribute("owner", jsts.get(centre.getJstId()));
            model.addAttribute("staff", true);
            return "centre/show";
        }
        catalogue.addService(id, form.name().strip(), form.description().strip(), form.eligibility().strip());
        redirect.addFlashAttribute("notice", "centre.service.added");
        return "redirect:/centre/" + id;
    }

    @PostMapping("/centre/{id:\\d+}/services/{serviceId:\\d+}/delete")
    String removeService(@PathVariable long id, @PathVariable long serviceId, RedirectAttributes redirect) {
        catalogue.removeService(id, serviceId);
        redirect.addFlashAttribute("notice", "centre.service.removed");
        return "redirect:/centre/" + id;
    }

    @GetMapping("/centre/{id:\\d+}/resources/new")
    String newResource(@PathVariable long id, Model model) {
        Centre centre = catalogue.get(id);
        access.requireStaff(centre);
        model.addAttribute("form", new ResourceForm(ResourceKind.ROOM, "", "", null, "", "1111100", LocalTime.of(8, 0),
                LocalTime.of(16, 0), 240, 60, Boolean.TRUE, Boolean.FALSE));
        return resourceForm(model, centre);
    }

    @PostMapping("/centre/{id:\\d+}/resources/new")
    String addResource(@PathVariable long id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
            Model model) {
        Centre centre = catalogue.get(id);
        access.requireStaff(centre);
        return Outcomes.form(result,
                () -> "redirect:/centre/resources/" + catalogue.addResource(id,
                        new ResourceDetails(form.kind(), form.name().strip(), form.description(), form.capacity(),
                                form.equipment(), form.openDays(), form.opens(), form.closes(), form.maxMinutes(),
                                form.maxDaysAhead(), Boolean.TRUE.equals(form.requiresConfirmation()),
                                Boolean.TRUE.equals(form.openOnHolidays()))),
                () -> resourceForm(model, centre));
    }

    private String resourceForm(Model model, Centre centre) {
        model.addAttribute("centre", centre);
        model.addAttribute("kinds", ResourceKind.values());
        return "centre/resource-form";
    }

    private List<String> jstNames(Set<Long> ids) {
        return ids.stream().map(jsts::find).flatMap(Optional::stream).map(JstSummary::name).sorted().toList();
    }

    /**
     * Anonymous visitors get the week view of a room or equipment item (one page per
     * {@code ?week=}) and the trainings list from the page micro-cache, kept in the
     * {@code centre} cache that every change of the centre's data clears.
     */
    @Bean
    static PublicPageCache.PublicPage centreWeekViewPublicPage() {
        return new PublicPageCache.PublicPage("/centre/resources/{id:\\d+}", CacheConfiguration.CENTRE);
    }

    @Bean
    static PublicPageCache.PublicPage centreTrainingsPublicPage() {
        return new PublicPageCache.PublicPage("/centre/trainings", CacheConfiguration.CENTRE);
    }

    @Bean
    static PublicPaths centrePublicPaths() {
        return PublicPaths.get("/centre", "/centre/{id:\\d+}", "/centre/resources/{id:\\d+}", "/centre/trainings",
                "/centre/trainings/{id:\\d+}");
    }

}
