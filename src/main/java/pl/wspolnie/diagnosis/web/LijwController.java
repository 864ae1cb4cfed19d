package pl.wspolnie.diagnosis.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.diagnosis.domain.Aggregate;
import pl.wspolnie.diagnosis.domain.IndicatorKind;
import pl.wspolnie.diagnosis.domain.LijwDiagnoses;
import pl.wspolnie.diagnosis.domain.LijwDiagnosis;
import pl.wspolnie.diagnosis.domain.LijwFigures;
import pl.wspolnie.diagnosis.domain.LijwIndicator;
import pl.wspolnie.diagnosis.domain.LijwPages;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The yearly LIJW diagnosis: the list and opening a year, the indicator set while a
 * draft, freezing, the working group, each indicator's drill-down with its score,
 * declaration or survey question, the recommendations and publishing.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LijwController {

    private final LijwDiagnoses diagnoses;

    private final LijwPages pages;

    private final LijwFigures figures;

    private final Jsts jsts;

    private final Clock clock;

    private static String path(long id) {
        return "/diagnosis/lijw/" + id;
    }

    @GetMapping("/diagnosis/lijw")
    String list(Model model) {
        int year = LocalDate.now(clock.withZone(ZoneId.of("Europe/Warsaw"))).getYear();
        model.addAttribute("form", new LijwOpenForm(null, year));
        return listPage(model);
    }

    private String listPage(Model model) {
        List<LijwDiagnosis> mine = diagnoses.mine();
        Set<Long> coordinated = diagnoses.coordinatedJsts();
        if (mine.isEmpty() && coordinated.isEmpty()) {
            throw new NotAllowed("neither a coordinator nor in a working group");
        }
        model.addAttribute("diagnoses", mine);
        model.addAttribute("jstOptions", jsts.all().stream().filter(j -> coordinated.contains(j.id())).toList());
        model.addAttribute("jstNames", jsts.names());
        return "diagnosis/lijw-list";
    }

    @PostMapping("/diagnosis/lijw/open")
    String open(@ModelAttribute("form") LijwOpenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        FormInput.requireBound(result);
        if (form.jstId() == null) {
            result.rejectValue("jstId", "diagnosis.survey.jstNeeded");
        }
        return Outcomes.form(result, redirect, "diagnosis.lijw.opened",
                () -> path(diagnoses.open(form.jstId(), form.year())), () -> listPage(model));
    }

    @GetMapping("/diagnosis/lijw/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        LijwDiagnosis d = diagnoses.editable(id);
        model.addAttribute("recommendations",
                new RecommendationsForm(d.recommendations(1), d.recommendations(2), d.recommendations(3)));
        return diagnosisPage(d, model);
    }

    private String diagnosisPage(LijwDiagnosis d, Model model) {
        model.addAttribute("report", pages.report(d));
        model.addAttribute("members", diagnoses.members(d.getId()));
        model.addAttribute("coordinator", diagnoses.coordinates(d));
        return "diagnosis/lijw";
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/freeze")
    String freeze(@PathVariable long id, RedirectAttributes redirect) {
        diagnoses.coordinated(id);
        return Outcomes.step(redirect, path(id), "diagnosis.lijw.frozen", () -> diagnoses.freeze(id));
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        diagnoses.coordinated(id);
        return Outcomes.step(redirect, path(id), "diagnosis.lijw.publishedNotice", () -> diagnoses.publish(id));
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/members")
    String addMember(@PathVariable long id, @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        diagnoses.coordinated(id);
        return Outcomes.step(redirect, path(id), "diagnosis.lijw.memberAdded", () -> diagnoses.addMember(id, email));
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/members/{userId:\\d+}/remove")
    String removeMember(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        diagnoses.coordinated(id);
        return Outcomes.step(redirect, path(id), "diagnosis.lijw.memberRemoved",
                () -> diagnoses.removeMember(id, userId));
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/recommendations")
    String recommend(@PathVariable long id, @Valid @ModelAttribute("recommendations") RecommendationsForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        LijwDiagnosis d = diagnoses.editable(id);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "diagnosis.lijw.recommended",
                () -> diagnoses.recommend(id, form.plane1(), form.plane2(), form.plane3()), path(id),
                () -> diagnosisPage(d, model));
    }

    @GetMapping("/diagnosis/lijw/{id:\\d+}/indicators/new")
    String newIndicator(@PathVariable long id, Model model) {
        model.addAttribute("form", IndicatorForm.empty());
        return indicatorForm(diagnoses.coordinated(id), null, model);
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/indicators/new")
    String addIndicator(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        LijwDiagnosis d = diagnoses.coordinated(id);
        FormInput.requireBound(result);
        var details = form.details(result);
        return Outcomes.form(result, model, redirect, response, "diagnosis.lijw.indicatorSaved",
                () -> diagnoses.addIndicator(id, details), path(id), () -> indicatorForm(d, null, model));
    }

    @GetMapping("/diagnosis/lijw/{id:\\d+}/indicators/{i:\\d+}/edit")
    String editIndicatorForm(@PathVariable long id, @PathVariable long i, Model model) {
        LijwDiagnosis d = diagnoses.coordinated(id);
        LijwIndicator indicator = diagnoses.indicator(id, i);
        model.addAttribute("form", IndicatorForm.of(indicator));
        return indicatorForm(d, indicator, model);
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/indicators/{i:\\d+}/edit")
    String editIndicator(@PathVariable long id, @PathVariable long i, @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        LijwDiagnosis d = diagnoses.coordinated(id);
        LijwIndicator indicator = diagnoses.indicator(id, i);
        FormInput.requireBound(result);
        var details = form.details(result);
        return Outcomes.form(result, model, redirect, response, "diagnosis.lijw.indicatorSaved",
                () -> diagnoses.editIndicator(id, i, details), path(id), () -> indicatorForm(d, indicator, model));
    }

    private String indicatorForm(LijwDiagnosis d, LijwIndicator indicator, Model model) {
        model.addAttribute("diagnosis", d);
        model.addAttribute("indicator", indicator);
        model.addAttribute("ownKinds", List.of(IndicatorKind.DECLARED, IndicatorKind.SURVEY, IndicatorKind.COMPUTED));
        model.addAttribute("measures", figures.measures());
        model.addAttribute("aggregates", List.of(Aggregate.COUNT, Aggregate.SHARE, Aggregate.SHARE_OF_SUM,
                Aggregate.SHARE_OF_BASE, Aggregate.MEDIAN, Aggregate.MEAN));
        return "diagnosis/lijw-indicator-form";
    }

    /** An indicator's figure and the records behind it; its group scores it here. */
    @GetMapping("/diagnosis/lijw/{id:\\d+}/indicators/{i:\\d+}")
    String indicator(@PathVariable long id, @PathVariable long i, Model model) {
        LijwDiagnosis d = diagnoses.readable(id);
        LijwIndicator indicator = diagnoses.indicator(id, i);
        model.addAttribute("score", new ScoreForm(indicator.getAgreedScore(), indicator.getJustification()));
        model.addAttribute("declaration",
                new DeclarationForm(Boolean.TRUE.equals(indicator.getDeclared()), indicator.getEvidenceUrl()));
        return indicatorPage(d, indicator, model);
    }

    private String indicatorPage(LijwDiagnosis d, LijwIndicator indicator, Model model) {
        model.addAttribute("diagnosis", d);
        model.addAttribute("indicator", indicator);
        model.addAttribute("figure", indicator.isEnabled() ? figures.of(d, indicator) : null);
        boolean editor = diagnoses.mayEdit(d);
        model.addAttribute("editor", editor);
        model.addAttribute("questions", editor && indicator.getKind() == IndicatorKind.SURVEY
                ? diagnoses.scaleQuestions(d.getJstId()) : List.of());
        model.addAttribute("jstName", jsts.get(d.getJstId()).name());
        return "diagnosis/lijw-indicator";
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/indicators/{i:\\d+}/score")
    String score(@PathVariable long id, @PathVariable long i, @Valid @ModelAttribute("score") ScoreForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        LijwDiagnosis d = diagnoses.editable(id);
        LijwIndicator indicator = diagnoses.indicator(id, i);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "diagnosis.lijw.scored",
                () -> diagnoses.score(id, i, form.score(), form.justification()), path(id) + "/indicators/" + i, () -> {
                    model.addAttribute("declaration", new DeclarationForm(Boolean.TRUE.equals(indicator.getDeclared()),
                            indicator.getEvidenceUrl()));
                    return indicatorPage(d, indicator, model);
                });
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/indicators/{i:\\d+}/declaration")
    String declare(@PathVariable long id, @PathVariable long i,
            @Valid @ModelAttribute("declaration") DeclarationForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        LijwDiagnosis d = diagnoses.editable(id);
        LijwIndicator indicator = diagnoses.indicator(id, i);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "diagnosis.lijw.declared",
                () -> diagnoses.declare(id, i, Boolean.TRUE.equals(form.declared()), form.evidenceUrl()),
                path(id) + "/indicators/" + i, () -> {
                    model.addAttribute("score",
                            new ScoreForm(indicator.getAgreedScore(), indicator.getJustification()));
                    return indicatorPage(d, indicator, model);
                });
    }

    @PostMapping("/diagnosis/lijw/{id:\\d+}/indicators/{i:\\d+}/question")
    String chooseQuestion(@PathVariable long id, @PathVariable long i, @RequestParam(required = false) Long questionId,
            RedirectAttributes redirect) {
        diagnoses.editable(id);
        return Outcomes.step(redirect, path(id) + "/indicators/" + i, "diagnosis.lijw.questionChosen",
                () -> diagnoses.chooseQuestion(id, i, questionId));
    }

}
