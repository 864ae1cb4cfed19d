package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.diagnosis.EmbeddedSurveyOwner;

/**
 * Tells the diagnosis builder who edits the questions of a task's evaluation (the
 * officials of the contract's JST) and where the evaluation's page is.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractEvaluationOwner implements EmbeddedSurveyOwner {

    private final TaskEvaluations evaluations;

    @Override
    public String kind() {
        return TaskEvaluations.OWNER_KIND;
    }

    @Override
    public boolean mayEdit(String ownerRef) {
        return evaluations.mayEditQuestions(offerId(ownerRef));
    }

    @Override
    public String pagePath(String ownerRef) {
        return "/offers/" + offerId(ownerRef) + "/evaluation";
    }

    private static long offerId(String ownerRef) {
        return Long.parseLong(ownerRef.substring(ownerRef.indexOf(':') + 1));
    }

}
