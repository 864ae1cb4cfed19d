package pl.wspolnie.consultations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.diagnosis.EmbeddedSurveys;
import pl.wspolnie.shared.domain.StateConflict;

import java.util.Optional;

/**
 * The survey of a consultation, kept by the platform's one survey engine (the diagnosis
 * module's {@link EmbeddedSurveys}) as a survey owned by "consultation:ID": the official
 * builds its questions on the engine's builder, the consultation's participants answer
 * once an account on the engine's answer page while the consultation is open
 * ({@link ConsultationSurveyOwner}), the report reads the engine's summary.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConsultationSurvey {

    static final String OWNER_KIND = "consultation";

    private final ConsultationWorkflow workflow;

    private final EmbeddedSurveys surveys;

    static String ownerRef(long consultationId) {
        return OWNER_KIND + ":" + consultationId;
    }

    /** The consultation's survey, if it has one. */
    @Transactional(readOnly = true)
    public Optional<EmbeddedSurveys.Embedded> of(long consultationId) {
        return surveys.of(ownerRef(consultationId));
    }

    /**
     * The consultation's survey for its official, made (with no questions yet) the first
     * time; returns the path of its builder. Refused once the consultation is closed.
     */
    public String open(long consultationId) {
        Consultation c = workflow.get(consultationId);
        workflow.requireOfficial(c.getJstId());
        Optional<EmbeddedSurveys.Embedded> existing = of(consultationId);
        if (existing.isPresent()) {
            return existing.get().editPath();
        }
        if (c.status(workflow.today()) == ConsultationStatus.CLOSED) {
            throw new StateConflict("consultations.closed");
        }
        surveys.createForAccounts(c.getJstId(), ownerRef(consultationId), c.getSubject(), workflow.currentUserId(),
                c.getStartsOn(), c.getEndsOn());
        return of(consultationId).orElseThrow().editPath();
    }

    /** The results of the consultation's survey, if it has one with questions. */
    @Transactional(readOnly = true)
    public Optional<EmbeddedSurveys.Summary> results(long consultationId) {
        return of(consultationId).filter(s -> s.questions() > 0).map(s -> surveys.summary(ownerRef(consultationId)));
    }

}
