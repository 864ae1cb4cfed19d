package pl.wspolnie.consultations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.consultations.domain.ConsultationOpenData;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;

/** The open data set of consultations. */
@Configuration(proxyBeanMethods = false)
class ConsultationDataSets {

    @Bean
    DataSet consultationsDataSet(ConsultationOpenData data) {
        return new DataSet("consultations", "Konsultacje projektów aktów", "Consultations of drafts",
                "Konsultacje samorządu (rok: rozpoczęcie), ze stanem, jawnością uwag i liczbą wersji projektu.",
                "IRREG",
                List.of("id", "jst_id", "subject", "legal_basis", "participation", "starts_on", "ends_on", "status",
                        "remarks_public", "versions", "closed_at", "page_url"),
                DataSet.rows(data::consultations,
                        c -> Arrays.<Object>asList(c.id(), c.jstId(), c.subject(), c.legalBasis(), c.participation(),
                                c.startsOn(), c.endsOn(), c.status(), c.remarksPublic(), c.currentVersion(),
                                c.closedAt(), ApiLinks.absolute("/consultations/" + c.id()))),
                DataSet.years(data::years));
    }

    @Bean
    DataSet consultationRemarksDataSet(ConsultationOpenData data) {
        return new DataSet("consultation-remarks", "Uwagi zgłoszone w konsultacjach i odpowiedzi na nie",
                "Remarks made in consultations and their answers",
                "Uwagi, które strona konsultacji pokazuje publicznie (jawne w trakcie albo wszystkie po zamknięciu"
                        + " w raporcie), z rozstrzygnięciem i uzasadnieniem; osoba jest podana tylko przy uwagach jawnych,"
                        + " organizacja zawsze (rok: rozpoczęcie konsultacji).",
                "IRREG",
                List.of("consultation_id", "consultation_subject", "remark_id", "author", "source", "proposal",
                        "justification", "created_at", "decision", "answer", "answered_at", "page_url"),
                (jst, year) -> data.remarksOfYear(jst, year, DataSet.MAX_ROWS)
                    .stream()
                    .map(r -> Arrays.<Object>asList(r.consultationId(), r.subject(), r.remark().id(),
                            r.remark().author(), r.remark().source(), r.remark().proposal(), r.remark().justification(),
                            r.remark().createdAt(), r.remark().decision(), r.remark().answer(), r.remark().answeredAt(),
                            ApiLinks.absolute("/consultations/" + r.consultationId())))
                    .toList(),
                DataSet.years(data::years));
    }

}
