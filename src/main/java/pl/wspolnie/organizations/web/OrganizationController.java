package pl.wspolnie.organizations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.organizations.domain.LogoImage;
import pl.wspolnie.organizations.domain.Organization;
import pl.wspolnie.organizations.domain.OrganizationLogo;
import pl.wspolnie.organizations.domain.OrganizationProfiles;
import pl.wspolnie.organizations.domain.SphereCatalogue;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.UploadLimit;
import pl.wspolnie.shared.web.PublicPageCache;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.web.FormInput;

import java.time.Duration;
import java.util.List;
import org.springframework.util.unit.DataSize;

/**
 * An organisation's profile page, its registration and edit forms, its logo and its
 * verification.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganizationController {

    private final OrganizationProfiles profiles;

    private final SphereCatalogue spheres;

    private final Jsts jsts;

    private final Permissions permissions;

    @GetMapping("/organizations/new")
    String registrationForm(Model model) {
        permissions.requireUser();
        model.addAttribute("form", OrganizationForm.empty());
        return formPage(model, null);
    }

    @PostMapping("/organizations/new")
    String register(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
            @RequestParam(name = "logo", required = false) MultipartFile logo, Model model,
            RedirectAttributes redirect) {
        permissions.requireUser();
        FormInput.requireBound(result);
        if (form.boardMember() == null) {
            result.rejectValue("boardMember", "organizations.boardMember.required");
        }
        LogoImage image = logo == null || logo.isEmpty() ? null
                : FormInput.checked(() -> LogoImage.from(logo.getSize(), logo::getBytes), result, model, "logoError");
        return Outcomes.form(result, redirect, "organizations.register.done", () -> {
            long id = profiles.register(form.details(), form.boardMember(), image);
            return "/organizations/" + id;
        }, () -> formPage(model, null));
    }

    @GetMapping("/organizations/{id:\\d+}")
    String profile(@PathVariable long id, Model model) {
        OrganizationProfiles.Profile profile = profiles.profile(id);
        model.addAttribute("profile", profile);
        model.addAttribute("org", profile.organization());
        String description = profile.organization().getDescription();
        model.addAttribute("descriptionLines",
                description == null ? List.of() : description.lines().filter(l -> !l.isBlank()).toList());
        return "organizations/profile";
    }

    @GetMapping("/organizations/{id:\\d+}/logo")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        OrganizationLogo logo = profiles.logo(id).orElseThrow(() -> new NotFound("logo of " + id));
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(logo.getContentType()))
            .header("X-Content-Type-Options", "nosniff")
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"logo\"")
            .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
            .body(logo.getData());
    }

    @GetMapping("/organizations/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        OrganizationProfiles.Editable editable = profiles.getForEdit(id);
        Organization organization = editable.organization();
        model.addAttribute("form", OrganizationForm.of(editable.details(), organization.getVersion()));
        return formPage(model, organization);
    }

    @PostMapping("/organizations/{id:\\d+}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Organization organization = profiles.getForEdit(id).organization();
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "organizations.edit.saved",
                () -> profiles.update(id, form.version() == null ? -1 : form.version(), form.details()),
                "/organizations/" + id, () -> formPage(model, organization));
    }

    @PostMapping("/organizations/{id:\\d+}/logo")
    String changeLogo(@PathVariable long id, @RequestParam(name = "logo", required = false) MultipartFile logo,
            Model model, RedirectAttributes redirect) {
        OrganizationProfiles.Editable editable = profiles.getForEdit(id);
        Organization organization = editable.organization();
        return Outcomes.orPage(() -> {
            profiles.changeLogo(id, LogoImage.from(logo == null ? 0 : logo.getSize(), () -> logo.getBytes()));
            return Outcomes.redirect(redirect, "organizations.logo.saved", "/organizations/" + id);
        }, e -> {
            model.addAttribute("logoError", e);
            model.addAttribute("form", OrganizationForm.of(editable.details(), organization.getVersion()));
            return formPage(model, organization);
        });
    }

    @PostMapping("/organizations/{id:\\d+}/logo/delete")
    String removeLogo(@PathVariable long id, RedirectAttributes redirect) {
        profiles.removeLogo(id);
        redirect.addFlashAttribute("notice", "organizations.logo.removed");
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/organizations/{id:\\d+}/verify")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        profiles.verify(id);
        redirect.addFlashAttribute("notice", "organizations.verify.done");
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/organizations/{id:\\d+}/unverify")
    String unverify(@PathVariable long id, RedirectAttributes redirect) {
        profiles.unverify(id);
        redirect.addFlashAttribute("notice", "organizations.unverify.done");
        return "redirect:/organizations/" + id;
    }

    private String formPage(Model model, Organization organization) {
        model.addAttribute("organization", organization);
        model.addAttribute("gminas", jsts.gminas());
        model.addAttribute("sphereGroups", spheres.groups());
        model.addAttribute("legalForms", LegalForm.values());
        return organization == null ? "organizations/new" : "organizations/edit";
    }

    /**
     * Anonymous visitors get the directory's result pages from the page micro-cache, kept
     * with the directory's data.
     */
    @Bean
    static PublicPageCache.PublicPage directoryPublicPage() {
        return new PublicPageCache.PublicPage("/organizations", CacheConfiguration.DIRECTORY);
    }

    @Bean
    static PublicPaths organizationPublicPaths() {
        return PublicPaths.get("/organizations", "/organizations/{id:\\d+}", "/organizations/{id:\\d+}/logo",
                "/organizations/export.{format}", "/api/**");
    }

    /**
     * Logos up to 2 MB; a 12 MB photo still reaches the form and gets a field error,
     * above 15 MB the 413 page.
     */
    @Bean
    static UploadLimit logoUploads() {
        return UploadLimit.of(DataSize.ofMegabytes(15), "/organizations/new", "/organizations/{id}/logo");
    }

}
