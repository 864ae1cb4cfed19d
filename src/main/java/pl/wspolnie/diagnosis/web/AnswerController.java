package pl.wspolnie.diagnosis.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.diagnosis.domain.Answering;
import pl.wspolnie.diagnosis.domain.Question;
import pl.wspolnie.diagnosis.domain.Survey;
import pl.wspolnie.diagnosis.domain.Surveys;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer form of a survey (and its preview for the builder): one field a question,
 * errors next to each and in the summary, a draft to come back to, everything typed kept.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnswerController {

    /** An error of the summary: the anchor of the question and the text. */
    record SummaryError(String anchor, String text) {
    }

    /**
     * A personal link's token (43 characters of base64url; no braces: CraftedInputTest
     * reads the patterns).
     */
    private static final String TOKEN = "[A-Za-z0-9_-]+";

    private final Answering answering;

    private final Surveys surveys;

    private final MessageSource messages;

    @GetMapping("/diagnosis/surveys/{id:\\d+}/preview")
    String preview(@PathVariable long id, Model model) {
        Survey survey = surveys.editable(id);
        model.addAttribute("preview", true);
        return page(survey, null, Map.of(), Map.of(), model);
    }

    @GetMapping("/diagnosis/surveys/{id:\\d+}/answer")
    String form(@PathVariable long id, @RequestParam(required = false) Long organizationId, Model model) {
        Survey survey = answering.visible(id);
        var standing = answering.standing(survey, organizationId);
        Long org = organizationId != null ? organizationId
                : standing.organizations().size() == 1 ? standing.organizations().get(0).id() : null;
        return page(survey, org, answering.draft(id, org), Map.of(), model);
    }

    @PostMapping("/diagnosis/surveys/{id:\\d+}/answer")
    String answer(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        Survey survey = answering.visible(id);
        Long org = parseId(params.get("organizationId"));
        Map<String, String> fields = answerFields(params);
        BindingResult result = bind(fields, model);
        boolean draft = "draft".equals(action);
        return Outcomes.form(result, model, redirect, response,
                draft ? "diagnosis.answer.draftSaved" : "diagnosis.answer.thanks", () -> {
                    if (draft) {
                        answering.saveDraft(id, org, fields);
                        return "/diagnosis/surveys/" + id + "/answer" + (org == null ? "" : "?organizationId=" + org);
                    }
                    answering.submit(id, org, fields);
                    String ownerPage = surveys.ownerPage(survey);
                    return ownerPage != null ? ownerPage
                            : "/diagnosis/surveys/" + id + "/answer" + (org == null ? "" : "?organizationId=" + org);
                }, () -> page(survey, org, fields, errors(result, locale), model));
    }

    /** The answer form of a personal link of an invitation, without a login. */
    @GetMapping("/diagnosis/invited/{token:" + TOKEN + "}")
    String invitedForm(@PathVariable String token, Model model) {
        Survey survey = answering.invited(token);
        model.addAttribute("invitedAction", "/diagnosis/invited/" + token);
        return page(survey, null, Map.of(), Map.of(), model);
    }

    @PostMapping("/diagnosis/invited/{token:" + TOKEN + "}")
    String answerInvited(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Survey survey = answering.invited(token);
        Map<String, String> fields = answerFields(params);
        BindingResult result = bind(fields, model);
        model.addAttribute("invitedAction", "/diagnosis/invited/" + token);
        return Outcomes.form(result, model, redirect, response, "diagnosis.answer.thanks",
                () -> answering.submitInvited(token, fields), "/diagnosis/invited/thanks",
                () -> page(survey, null, fields, errors(result, locale), model));
    }

    @GetMapping("/diagnosis/invited/thanks")
    String invitedThanks() {
        return "diagnosis/invited-thanks";
    }

    @Bean
    static PublicPaths invitedPublicPaths() {
        return PublicPaths.any("/diagnosis/invited/thanks", "/diagnosis/invited/{token:" + TOKEN + "}");
    }

    private static Map<String, String> answerFields(Map<String, String> params) {
        Map<String, String> fields = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.matches("q\\d{1,18}([or]\\d{1,3})?")) {
                fields.put(k, v);
            }
        });
        return fields;
    }

    private static BindingResult bind(Map<String, String> fields, Model model) {
        BindingResult result = new MapBindingResult(new LinkedHashMap<>(fields), "answers");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "answers", result);
        return result;
    }

    private static Long parseId(String value) {
        return value == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
    }

    private Map<String, String> errors(BindingResult result, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : result.getFieldErrors()) {
            errors.putIfAbsent(e.getField(), messages.getMessage(e, locale));
        }
        return errors;
    }

    private String page(Survey survey, Long org, Map<String, String> values, Map<String, String> errors, Model model) {
        List<Question> questions = surveys.questions(survey.getId());
        model.addAttribute("survey", survey);
        model.addAttribute("questions", questions);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary",
                questions.stream()
                    .filter(q -> errors.containsKey("q" + q.getId()))
                    .map(q -> new SummaryError("q" + q.getId(), q.getText() + ": " + errors.get("q" + q.getId())))
                    .toList());
        model.addAttribute("organizationId", org);
        if (!model.containsAttribute("preview")) {
            model.addAttribute("preview", false);
            model.addAttribute("standing", model.containsAttribute("invitedAction")
                    ? new Answering.Standing(true, List.of(), false) : answering.standing(survey, org));
            model.addAttribute("open", answering.isOpen(survey));
            model.addAttribute("ended", answering.hasEnded(survey));
            model.addAttribute("ownerPage", surveys.ownerPage(survey));
        }
        return "diagnosis/answer";
    }

}
