package pl.wspolnie.centre.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.centre.domain.CentreOpenData;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;

/** The open data set of the support centres' trainings. */
@Configuration(proxyBeanMethods = false)
class CentreDataSets {

    @Bean
    DataSet trainingsDataSet(CentreOpenData data) {
        return new DataSet("trainings", "Szkolenia centrów wsparcia organizacji", "Trainings of the support centres",
                "Szkolenia, warsztaty, seminaria, konferencje i wizyty studyjne centrów wsparcia (rok: początek), "
                        + "także odwołane (z datą odwołania); bez danych uczestników.",
                "CONT",
                List.of("id", "centre_id", "centre", "kind", "title", "trainer", "place", "starts_at", "ends_at",
                        "capacity", "recruitment_mode", "audiences", "cancelled_at", "page_url"),
                DataSet.rowsInYear(data::trainings,
                        t -> Arrays.<Object>asList(t.id(), t.centreId(), t.centreName(), t.kind(), t.title(),
                                t.trainer(), t.place(), t.startsAt(), t.endsAt(), t.capacity(), t.recruitmentMode(),
                                String.join(",", t.audiences()), t.cancelledAt(),
                                ApiLinks.absolute("/centre/trainings/" + t.id()))),
                DataSet.years(data::trainingYears));
    }

}
