package pl.wspolnie.competitions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionCriterion;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.announcement.CompetitionTask;
import pl.wspolnie.competitions.domain.contract.Contract;
import pl.wspolnie.competitions.domain.contract.ContractRepository;
import pl.wspolnie.competitions.domain.contract.Report;
import pl.wspolnie.competitions.domain.contract.ReportForm;
import pl.wspolnie.competitions.domain.contract.ReportRepository;
import pl.wspolnie.competitions.domain.decision.Award;
import pl.wspolnie.competitions.domain.decision.AwardRepository;
import pl.wspolnie.competitions.domain.offer.FormalResult;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferForm;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.OfferRules;
import pl.wspolnie.competitions.domain.offer.OfferVersion;
import pl.wspolnie.competitions.domain.offer.OfferVersionRepository;
import pl.wspolnie.competitions.domain.review.CommissionMeeting;
import pl.wspolnie.competitions.domain.review.CommissionMeetingRepository;
import pl.wspolnie.competitions.domain.review.CommissionMember;
import pl.wspolnie.competitions.domain.review.CommissionMemberRepository;
import pl.wspolnie.competitions.domain.review.Evaluation;
import pl.wspolnie.competitions.domain.review.EvaluationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * System-side seeding of a competition's whole story for the demo data, written directly
 * through the entities (no logged-in person, no e-mails, the clock moved back): published
 * four months ago, one offer submitted and found formally correct, scored by one
 * commission member, decided with the full grant, the contract signed, the task ended and
 * (optionally) its final report submitted and waiting for the official. Never reachable
 * from a request.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StorySeeding {

    private final CompetitionRepository competitions;

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final CommissionMemberRepository members;

    private final EvaluationRepository evaluations;

    private final AwardRepository awards;

    private final ContractRepository contracts;

    private final ReportRepository reports;

    private final Organizations organizations;

    private final Clock clock;

    private final CommissionMeetingRepository meetings;

    /**
     * Takes the draft competition (its offer deadline, period and choice date already in
     * the past) through the whole story (the final report submitted only when
     * {@code submitReport}); does nothing when it was published already. Returns the
     * offer's id, or null when nothing was done.
     */
    public Long settleStory(long competitionId, long officialId, long memberUserId, long ngoUserId, long organizationId,
            String offerTitle, String contractNumber, boolean submitReport) {
        Competition c = competitions.lockById(competitionId).orElseThrow();
        if (c.isPublished()) {
            return null;
        }
        Instant deadline = c.getOfferDeadline();
        c.publish(ZonedDateTime.ofInstant(deadline.minus(Duration.ofDays(30)), WARSAW), 0);
        CompetitionTask task = c.getTasks().get(0);
        LocalDate from = c.getPeriodFrom();
        LocalDate to = c.getPeriodTo();

        // The offer: 6 000 zł of costs, 5 200 zł of them from the grant.
        Instant submittedAt = deadline.minus(Duration.ofDays(3));
        Offer offer = offers.save(new Offer(competitionId, organizationId, offerTitle, "{}", ngoUserId,
                submittedAt.minus(Duration.ofDays(2))));
        OfferForm form = CanonicalJson.read(CanonicalJson.write(offerFields(task.getId(), offerTitle, from, to)),
                OfferForm.class);
        offer.saveDraft(CanonicalJson.write(form), offerTitle, task.getId(), Set.of(), submittedAt);
        OrganizationSummary org = organizations.find(organizationId).orElseThrow();
        OfferRules.Check check = OfferRules.check(form, c, offer.getId(), List.of(org), true);
        if (!check.ok()) {
            throw new IllegalStateException("demo offer does not pass the rules: "
                    + check.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList());
        }
        String json = CanonicalJson.write(check.content());
        versions.save(new OfferVersion(offer.getId(), 1, json, CanonicalJson.sha256(json), submittedAt, ngoUserId));
        offer.submitted(submittedAt);
        String checks = CanonicalJson.write(c.formalCriteriaList().stream().map(x -> true).toList());
        offer.recordFormalReview(FormalResult.CORRECT, checks, null, officialId, deadline.plus(Duration.ofDays(1)));

        // One commission member (the chair) scores it.
        Instant scoredAt = deadline.plus(Duration.ofDays(3));
        CommissionMember chair = members
            .save(new CommissionMember(competitionId, memberUserId, null, true, deadline.minus(Duration.ofDays(10))));
        chair.declareNoConflict(deadline.plus(Duration.ofDays(2)));
        List<Evaluation.Score> scores = new ArrayList<>();
        for (CompetitionCriterion criterion : c.getCriteria()) {
            scores.add(new Evaluation.Score(criterion.getId(), Math.max(0, criterion.getMaxPoints() - 2),
                    "Spójny plan działań i realny kosztorys."));
        }
        evaluations.save(new Evaluation(offer.getId(), chair.getId(), scores, scoredAt));
        meetings.save(new CommissionMeeting(competitionId, scoredAt.atZone(WARSAW).toLocalDate(),
                "siedziba urzędu, sala konferencyjna",
                List.of(new CommissionMeeting.Attendance(chair.getId(), true, null)), officialId, scoredAt));

        // The decision with the full grant, the contract, the final report submitted
        // after the task.
        Instant decidedAt = deadline.plus(Duration.ofDays(5));
        BigDecimal grant = check.computed().grant();
        c.decide(decidedAt);
        awards.save(new Award(offer.getId(), competitionId, grant, grant, null, decidedAt));
        contracts.save(new Contract(offer.getId(), competitionId, c.getJstId(), contractNumber, from.minusDays(3),
                BankAccounts.normalize("PL61 1090 1014 0000 0712 1981 2874"), from, to, grant, 1,
                List.of(new Contract.Tranche(from, grant)), officialId, decidedAt.plus(Duration.ofDays(2))));
        if (!submitReport) {
            return offer.getId();
        }
        OfferContent planned = check.content();
        ReportForm report = new ReportForm().alignedWith(planned);
        report.setActions("Zorganizowano dwanaście warsztatów haftu i wycinanki oraz wystawę prac uczestników.");
        report.getResults().get(0).setAchieved("45");
        report.getCosts().get(0).setIncurred("5 400");
        report.getCosts().get(0).setFromGrant("4 700");
        report.getCosts().get(0).setSpentOn(from.plusDays(10));
        report.getCosts().get(1).setIncurred("600");
        report.getCosts().get(1).setFromGrant("500");
        report.getCosts().get(1).setSpentOn(to.minusDays(5));
        report.setOwnFinancial("400");
        report.setOwnPersonal("300");
        report.setOwnInKind("100");
        report.setRecipientPayments("0");
        // Its accounting documents, adding up to the costs incurred per line.
        document(report.addDocument(), "FV 14/" + from.getYear(), from.plusDays(10), "Pracownia Haftu Anna Kowalska", 1,
                "3 400", "2 900");
        document(report.addDocument(), "FV 21/" + from.getYear(), from.plusDays(40), "Pracownia Haftu Anna Kowalska", 1,
                "2 000", "1 800");
        document(report.addDocument(), "RK 5/" + from.getYear(), to.minusDays(5), "Biuro Rachunkowe Saldo", 2, "600",
                "500");
        Instant reportedAt = clock.instant().minus(Duration.ofDays(2));
        Report r = reports.save(new Report(offer.getId(), c.getJstId(), Report.Kind.FINAL,
                CanonicalJson.write(new ReportForm().alignedWith(planned)), reportedAt.minus(Duration.ofDays(1))));
        r.save(CanonicalJson.write(report), true, reportedAt);
        return offer.getId();
    }

    private static void document(ReportForm report, String number, LocalDate on, String issuer, int line, String amount,
            String fromGrant) {
        ReportForm.DocumentRow d = report.getDocuments().get(report.getDocuments().size() - 1);
        d.setNumber(number);
        d.setIssuedOn(on);
        d.setIssuer(issuer);
        d.setLine(line);
        d.setAmount(amount);
        d.setFromGrant(fromGrant);
    }

    private static Map<String, Object> offerFields(long taskId, String title, LocalDate from, LocalDate to) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("taskId", taskId);
        f.put("title", title);
        f.put("periodFrom", from.toString());
        f.put("periodTo", to.toString());
        f.put("coOfferors", "");
        f.put("contactPerson", "Anna Nowak, tel. 41 000 00 00");
        f.put("summary",
                "Warsztaty haftu i wycinanki dla dzieci i seniorów w świetlicy wiejskiej, zakończone wystawą.");
        f.put("actions",
                List.of(Map.of("name", "Warsztaty rękodzieła", "description", "Dwanaście spotkań po trzy godziny.",
                        "recipients", "Dzieci i seniorzy", "from", from.toString(), "to", to.toString())));
        f.put("results",
                List.of(Map.of("name", "Uczestnicy warsztatów", "target", "40 osób", "measure", "Listy obecności")));
        f.put("experience", "Od 2015 r. prowadzimy świetlicę i warsztaty rękodzieła.");
        f.put("resources", "Sala świetlicy, dwie instruktorki, wolontariusze.");
        f.put("costLines",
                List.of(Map.of("action", "Warsztaty rękodzieła", "type", "Wynagrodzenie instruktorek", "unit",
                        "godzina", "unitCost", "150,00", "units", "36", "fromGrant", "4 700", "administrative", false),
                        Map.of("action", "Obsługa zadania", "type", "Księgowość", "unit", "usługa", "unitCost", "600",
                                "units", "1", "fromGrant", "500", "administrative", true)));
        f.put("ownFinancial", "400");
        f.put("ownPersonal", "300");
        f.put("ownInKind", "100");
        f.put("recipientPayments", "0");
        f.put("otherInfo", "");
        f.put("statementNoProfit", true);
        f.put("statementNoArrears", true);
        f.put("statementDataTrue", true);
        return f;
    }

}
