package pl.wspolnie.consultations;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultations.domain.Consultation;
import pl.wspolnie.consultations.domain.ConsultationWorkflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pl.wspolnie.consultations.domain.ConsultationDetails;
import pl.wspolnie.consultations.domain.Participation;
import pl.wspolnie.consultations.domain.ParticipationForm;
import pl.wspolnie.shared.domain.NotFound;

/**
 * Read API of the consultations module for other modules (council, programme and its
 * report).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Consultations {

    private final ConsultationWorkflow workflow;

    public Optional<ConsultationSummary> find(long id) {
        try {
            Consultation c = workflow.get(id);
            return Optional.of(summaries(List.of(c)).get(0));
        }
        catch (NotFound e) {
            return Optional.empty();
        }
    }

    /** Consultations of the JST whose remarks period overlaps the year. */
    public List<ConsultationSummary> heldIn(long jstId, int year) {
        return summaries(workflow.heldBetween(jstId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    /**
     * Opens a consultation of a draft prepared in another module (the cooperation
     * programme) with NGOs, remarks online, public. The current user must be an official
     * of the JST. Returns the consultation's id.
     */
    @Transactional
    public long openWithNgos(long jstId, String subject, String legalBasis, String draftText, LocalDate startsOn,
            LocalDate endsOn, String responsiblePerson, List<String> sphereCodes) {
        return open(jstId, subject, legalBasis, draftText, startsOn, endsOn, responsiblePerson, sphereCodes, false);
    }

    /**
     * As {@link #openWithNgos}; with {@code residentsToo} anyone logged in may remark as
     * well (on their own behalf, or on behalf of an organisation they represent), as when
     * the JST consults its programme with residents too.
     */
    @Transactional
    public long open(long jstId, String subject, String legalBasis, String draftText, LocalDate startsOn,
            LocalDate endsOn, String responsiblePerson, List<String> sphereCodes, boolean residentsToo) {
        return workflow.publish(jstId,
                new ConsultationDetails(subject, legalBasis, residentsToo ? Participation.EVERYONE : Participation.NGOS,
                        Set.of(ParticipationForm.ELECTRONIC_REMARKS), sphereCodes, null, startsOn, endsOn,
                        responsiblePerson, true),
                draftText);
    }

    /** The JST's most recent consultations, newest first. */
    public List<ConsultationSummary> recent(long jstId, int max) {
        return summaries(workflow.recentOf(jstId, max));
    }

    private List<ConsultationSummary> summaries(List<Consultation> list) {
        Map<Long, long[]> counts = workflow.countsOf(list.stream().map(Consultation::getId).toList());
        LocalDate today = workflow.today();
        return list.stream().map(c -> {
            long[] n = counts.getOrDefault(c.getId(), new long[2]);
            return new ConsultationSummary(c.getId(), c.getJstId(), c.getSubject(), c.getStartsOn(), c.getEndsOn(),
                    c.status(today).name(), (int) n[0], (int) n[1], c.getClosedAt() != null);
        }).toList();
    }

}
