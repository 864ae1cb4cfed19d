package pl.wspolnie.initiatives.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.initiatives.domain.Area;
import pl.wspolnie.initiatives.domain.Initiative;
import pl.wspolnie.initiatives.domain.InitiativeAccess;
import pl.wspolnie.initiatives.domain.InitiativeSettings;
import pl.wspolnie.initiatives.domain.Initiatives;
import pl.wspolnie.initiatives.domain.InitiativeReports;
import pl.wspolnie.initiatives.domain.RequestKind;
import pl.wspolnie.initiatives.domain.Resolutions;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.List;

/**
 * Applications for local initiatives: the JSTs' public lists, the application form of a
 * group of residents or an NGO, its page with the co-applicants and the submitted
 * versions, inviting and accepting co-applicants, submission.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InitiativeController {

    private final Initiatives initiatives;

    private final Resolutions resolutions;

    private final InitiativeAccess access;

    private final Jsts jsts;

    private final InitiativeReports reports;

    @Bean
    static PublicPaths initiativePublicPaths() {
        return PublicPaths.get("/initiatives", "/initiatives/jst/{id:\\d+}", "/initiatives/{id:\\d+}");
    }

    @GetMapping("/initiatives")
    String index(Model model) {
        model.addAttribute("jsts", jsts.all());
        model.addAttribute("mine", access.currentUser().isPresent() ? initiatives.mine() : List.of());
        return "initiatives/index";
    }

    @GetMapping("/initiatives/jst/{jstId:\\d+}")
    String list(@PathVariable long jstId, Model model) {
        model.addAttribute("jst", jsts.get(jstId));
        model.addAttribute("settings", resolutions.of(jstId).orElse(null));
        model.addAttribute("rows", initiatives.list(jstId));
        model.addAttribute("official", access.isOfficial(jstId));
        return "initiatives/list";
    }

    @GetMapping("/initiatives/jst/{jstId:\\d+}/new")
    String newForm(@PathVariable long jstId, Model model) {
        access.requireUser();
        InitiativeForm form = new InitiativeForm();
        form.padRows();
        model.addAttribute("form", form);
        return form(jstId, null, model);
    }

    @PostMapping("/initiatives/jst/{jstId:\\d+}/new")
    String create(@PathVariable long jstId, @ModelAttribute("form") InitiativeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "initiatives.application.saved",
                () -> "/initiatives/" + initiatives.create(jstId, form.getOrganizationId(), form.details()), () -> {
                    form.padRows();
                    return form(jstId, null, model);
                });
    }

    @GetMapping("/initiatives/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Initiative initiative = initiatives.forEdit(id);
        model.addAttribute("form", InitiativeForm.of(initiative.details()));
        return form(initiative.getJstId(), initiative, model);
    }

    @PostMapping("/initiatives/{id:\\d+}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") InitiativeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Initiative initiative = initiatives.forEdit(id);
        String notice = initiative.isDraft() ? "initiatives.application.saved" : "initiatives.application.newVersion";
        return Outcomes.form(result, redirect, notice, () -> initiatives.update(id, form.details()),
                "/initiatives/" + id, () -> {
                    form.padRows();
                    return form(initiative.getJstId(), initiative, model);
                });
    }

    private String form(long jstId, Initiative initiative, Model model) {
        InitiativeSettings settings = initiatives.settingsOf(jstId);
        model.addAttribute("jst", jsts.get(jstId));
        model.addAttribute("settings", settings);
        model.addAttribute("initiative", initiative);
        model.addAttribute("areas", Area.values());
        model.addAttribute("kinds", RequestKind.values());
        model.addAttribute("rate", resolutions.rateToday(jstId).orElse(null));
        if (initiative == null) {
            model.addAttribute("organizations", initiatives.organizationsOfCurrentUser());
        }
        return "initiatives/form";
    }

    @GetMapping("/initiatives/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Initiatives.View view = initiatives.view(id);
        model.addAttribute("view", view);
        model.addAttribute("photos", view.initiative().isAgreed() ? reports.photos(id) : List.of());
        return "initiatives/show";
    }

    /**
     * Submission: a refusal (an incomplete application, a group too small, intake closed)
     * shows the application's form with the reasons at their fields.
     */
    @PostMapping("/initiatives/{id:\\d+}/submit")
    String submit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Initiative initiative = initiatives.forEdit(id);
        InitiativeForm form = InitiativeForm.of(initiative.details());
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return Outcomes.form(result, redirect, "initiatives.application.submitted", () -> initiatives.submit(id),
                "/initiatives/" + id, () -> form(initiative.getJstId(), initiative, model));
    }

    @PostMapping("/initiatives/{id:\\d+}/members")
    String invite(@PathVariable long id, @RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/initiatives/" + id, "initiatives.members.invited",
                () -> initiatives.invite(id, email));
    }

    @PostMapping("/initiatives/{id:\\d+}/members/{userId:\\d+}/remove")
    String remove(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/initiatives/" + id, "initiatives.members.removed",
                () -> initiatives.removeMember(id, userId));
    }

    @PostMapping("/initiatives/{id:\\d+}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/initiatives/" + id, "initiatives.members.accepted",
                () -> initiatives.accept(id));
    }

}
