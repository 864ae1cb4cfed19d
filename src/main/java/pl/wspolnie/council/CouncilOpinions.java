package pl.wspolnie.council;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.consultations.ConsultationOpinion;
import pl.wspolnie.consultations.ConsultationOpinionSource;
import pl.wspolnie.council.domain.CouncilWork;

import java.util.List;

/**
 * The council's opinions for other modules: on a consultation (shown on its page) and
 * counts for a year.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CouncilOpinions implements ConsultationOpinionSource {

    /**
     * Opinion requests of a JST in a year: given, lapsed without opinion, still pending.
     */
    public record YearCounts(int requested, int given, int lapsed) {
    }

    private final CouncilWork work;

    @Override
    public List<ConsultationOpinion> opinionsOn(long consultationId) {
        return work.opinionsOn(consultationId);
    }

    /**
     * Asks the council of the JST for an opinion (the current user must be its official);
     * returns the request's id.
     */
    @Transactional
    public long request(long jstId, String subject, Long consultationId) {
        return work.requestOpinion(jstId, subject, consultationId);
    }

    public YearCounts inYear(long jstId, int year) {
        int[] n = work.countsInYear(jstId, year);
        return new YearCounts(n[0], n[1], n[2]);
    }

}
