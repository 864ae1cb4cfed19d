package pl.wspolnie.programme.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.wspolnie.programme.domain.ProgrammeOpenData;
import pl.wspolnie.programme.domain.ProgrammeWork;
import pl.wspolnie.shared.web.api.ApiLinks;
import pl.wspolnie.shared.web.api.DataSet;

import java.util.Arrays;
import java.util.List;

/** The open data sets of the cooperation programmes: the priority tasks, the reports. */
@Configuration(proxyBeanMethods = false)
class ProgrammeDataSets {

    @Bean
    DataSet programmeTasksDataSet(ProgrammeOpenData data) {
        return new DataSet("programme-tasks", "Zadania priorytetowe programów współpracy",
                "Priority tasks of the cooperation programmes",
                "Zadania priorytetowe uchwalonych programów współpracy z planowanymi kwotami (rok: każdy rok, "
                        + "który program obejmuje).",
                "ANNUAL",
                List.of("programme_id", "programme_title", "year_from", "year_to", "resolution_number",
                        "resolution_date", "task_id", "sphere_code", "description", "planned_funds", "page_url"),
                (jst, year) -> data.programmes(jst, year, 0, DataSet.MAX_ROWS)
                    .rows()
                    .stream()
                    .flatMap(p -> p.tasks()
                        .stream()
                        .map(t -> Arrays.<Object>asList(p.id(), p.title(), p.yearFrom(), p.yearTo(),
                                p.resolutionNumber(), p.resolutionDate(), t.id(), t.sphereCode(), t.description(),
                                t.plannedFunds(), ApiLinks.absolute("/programmes/" + p.id()))))
                    .toList(),
                DataSet.years(data::years));
    }

    @Bean
    DataSet programmeReportsDataSet(ProgrammeOpenData data) {
        return new DataSet("programme-reports", "Sprawozdania z realizacji programów współpracy",
                "Reports on the cooperation programmes",
                "Liczby opublikowanego sprawozdania rocznego (art. 5a ust. 3): konsultacje, uwagi, opinie rady, "
                        + "konkursy, dotacje, umowy, zwroty i małe granty (rok: rok sprawozdania).",
                "ANNUAL",
                List.of("year", "published_at", "consultations", "remarks", "unanswered", "council_requested",
                        "council_given", "council_lapsed", "competitions_announced", "competitions_decided",
                        "offers_submitted", "organizations_applying", "grants_awarded", "amount_requested",
                        "amount_awarded", "contracts_signed", "reports_settled", "amount_returned",
                        "small_grants_awarded", "small_grants_amount", "page_url"),
                DataSet.rows(data::reports, r -> {
                    ProgrammeWork.Figures f = r.figures();
                    var c = f.competitions();
                    var s = f.smallGrants();
                    var council = f.council();
                    return Arrays.<Object>asList(r.year(), r.publishedAt(),
                            f.consultations() == null ? 0 : f.consultations().size(), f.remarks(), f.unanswered(),
                            council == null ? null : council.requested(), council == null ? null : council.given(),
                            council == null ? null : council.lapsed(), c == null ? null : c.competitionsAnnounced(),
                            c == null ? null : c.competitionsDecided(), c == null ? null : c.offersSubmitted(),
                            c == null ? null : c.organizationsApplying(), c == null ? null : c.grantsAwarded(),
                            c == null ? null : c.amountRequested(), c == null ? null : c.amountAwarded(),
                            c == null ? null : c.contractsSigned(), c == null ? null : c.reportsSettled(),
                            c == null ? null : c.amountReturned(), s == null ? null : s.grantsAwarded(),
                            s == null ? null : s.amountAwarded(),
                            ApiLinks.absolute("/programmes/reports/" + r.jstId() + "/" + r.year()));
                }), DataSet.years(data::reportYears));
    }

}
