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
import pl.wspolnie.diagnosis.domain.Audience;
import pl.wspolnie.diagnosis.domain.QuestionKind;
import pl.wspolnie.diagnosis.domain.Survey;
import pl.wspolnie.diagnosis.domain.Surveys;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

import java.util.List;
import java.util.Set;

/**
 * The survey builder of a JST's officials and centre staff: the list with the templates
 * to copy, a survey's fields, its questions, publishing.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyBuilderController {

    private final Surveys surveys;

    private final Jsts jsts;

    private final Permissions permissions;

    private List<JstSummary> editedJsts() {
        permissions.requireUser();
        Set<Long> ids = surveys.editedJsts();
        if (ids.isEmpty()) {
            throw new NotAllowed("not an editor of surveys");
        }
        return jsts.all().stream().filter(j -> ids.contains(j.id())).toList();
    }

    @GetMapping("/diagnosis/surveys")
    String list(Model model) {
        model.addAttribute("jstOptions", editedJsts());
        model.addAttribute("surveys", surveys.ofEditedJsts());
        model.addAttribute("templates", surveys.templates());
        return "diagnosis/list";
    }

    @PostMapping("/diagnosis/templates/{code}/copy")
    String copy(@PathVariable String code, @RequestParam long jstId, RedirectAttributes redirect) {
        long id = surveys.copyTemplate(code, jstId);
        redirect.addFlashAttribute("notice", "diagnosis.template.copied");
        return "redirect:/diagnosis/surveys/" + id;
    }

    @GetMapping("/diagnosis/surveys/new")
    String newForm(Model model) {
        model.addAttribute("form", SurveyForm.empty());
        return surveyForm(null, model);
    }

    @PostMapping("/diagnosis/surveys/new")
    String create(@Valid @ModelAttribute("form") SurveyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        FormInput.requireBound(result);
        if (form.jstId() == null) {
            result.rejectValue("jstId", "diagnosis.survey.jstNeeded");
        }
        var details = form.details(result);
        return Outcomes.form(result, redirect, "diagnosis.survey.created",
                () -> "/diagnosis/surveys/" + surveys.create(form.jstId(), details), () -> surveyForm(null, model));
    }

    @GetMapping("/diagnosis/surveys/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Survey survey = surveys.editable(id);
        model.addAttribute("form", SurveyForm.of(survey));
        return surveyForm(survey, model);
    }

    @PostMapping("/diagnosis/surveys/{id:\\d+}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") SurveyForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Survey survey = surveys.editable(id);
        FormInput.requireBound(result);
        var details = form.details(result);
        return Outcomes.form(result, model, redirect, response, "diagnosis.survey.saved",
                () -> surveys.edit(id, details), "/diagnosis/surveys/" + id, () -> surveyForm(survey, model));
    }

    private String surveyForm(Survey survey, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("jstOptions", editedJsts());
        model.addAttribute("audiences", Audience.values());
        return "diagnosis/survey-form";
    }

    @GetMapping("/diagnosis/surveys/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Survey survey = surveys.editable(id);
        model.addAttribute("survey", survey);
        model.addAttribute("questions", surveys.questions(id));
        model.addAttribute("answered", surveys.answered(id));
        model.addAttribute("jstName", jsts.find(survey.getJstId()).map(JstSummary::name).orElse(""));
        model.addAttribute("ownerPage", surveys.ownerPage(survey));
        return "diagnosis/survey";
    }

    @PostMapping("/diagnosis/surveys/{id:\\d+}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        surveys.editable(id);
        return Outcomes.step(redirect, "/diagnosis/surveys/" + id, "diagnosis.survey.published",
                () -> surveys.publish(id));
    }

    @GetMapping("/diagnosis/surveys/{id:\\d+}/questions/new")
    String newQuestion(@PathVariable long id, Model model) {
        model.addAttribute("form", QuestionForm.empty());
        return questionForm(surveys.editable(id), null, model);
    }

    @PostMapping("/diagnosis/surveys/{id:\\d+}/questions/new")
    String addQuestion(@PathVariable long id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Survey survey = surveys.editable(id);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "diagnosis.question.saved",
                () -> surveys.addQuestion(id, form.details()), "/diagnosis/surveys/" + id,
                () -> questionForm(survey, null, model));
    }

    @GetMapping("/diagnosis/surveys/{id:\\d+}/questions/{q:\\d+}/edit")
    String editQuestionForm(@PathVariable long id, @PathVariable long q, Model model) {
        Survey survey = surveys.editable(id);
        model.addAttribute("form", QuestionForm.of(surveys.question(id, q)));
        return questionForm(survey, q, model);
    }

    @PostMapping("/diagnosis/surveys/{id:\\d+}/questions/{q:\\d+}/edit")
    String editQuestion(@PathVariable long id, @PathVariable long q, @Valid @ModelAttribute("form") QuestionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Survey survey = surveys.editable(id);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "diagnosis.question.saved",
                () -> surveys.editQuestion(id, q, form.details()), "/diagnosis/surveys/" + id,
                () -> questionForm(survey, q, model));
    }

    @PostMapping("/diagnosis/surveys/{id:\\d+}/questions/{q:\\d+}/delete")
    String removeQuestion(@PathVariable long id, @PathVariable long q, RedirectAttributes redirect) {
        surveys.editable(id);
        return Outcomes.step(redirect, "/diagnosis/surveys/" + id, "diagnosis.question.removed",
                () -> surveys.removeQuestion(id, q));
    }

    private String questionForm(Survey survey, Long questionId, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("questionId", questionId);
        model.addAttribute("kinds", QuestionKind.values());
        return "diagnosis/question-form";
    }

}
