package pl.wspolnie.diagnosis.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.wspolnie.diagnosis.EmbeddedSurveys;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.List;
import java.util.Locale;

/**
 * The page where a person types the short code printed on a paper (an embedded survey's
 * answer code, such as the evaluation of a grant task): without a login, it leads to the
 * code's answer form (404 there for an unknown code, 409 for a used one).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnswerCodeController {

    private final MessageSource messages;

    @GetMapping("/diagnosis/code")
    String page(@RequestParam(required = false) String code, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("summary", List.of());
        if (code == null || code.isBlank()) {
            model.addAttribute("code", "");
            return "diagnosis/code";
        }
        String normalized = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!normalized.matches("[A-Z0-9]{6,20}")) {
            model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
            String error = messages.getMessage("diagnosis.code.invalid", null, locale);
            model.addAttribute("codeError", error);
            model.addAttribute("summary", List.of(new AnswerController.SummaryError("code", error)));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "diagnosis/code";
        }
        return "redirect:" + EmbeddedSurveys.answerPath(normalized);
    }

    @Bean
    static PublicPaths answerCodePublicPaths() {
        return PublicPaths.any("/diagnosis/code");
    }

}
