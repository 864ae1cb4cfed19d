package pl.wspolnie.initiatives.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.initiatives.domain.InitiativeSettings;
import pl.wspolnie.initiatives.domain.Intake;
import pl.wspolnie.initiatives.domain.Resolutions;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.web.Outcomes;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The official's settings of the JST's council resolution on local initiatives and the
 * dated hourly rate of social work.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SettingsController {

    /** A dated rate as typed. */
    record RateForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom, String rate, String source) {
    }

    private final Resolutions resolutions;

    private final Jsts jsts;

    private final MessageSource messages;

    @GetMapping("/initiatives/settings/{jstId:\\d+}")
    String form(@PathVariable long jstId, Model model, Locale locale) {
        InitiativeSettings settings = resolutions.forEdit(jstId).orElse(null);
        model.addAttribute("form", settingsForm(settings, locale));
        return page(jstId, model);
    }

    @PostMapping("/initiatives/settings/{jstId:\\d+}")
    String save(@PathVariable long jstId, @Valid @ModelAttribute("form") SettingsForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        resolutions.forEdit(jstId);
        return Outcomes.form(result, redirect, "initiatives.settings.saved",
                () -> resolutions.save(jstId, form.details()), "/initiatives/settings/" + jstId, () -> {
                    form.padRows();
                    return page(jstId, model);
                });
    }

    @PostMapping("/initiatives/settings/{jstId:\\d+}/rates")
    String addRate(@PathVariable long jstId, @ModelAttribute("rateForm") RateForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Locale locale) {
        InitiativeSettings settings = resolutions.forEdit(jstId).orElse(null);
        return Outcomes.form(result, redirect, "initiatives.rate.added",
                () -> resolutions.addRate(jstId,
                        new Resolutions.RateInput(form.validFrom(), form.rate(), form.source())),
                "/initiatives/settings/" + jstId, () -> {
                    model.addAttribute("form", settingsForm(settings, locale));
                    return page(jstId, model);
                });
    }

    private SettingsForm settingsForm(InitiativeSettings settings, Locale locale) {
        return SettingsForm.of(settings, messages.getMessage("initiatives.criterion.contribution", null, locale),
                messages.getMessage("initiatives.criterion.purpose", null, locale),
                messages.getMessage("initiatives.criterion.feasibility", null, locale));
    }

    private String page(long jstId, Model model) {
        model.addAttribute("jst", jsts.get(jstId));
        model.addAttribute("intakes", Intake.values());
        model.addAttribute("rates", resolutions.rates(jstId));
        if (!model.containsAttribute("rateForm")) {
            model.addAttribute("rateForm", new RateForm(null, "", ""));
        }
        return "initiatives/settings";
    }

}
