package pl.wspolnie.diagnosis.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.CooperationIndexReports;

import java.util.Optional;

/** The published LIJW reports, for the annual programme report's link. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LijwPublishedReports implements CooperationIndexReports {

    private final LijwDiagnosisRepository diagnoses;

    @Override
    public Optional<String> publishedReport(long jstId, int year) {
        return diagnoses.findByJstIdAndYear(jstId, year)
            .filter(LijwDiagnosis::isPublished)
            .map(d -> "/diagnosis/lijw/" + d.getId() + "/report");
    }

}
