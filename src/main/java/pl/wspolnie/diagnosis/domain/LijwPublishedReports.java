package pl.wspolnie.diagnosis.domain;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.CooperationIndexReports;

import java.util.Optional;

/** The published LIJW reports, for the annual programme report's link. */
@Component
@Transactional(readOnly = true)
class LijwPublishedReports implements CooperationIndexReports {

    private final LijwDiagnosisRepository diagnoses;

    LijwPublishedReports(LijwDiagnosisRepository diagnoses) {
        this.diagnoses = diagnoses;
    }

    @Override
    public Optional<String> publishedReport(long jstId, int year) {
        return diagnoses.findByJstIdAndYear(jstId, year)
            .filter(LijwDiagnosis::isPublished)
            .map(d -> "/diagnosis/lijw/" + d.getId() + "/report");
    }

}
