package pl.wspolnie.council.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.council.domain.CouncilOpenData;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;

/** The open data set of the councils' opinions. */
@Configuration(proxyBeanMethods = false)
class CouncilDataSets {

    @Bean
    DataSet councilOpinionsDataSet(CouncilOpenData data) {
        return new DataSet("council-opinions", "Opinie rad działalności pożytku publicznego",
                "Opinions of the councils for public benefit",
                "Wnioski o opinię rady (rok: data wniosku): przedmiot, termin, status (REQUESTED, GIVEN, LAPSED, "
                        + "WITHDRAWN) i treść wydanej opinii.",
                "IRREG",
                List.of("id", "subject", "consultation_id", "requested_at", "delivered_at", "deadline", "status",
                        "opinion", "decided_at"),
                DataSet.rowsInYear(data::opinions,
                        o -> Arrays.<Object>asList(o.id(), o.subject(), o.consultationId(), o.requestedAt(),
                                o.deliveredAt(), o.deadline(), o.status(), o.opinion(), o.decidedAt())),
                DataSet.years(data::years));
    }

}
