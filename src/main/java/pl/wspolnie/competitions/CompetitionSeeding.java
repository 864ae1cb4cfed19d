package pl.wspolnie.competitions;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.announcement.Announcements;
import pl.wspolnie.competitions.domain.announcement.CompetitionMode;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.time.LocalDate;
import pl.wspolnie.competitions.domain.announcement.Announcement;
import pl.wspolnie.competitions.domain.StorySeeding;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantSeeding;
import pl.wspolnie.competitions.domain.contract.ContractSeeding;
import pl.wspolnie.competitions.domain.contract.FollowUpSeeding;

/**
 * System-side creation of competitions for the demo data, without a logged-in official
 * and without the publication rules' clock (a demo call is published as if on the day it
 * is seeded). Never reachable from a request.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompetitionSeeding {

    private final Announcements announcements;

    private final StorySeeding stories;

    private final SmallGrantSeeding smallGrants;

    private final ContractSeeding contracts;

    private final FollowUpSeeding followUps;

    /**
     * Two small grants (art. 19a) of the organisation in the JST: one published for
     * remarks two days ago (one remark waiting for its answer), one awarded after its 7
     * days and a remark answered, under a contract whose final report was accepted and
     * settled. Nothing is done for a title the JST has.
     */
    public void ensureSmallGrants(long jstId, long officialId, long ngoUserId, long organizationId, LocalDate today) {
        smallGrants.ensure(jstId, officialId, ngoUserId, organizationId, "Potańcówka dla seniorów w remizie",
                "Remiza OSP we Włoszczowie", "kultura", new BigDecimal("6500.00"), new BigDecimal("5000.00"),
                today.minusDays(2), today.plusDays(20), today.plusDays(45), "Czy będzie dowóz dla seniorów z sołectw?",
                null);
        LocalDate from = today.minusDays(25);
        Long rally = smallGrants.ensure(jstId, officialId, ngoUserId, organizationId, "Rajd rowerowy doliną Pilicy",
                "Szlaki rowerowe powiatu włoszczowskiego", "turystyka", new BigDecimal("9000.00"),
                new BigDecimal("8000.00"), today.minusDays(40), from, today.minusDays(5),
                "Proszę o trasę dostępną także dla rodzin z dziećmi.", 10);
        if (rally != null) {
            // The same contract and report as a competition's: settled, 150 zł to return.
            contracts.settled(rally, null, jstId, "MG/" + from.getYear() + "/1", from, today.minusDays(5),
                    new BigDecimal("8000.00"), officialId, report -> {
                        report.setActions("Rajd na trzech trasach (15, 30 i 50 km) z piknikiem na mecie w Seceminie.");
                        report.getResults().get(0).setAchieved("48");
                        report.getCosts().get(0).setIncurred("9 000");
                        report.getCosts().get(0).setFromGrant("7 850");
                        report.getCosts().get(0).setSpentOn(from.plusDays(3));
                        report.setOwnFinancial("1 150");
                        report.setOwnPersonal("0");
                        report.setOwnInKind("0");
                        report.setRecipientPayments("0");
                    }, today.minusDays(3));
        }
    }

    /**
     * A competition whose offer deadline was about 100 days before {@code today},
     * decided, with one offer of the organisation under a signed contract, the task ended
     * 10 days ago and its final report submitted and waiting for the official (the
     * amounts in {@code StorySeeding}). Nothing is done when the competition exists.
     */
    public void ensureDecidedWithSubmittedReport(long jstId, long officialId, long memberUserId, long ngoUserId,
            long organizationId, String title, String offerTitle, String contractNumber, LocalDate today) {
        Long offerId = ensureDecidedWithContract(jstId, officialId, memberUserId, ngoUserId, organizationId, title,
                offerTitle, contractNumber, today.minusDays(100), today.minusDays(10), true);
        if (offerId != null) {
            followUps.seed(offerId, officialId, ngoUserId);
        }
    }

    /**
     * A decided competition with the offer deadline on {@code deadlineDay} and one offer
     * of the organisation under a signed contract for a task ending on {@code periodTo};
     * its final report submitted when {@code submitReport}. Returns the offer's id, or
     * null when the competition existed already.
     */
    public Long ensureDecidedWithContract(long jstId, long officialId, long memberUserId, long ngoUserId,
            long organizationId, String title, String offerTitle, String contractNumber, LocalDate deadlineDay,
            LocalDate periodTo, boolean submitReport) {
        LocalDateTime deadline = deadlineDay.atTime(15, 30);
        LocalDate from = deadline.toLocalDate().plusDays(14);
        long id = ensurePublished(jstId, officialId, title,
                "Otwarty konkurs ofert na wspieranie zadań z zakresu kultury: warsztaty rękodzieła ludowego.",
                "Warsztaty rękodzieła ludowego", "kultura", new BigDecimal("30000.00"), new BigDecimal("15000.00"),
                deadline, from, periodTo, false);
        return stories.settleStory(id, officialId, memberUserId, ngoUserId, organizationId, offerTitle, contractNumber,
                submitReport);
    }

    /**
     * A published supporting-mode competition with one task and the six statutory
     * criteria, unless one with this title exists in the JST; returns its id.
     */
    public long ensurePublished(long jstId, long officialId, String title, String description, String taskName,
            String sphereCode, BigDecimal funds, BigDecimal maxGrant, LocalDateTime offerDeadline, LocalDate periodFrom,
            LocalDate periodTo, boolean publish) {
        return announcements.seed(jstId, officialId, new Announcement(title, description, CompetitionMode.SUPPORTING,
                new BigDecimal("10.00"), new BigDecimal("1000.00"), maxGrant, new BigDecimal("10.00"), periodFrom,
                periodTo, offerDeadline, funds, funds,
                "Oferty ocenia komisja konkursowa według kryteriów z ogłoszenia; wybór zarządzeniem organu wykonawczego.",
                periodFrom.minusDays(7), "Zadanie realizowane na terenie samorządu, z udziałem mieszkańców.",
                "Dotacje przyznaje organ wykonawczy po opinii komisji konkursowej, w granicach środków na zadanie.",
                List.of("Aktualny statut", "Sprawozdanie merytoryczne i finansowe za ubiegły rok"),
                List.of(new Announcement.Task(taskName, sphereCode, funds)),
                List.of(new Announcement.Criterion("Możliwość realizacji zadania przez oferenta", 10, 1),
                        new Announcement.Criterion("Kalkulacja kosztów realizacji zadania", 10, 2),
                        new Announcement.Criterion("Jakość wykonania i kwalifikacje osób", 10, 3),
                        new Announcement.Criterion("Udział środków własnych lub z innych źródeł", 10, 4),
                        new Announcement.Criterion("Wkład rzeczowy i osobowy, w tym wolontariat", 10, 5),
                        new Announcement.Criterion("Rzetelność w realizacji zadań w latach poprzednich", 10, 6)),
                List.of("Oferta złożona w terminie", "Oferta złożona przez podmiot uprawniony",
                        "Oferta kompletna, na obowiązującym wzorze", "Dołączono wymagane załączniki")),
                publish);
    }

}
