package pl.wspolnie.consultations.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.consultations.domain.Consultation;
import pl.wspolnie.consultations.domain.ConsultationStatus;
import pl.wspolnie.consultations.domain.ConsultationSurvey;
import pl.wspolnie.consultations.domain.ConsultationWorkflow;
import pl.wspolnie.consultations.domain.SurveyQuestion;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The survey of a consultation: the official's questions, the participants' answers. */
@Controller
class SurveyController {

    record QuestionForm(@NotNull(message = "{consultations.survey.kind.required}") SurveyQuestion.Kind kind,
            @NotBlank(message = "{consultations.field.required}") @Size(max = 1000,
                    message = "{consultations.field.tooLong}") String text,
            @Size(max = 4000, message = "{consultations.field.tooLong}") String options) {
    }

    private final ConsultationWorkflow workflow;

    private final ConsultationSurvey survey;

    private final Permissions permissions;

    SurveyController(ConsultationWorkflow workflow, ConsultationSurvey survey, Permissions permissions) {
        this.workflow = workflow;
        this.survey = survey;
        this.permissions = permissions;
    }

    @GetMapping("/consultations/{id:\\d+}/survey/questions")
    String questions(@PathVariable long id, Model model) {
        Consultation c = workflow.get(id);
        workflow.requireOfficial(c.getJstId());
        model.addAttribute("form", new QuestionForm(SurveyQuestion.Kind.SINGLE, "", ""));
        return questionsPage(c, model);
    }

    @PostMapping("/consultations/{id:\\d+}/survey/questions")
    String addQuestion(@PathVariable long id, @Valid @ModelAttribute("form") QuestionForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Consultation c = workflow.get(id);
        workflow.requireOfficial(c.getJstId());
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "consultations.survey.questionSaved", () -> {
            survey.addQuestion(id, form.kind(), form.text(), form.options());
            return "/consultations/" + id + "/survey/questions";
        }, () -> questionsPage(c, model));
    }

    @GetMapping("/consultations/{id:\\d+}/survey/questions/{q:\\d+}/edit")
    String editForm(@PathVariable long id, @PathVariable long q, Model model) {
        SurveyQuestion question = survey.question(id, q);
        model.addAttribute("form",
                new QuestionForm(question.getKind(), question.getText(), String.join("\n", question.getOptions())));
        return questionPage(workflow.get(id), question, model);
    }

    private String questionPage(Consultation c, SurveyQuestion question, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("question", question);
        model.addAttribute("kinds", SurveyQuestion.Kind.values());
        return "consultations/survey-question";
    }

    @PostMapping("/consultations/{id:\\d+}/survey/questions/{q:\\d+}/edit")
    String editQuestion(@PathVariable long id, @PathVariable long q, @Valid @ModelAttribute("form") QuestionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SurveyQuestion question = survey.question(id, q);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "consultations.survey.questionEdited", () -> {
            survey.editQuestion(id, q, form.kind(), form.text(), form.options());
            return "/consultations/" + id + "/survey/questions";
        }, () -> questionPage(workflow.get(id), question, model));
    }

    @PostMapping("/consultations/{id:\\d+}/survey/questions/{q:\\d+}/delete")
    String removeQuestion(@PathVariable long id, @PathVariable long q, RedirectAttributes redirect) {
        survey.question(id, q);
        return Outcomes.stepOrConflict(redirect, "/consultations/" + id + "/survey/questions",
                "consultations.survey.questionRemoved", () -> survey.removeQuestion(id, q));
    }

    private String questionsPage(Consultation c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("planned", c.status(workflow.today()) == ConsultationStatus.PLANNED);
        model.addAttribute("questions", survey.questions(c.getId()));
        model.addAttribute("responses", survey.responseCount(c.getId()));
        model.addAttribute("kinds", SurveyQuestion.Kind.values());
        return "consultations/survey-questions";
    }

    @GetMapping("/consultations/{id:\\d+}/survey")
    String form(@PathVariable long id, Model model) {
        permissions.requireUser();
        Consultation c = workflow.get(id);
        return answerPage(c, Map.of(), Map.of(), null, model);
    }

    @PostMapping("/consultations/{id:\\d+}/survey")
    String answer(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        permissions.requireUser();
        Consultation c = workflow.get(id);
        Map<Long, String> given = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.matches("q\\d{1,18}")) {
                given.put(Long.parseLong(k.substring(1)), v);
            }
        });
        return Outcomes.orPage(() -> {
            Map<Long, String> errors = survey.respond(id, given);
            if (errors.isEmpty()) {
                return Outcomes.redirect(redirect, "consultations.survey.thanks", "/consultations/" + id);
            }
            response.setStatus(422);
            return answerPage(c, given, errors, null, model);
        }, e -> {
            response.setStatus(HttpStatus.CONFLICT.value());
            return answerPage(c, given, Map.of(), e.messageKey(), model);
        });
    }

    private String answerPage(Consultation c, Map<Long, String> given, Map<Long, String> errors, String refusal,
            Model model) {
        Map<Long, String> values = new HashMap<>(given);
        model.addAttribute("c", c);
        model.addAttribute("questions", survey.questions(c.getId()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("answered", survey.answered(c.getId()));
        model.addAttribute("open", c.status(workflow.today()) == ConsultationStatus.OPEN);
        model.addAttribute("mayTakePart", workflow.mayTakePart(c));
        return "consultations/survey";
    }

}
