package pl.wspolnie.consultations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.diagnosis.EmbeddedSurveyOwner;

/**
 * Tells the survey engine the consultation's rules for its survey: its officials edit the
 * questions (not once it is closed), its participants (the consultation's audience rule,
 * as for remarks) answer once an account while it is open, and where its page is.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConsultationSurveyOwner implements EmbeddedSurveyOwner {

    private final ConsultationWorkflow workflow;

    @Override
    public String kind() {
        return ConsultationSurvey.OWNER_KIND;
    }

    private Consultation consultation(String ownerRef) {
        return workflow.get(Long.parseLong(ownerRef.substring(ownerRef.indexOf(':') + 1)));
    }

    @Override
    public boolean mayEdit(String ownerRef) {
        return workflow.isOfficial(consultation(ownerRef).getJstId());
    }

    @Override
    public String pagePath(String ownerRef) {
        return "/consultations/" + consultation(ownerRef).getId();
    }

    @Override
    public boolean answeredByAccounts() {
        return true;
    }

    @Override
    public Gate gate(String ownerRef) {
        Consultation c = consultation(ownerRef);
        return switch (c.status(workflow.today())) {
            case PLANNED -> Gate.NOT_OPEN_YET;
            case ENDED, CLOSED -> Gate.ENDED;
            case OPEN -> workflow.mayTakePart(c) ? Gate.OPEN : Gate.NOT_IN_AUDIENCE;
        };
    }

    @Override
    public String editRefusal(String ownerRef) {
        return consultation(ownerRef).status(workflow.today()) == ConsultationStatus.CLOSED ? "consultations.closed"
                : null;
    }

}
