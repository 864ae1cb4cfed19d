package pl.wspolnie.budget.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.budget.domain.BudgetOpenData;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The open data sets of the participatory budget: the projects and the results. */
@Configuration(proxyBeanMethods = false)
class BudgetDataSets {

    @Bean
    DataSet budgetProjectsDataSet(BudgetOpenData data) {
        return new DataSet("budget-projects", "Projekty budżetu obywatelskiego", "Participatory budget projects",
                "Zgłoszone projekty (ostatnia złożona wersja) z wynikiem oceny (rok: rok budżetu edycji).", "IRREG",
                List.of("id", "edition_id", "pool", "title", "location", "cost_total", "standing", "ballot_cost",
                        "submitted_at", "page_url"),
                DataSet.rows(data::projects,
                        p -> Arrays.<Object>asList(p.id(), p.editionId(), p.poolName(), p.title(), p.location(),
                                p.costTotal(), p.standing(), p.ballotCost(), p.submittedAt(),
                                ApiLinks.absolute("/budget/projects/" + p.id()))),
                DataSet.years(() -> data.years(true)));
    }

    @Bean
    DataSet budgetResultsDataSet(BudgetOpenData data) {
        return new DataSet("budget-results", "Wyniki głosowania w budżecie obywatelskim",
                "Participatory budget voting results",
                "Projekty w kolejności głosów w każdej puli: głosy, koszt i wynik (CHOSEN, TOO_FEW_VOTES, "
                        + "NO_MONEY_LEFT), od pierwszego dnia ogłoszenia wyników (rok: rok budżetu edycji).",
                "ANNUAL", List.of("edition_id", "pool", "rank", "project_id", "title", "cost", "votes", "outcome",
                        "tied", "ballot_file_sha256"),
                (jst, year) -> {
                    List<List<Object>> rows = new ArrayList<>();
                    data.editions(jst, year, 0, DataSet.MAX_ROWS)
                        .rows()
                        .stream()
                        .filter(BudgetOpenData.EditionRow::resultsPublic)
                        .forEach(e -> {
                            Results.Count c = data.results(e.id()).count();
                            c.pools()
                                .forEach(
                                        p -> p.lines()
                                            .forEach(l -> rows.add(Arrays.asList(e.id(), p.name(), l.rank(),
                                                    l.projectId(), l.title(), l.cost(), l.votes(), l.outcome().name(),
                                                    l.tied(), c.checksum()))));
                        });
                    return rows;
                }, DataSet.years(data::resultYears));
    }

}
