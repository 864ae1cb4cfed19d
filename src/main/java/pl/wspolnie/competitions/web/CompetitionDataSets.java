package pl.wspolnie.competitions.web;

import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.competitions.domain.CompetitionOpenData;
import pl.wspolnie.competitions.domain.CompetitionOpenData.Announcement;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The open data sets of competitions: the announcements and the results. */
@Configuration(proxyBeanMethods = false)
class CompetitionDataSets {

    @Bean
    DataSet competitionsDataSet(CompetitionOpenData data) {
        return new DataSet("competitions", "Otwarte konkursy ofert", "Open competitions for NGOs",
                "Ogłoszone otwarte konkursy ofert samorządu (rok: początek realizacji zadań), z zadaniami i kwotami.",
                "IRREG",
                List.of("id", "jst_id", "title", "mode", "state", "period_from", "period_to", "offer_deadline",
                        "total_funds", "tasks", "published_at", "decided_at", "annulled_at", "page_url"),
                DataSet.rows(data::competitions, CompetitionDataSets::row), DataSet.years(() -> data.years(false)));
    }

    @Bean
    DataSet competitionResultsDataSet(CompetitionOpenData data) {
        return new DataSet("competition-results", "Wyniki otwartych konkursów ofert", "Results of open competitions",
                "Rozstrzygnięte oferty: organizacje, zadanie i przyznana kwota (0 – bez dotacji), po ogłoszeniu wyników.",
                "IRREG",
                List.of("competition_id", "competition_title", "offer_id", "offer_title", "task_id", "task_name",
                        "organization_ids", "organizations", "amount", "decided_at"),
                DataSet.rows(data::results,
                        r -> Arrays.<Object>asList(r.competitionId(), r.competitionTitle(), r.offerId(), r.offerTitle(),
                                r.taskId(), r.taskName(),
                                r.organizationIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                                String.join(" | ", r.organizationNames()), r.amount(), r.decidedAt())),
                DataSet.years(() -> data.years(true)));
    }

    private static List<Object> row(Announcement a) {
        String state = a.annulledAt() != null ? "ANNULLED" : a.decidedAt() != null ? "DECIDED" : "PUBLISHED";
        return Arrays.asList(a.id(), a.jstId(), a.title(), a.mode(), state, a.periodFrom(), a.periodTo(),
                a.offerDeadline(),
                a.tasks()
                    .stream()
                    .map(CompetitionOpenData.Task::funds)
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                a.tasks().stream().map(CompetitionOpenData.Task::name).collect(Collectors.joining(" | ")),
                a.publishedAt(), a.decidedAt(), a.annulledAt(), ApiLinks.absolute("/competitions/" + a.id()));
    }

}
