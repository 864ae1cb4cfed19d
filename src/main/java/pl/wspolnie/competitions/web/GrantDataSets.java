package pl.wspolnie.competitions.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.competitions.domain.ContractOpenData;
import pl.wspolnie.competitions.domain.SmallGrantOpenData;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The open data sets of the grants: contracts with their settlement, small grants. */
@Configuration(proxyBeanMethods = false)
class GrantDataSets {

    @Bean
    DataSet contractsDataSet(ContractOpenData data) {
        return new DataSet("contracts", "Umowy dotacyjne z konkursów i ich rozliczenie",
                "Grant contracts of competitions and their settlement",
                "Podpisane umowy o wsparcie lub powierzenie zadania publicznego (rok: początek realizacji zadania): "
                        + "organizacje, zadanie, kwota dotacji, a po przyjęciu sprawozdania końcowego kwota do zwrotu "
                        + "i kwota rozliczona.",
                "IRREG",
                List.of("offer_id", "competition_id", "competition_title", "offer_title", "task_name",
                        "organization_ids", "organizations", "signed_on", "period_from", "period_to", "grant_amount",
                        "settled_at", "unused_grant", "to_return", "settled_amount"),
                DataSet.rows(data::contracts,
                        c -> Arrays.<Object>asList(c.offerId(), c.competitionId(), c.competitionTitle(), c.offerTitle(),
                                c.taskName(),
                                c.organizationIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                                String.join(" | ", c.organizationNames()), c.signedOn(), c.periodFrom(), c.periodTo(),
                                c.grantAmount(), c.settledAt(), c.unusedGrant(), c.toReturn(), c.settledAmount())),
                DataSet.years(data::years));
    }

    @Bean
    DataSet smallGrantsDataSet(SmallGrantOpenData data) {
        return new DataSet("small-grants", "Małe granty (art. 19a)", "Small grants (art. 19a)",
                "Oferty w trybie art. 19a opublikowane do uwag i decyzje w ich sprawie (rok: data oferty): "
                        + "organizacja, zadanie, kwota, terminy, status (PUBLISHED, AWARDED, REFUSED).",
                "IRREG",
                List.of("offer_id", "title", "sphere_code", "organization_id", "organization", "amount", "offer_date",
                        "period_from", "period_to", "status", "published_on", "remarks_until", "decided_at",
                        "page_url"),
                DataSet.rows(data::grants,
                        g -> Arrays.<Object>asList(g.offerId(), g.title(), g.sphereCode(), g.organizationId(),
                                g.organizationName(), g.amount(), g.offerDate(), g.periodFrom(), g.periodTo(),
                                g.status(), g.publishedOn(), g.remarksUntil(), g.decidedAt(),
                                ApiLinks.absolute("/small-grants/offers/" + g.offerId()))),
                DataSet.years(() -> data.years(false)));
    }

}
