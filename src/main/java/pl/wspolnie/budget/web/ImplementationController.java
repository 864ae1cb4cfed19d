package pl.wspolnie.budget.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.shared.files.DescribedPhoto;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.budget.domain.Amounts;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.implementation.ImplementationDetails;
import pl.wspolnie.budget.domain.implementation.ImplementationStatus;
import pl.wspolnie.budget.domain.implementation.Implementations;
import pl.wspolnie.budget.domain.implementation.Milestone;
import pl.wspolnie.budget.domain.implementation.MilestoneDetails;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.UploadLimit;
import pl.wspolnie.shared.web.Uploads;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Implementation of the chosen projects: the public list of an edition's projects in
 * implementation, the coordinators' forms (state, milestones, photos), the public photos,
 * and following a project.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImplementationController {

    /** The coordinator's entry of a project's implementation. */
    record ImplementationForm(@NotNull ImplementationStatus status,
            @NotNull @Min(value = 0, message = "{budget.implementation.progressRange}") @Max(value = 100,
                    message = "{budget.implementation.progressRange}") Integer progress,
            String actualCost, String responsibleUnit, String reason) {

        static ImplementationForm of(Implementations.View v) {
            return new ImplementationForm(v.status(), v.progress(), Amounts.plain(v.actualCost()), v.responsibleUnit(),
                    v.reason());
        }

        ImplementationDetails details() {
            BigDecimal cost = actualCost == null || actualCost.isBlank() ? null
                    : Amounts.parse(actualCost, "actualCost");
            return new ImplementationDetails(status, progress, cost, responsibleUnit, reason);
        }

    }

    /** A milestone as the form sends it. */
    record MilestoneForm(String title, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn, String description) {

        static MilestoneForm of(Milestone m) {
            return new MilestoneForm(m.getTitle(), m.getPlannedOn(), m.getDoneOn(), m.getDescription());
        }

        MilestoneDetails details() {
            return new MilestoneDetails(title, plannedOn, doneOn, description);
        }

    }

    /** A photo of a milestone with its description. */
    record PhotoForm(MultipartFile photo, String altText) {
    }

    private final Implementations implementations;

    private final Editions editions;

    @Bean
    static PublicPaths budgetImplementationPublicPaths() {
        return PublicPaths.get("/budget/{id:\\d+}/implementation", "/budget/photos/{id:\\d+}");
    }

    /** Photos up to 10 MB; up to 15 MB the form answers with a field error. */
    @Bean
    static UploadLimit budgetMilestonePhotoUploads() {
        return UploadLimit.of(DataSize.ofMegabytes(15), "/budget/milestones/{id}/photos");
    }

    @GetMapping("/budget/{id:\\d+}/implementation")
    String list(@PathVariable long id, @RequestParam(required = false) String status, Model model) {
        ImplementationStatus filter = Arrays.stream(ImplementationStatus.values())
            .filter(s -> s.name().equals(status))
            .findFirst()
            .orElse(null);
        model.addAttribute("rows", implementations.list(id, filter));
        model.addAttribute("edition", editions.get(id));
        model.addAttribute("statuses", ImplementationStatus.values());
        model.addAttribute("status", filter);
        return "budget/implementation";
    }

    @GetMapping("/budget/projects/{id:\\d+}/implementation/edit")
    String editForm(@PathVariable long id, Model model) {
        Implementations.View view = implementations.forEdit(id);
        model.addAttribute("form", ImplementationForm.of(view));
        return form(view, model);
    }

    @PostMapping("/budget/projects/{id:\\d+}/implementation/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ImplementationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Implementations.View view = implementations.forEdit(id);
        return Outcomes.form(result, redirect, "budget.implementation.saved",
                () -> implementations.update(id, form.details()), "/budget/projects/" + id + "#implementation",
                () -> form(view, model));
    }

    private String form(Implementations.View view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("statuses", ImplementationStatus.values());
        return "budget/implementation-form";
    }

    @GetMapping("/budget/projects/{id:\\d+}/milestones/new")
    String newMilestone(@PathVariable long id, Model model) {
        model.addAttribute("form", new MilestoneForm("", null, null, ""));
        return milestoneForm(implementations.forEdit(id), null, model);
    }

    @PostMapping("/budget/projects/{id:\\d+}/milestones/new")
    String addMilestone(@PathVariable long id, @Valid @ModelAttribute("form") MilestoneForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Implementations.View view = implementations.forEdit(id);
        return Outcomes.form(result, redirect, "budget.milestone.added",
                () -> "/budget/milestones/" + implementations.addMilestone(id, form.details()) + "/edit",
                () -> milestoneForm(view, null, model));
    }

    @GetMapping("/budget/milestones/{id:\\d+}/edit")
    String editMilestone(@PathVariable long id, Model model) {
        Milestone milestone = implementations.milestoneForEdit(id);
        model.addAttribute("form", MilestoneForm.of(milestone));
        return milestoneForm(implementations.forEdit(milestone.getProjectId()), milestone, model);
    }

    @PostMapping("/budget/milestones/{id:\\d+}/edit")
    String updateMilestone(@PathVariable long id, @Valid @ModelAttribute("form") MilestoneForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Milestone milestone = implementations.milestoneForEdit(id);
        return Outcomes.form(result, redirect, "budget.milestone.saved", () -> {
            implementations.updateMilestone(id, form.details());
            return "/budget/projects/" + milestone.getProjectId() + "#implementation";
        }, () -> milestoneForm(implementations.forEdit(milestone.getProjectId()), milestone, model));
    }

    @PostMapping("/budget/milestones/{id:\\d+}/photos")
    String addPhoto(@PathVariable long id, @ModelAttribute("photoForm") PhotoForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Milestone milestone = implementations.milestoneForEdit(id);
        return Outcomes.form(
                result, redirect, "budget.milestone.photoAdded", () -> implementations.addPhoto(id,
                        Uploads.read(form.photo(), DescribedPhoto.MAX_BYTES), form.altText()),
                "/budget/milestones/" + id + "/edit", () -> {
                    model.addAttribute("form", MilestoneForm.of(milestone));
                    return milestoneForm(implementations.forEdit(milestone.getProjectId()), milestone, model);
                });
    }

    @PostMapping("/budget/photos/{id:\\d+}/delete")
    String removePhoto(@PathVariable long id, RedirectAttributes redirect) {
        long milestone = implementations.removePhoto(id);
        redirect.addFlashAttribute("notice", "budget.milestone.photoRemoved");
        return "redirect:/budget/milestones/" + milestone + "/edit";
    }

    private String milestoneForm(Implementations.View view, Milestone milestone, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("milestone", milestone);
        if (milestone != null) {
            model.addAttribute("photos", implementations.photos(milestone.getId()));
            model.addAttribute("maxPhotos", Implementations.MAX_PHOTOS);
            if (!model.containsAttribute("photoForm")) {
                model.addAttribute("photoForm", new PhotoForm(null, ""));
            }
        }
        return "budget/milestone-form";
    }

    /** A milestone's photo: public, with the type checked on upload. */
    @GetMapping("/budget/photos/{id:\\d+}")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return FileDownloads.publicPhoto(implementations.photo(id).getFile());
    }

    @PostMapping("/budget/projects/{id:\\d+}/follow")
    String follow(@PathVariable long id, RedirectAttributes redirect) {
        implementations.follow(id);
        return Outcomes.redirect(redirect, "budget.follow.started", "/budget/projects/" + id + "#implementation");
    }

    @PostMapping("/budget/projects/{id:\\d+}/unfollow")
    String unfollow(@PathVariable long id, RedirectAttributes redirect) {
        implementations.unfollow(id);
        redirect.addFlashAttribute("notice", "budget.follow.stopped");
        return "redirect:/budget/projects/" + id + "#implementation";
    }

}
