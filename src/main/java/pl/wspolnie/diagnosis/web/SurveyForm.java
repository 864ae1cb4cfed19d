package pl.wspolnie.diagnosis.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import pl.wspolnie.diagnosis.domain.Audience;
import pl.wspolnie.diagnosis.domain.Survey;
import pl.wspolnie.diagnosis.domain.SurveyDetails;
import pl.wspolnie.shared.web.FormInput;

/** The survey's own fields: title, introduction, audience, anonymity, dates. */
record SurveyForm(Long jstId, @NotBlank @Size(max = 300, message = "{diagnosis.field.tooLong}") String title,
        @Size(max = 4000, message = "{diagnosis.field.tooLong}") String intro, @NotNull Audience audience,
        boolean anonymous, @Size(max = 20) String startsOn, @Size(max = 20) String endsOn) {

    static SurveyForm empty() {
        return new SurveyForm(null, "", "", Audience.NGO, false, "", "");
    }

    static SurveyForm of(Survey s) {
        return new SurveyForm(s.getJstId(), s.getTitle(), s.getIntro(), s.getAudience(), s.isAnonymous(),
                s.getStartsOn() == null ? "" : s.getStartsOn().toString(),
                s.getEndsOn() == null ? "" : s.getEndsOn().toString());
    }

    SurveyDetails details(BindingResult result) {
        return new SurveyDetails(title, intro, audience, anonymous, FormInput.date(startsOn, "startsOn", result),
                FormInput.date(endsOn, "endsOn", result));
    }

}
