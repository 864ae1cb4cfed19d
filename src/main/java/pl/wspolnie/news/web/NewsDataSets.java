package pl.wspolnie.news.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.news.domain.NewsOpenData;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;

/** The open data set of published news. */
@Configuration(proxyBeanMethods = false)
class NewsDataSets {

    @Bean
    DataSet newsDataSet(NewsOpenData data) {
        return new DataSet("news", "Aktualności", "News",
                "Opublikowane aktualności, dobre praktyki, opinie ekspertów i wywiady (rok: publikacja).", "CONT",
                List.of("id", "jst_id", "organization_id", "kind", "title", "lead", "published_at", "page_url"),
                DataSet
                    .rowsInYear(data::news,
                            n -> Arrays.<Object>asList(n.id(), n.jstId(), n.organizationId(), n.kind(), n.title(),
                                    n.lead(), n.publishedAt(), ApiLinks.absolute("/news/" + n.id()))),
                DataSet.years(data::years));
    }

}
