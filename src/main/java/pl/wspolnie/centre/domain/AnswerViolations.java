package pl.wspolnie.centre.domain;

import org.springframework.validation.BindingResult;
import pl.wspolnie.shared.web.BusinessRuleViolation;

import java.util.List;

/** Several answers of an application form are missing or invalid: all are shown at once. */
public class AnswerViolations extends BusinessRuleViolation {

    private final transient List<BusinessRuleViolation> all;

    AnswerViolations(List<BusinessRuleViolation> all) {
        super(null, all.get(0).messageKey(), all.get(0).args());
        this.all = List.copyOf(all);
    }

    @Override
    public void addTo(BindingResult result) {
        all.forEach(v -> v.addTo(result));
    }
}
