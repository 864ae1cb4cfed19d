package pl.wspolnie.noticeboard.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.noticeboard.domain.NoticeOpenData;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;

/** The open data set of published notices. */
@Configuration(proxyBeanMethods = false)
class NoticeDataSets {

    @Bean
    DataSet noticesDataSet(NoticeOpenData data) {
        return new DataSet("notices", "Ogłoszenia", "Notices",
                "Opublikowane ogłoszenia: finansowanie zewnętrzne, wolontariat, praca w NGO (rok: dodanie).", "CONT",
                List.of("id", "kind", "jst_id", "organization_id", "title", "expires_on", "funder", "deadline",
                        "amount_min", "amount_max", "place", "posted_at", "page_url"),
                DataSet.rowsInYear(data::notices,
                        n -> Arrays.<Object>asList(n.id(), n.kind(), n.jstId(), n.organizationId(), n.title(),
                                n.expiresOn(), n.funder(), n.deadline(), n.amountMin(), n.amountMax(), n.place(),
                                n.postedAt(), ApiLinks.absolute("/notices/" + n.id()))),
                DataSet.years(data::years));
    }

}
