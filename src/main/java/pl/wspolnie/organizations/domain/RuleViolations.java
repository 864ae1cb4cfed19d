package pl.wspolnie.organizations.domain;

import org.springframework.validation.BindingResult;
import pl.wspolnie.shared.web.BusinessRuleViolation;

import java.util.List;

/** Several domain rules said no at once (e.g. a missing register and a taken NIP): all are shown on the form. */
public class RuleViolations extends BusinessRuleViolation {

    private final transient List<BusinessRuleViolation> all;

    RuleViolations(List<BusinessRuleViolation> all) {
        super(all.get(0).field(), all.get(0).messageKey(), all.get(0).args());
        this.all = List.copyOf(all);
    }

    /** Throws when the list is not empty: the one violation itself, or all of them. */
    static void throwIfAny(List<BusinessRuleViolation> violations) {
        if (violations.size() == 1) {
            throw violations.get(0);
        }
        if (!violations.isEmpty()) {
            throw new RuleViolations(violations);
        }
    }

    public List<BusinessRuleViolation> all() {
        return all;
    }

    @Override
    public void addTo(BindingResult result) {
        all.forEach(v -> v.addTo(result));
    }
}
