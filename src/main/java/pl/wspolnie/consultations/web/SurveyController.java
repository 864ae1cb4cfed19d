package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import pl.wspolnie.consultations.domain.ConsultationSurvey;
import pl.wspolnie.diagnosis.EmbeddedSurveys;
import pl.wspolnie.shared.domain.NotFound;

/**
 * The way from a consultation to its survey on the platform's survey engine: the
 * official's builder (made the first time), the participants' answer page.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SurveyController {

    private final ConsultationSurvey survey;

    @PostMapping("/consultations/{id:\\d+}/survey")
    String build(@PathVariable long id) {
        return "redirect:" + survey.open(id);
    }

    @GetMapping("/consultations/{id:\\d+}/survey")
    String answer(@PathVariable long id) {
        return "redirect:" + survey.of(id)
            .map(EmbeddedSurveys.Embedded::answerPath)
            .orElseThrow(() -> new NotFound("survey of consultation " + id));
    }

}
