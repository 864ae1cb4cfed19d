package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.BankAccounts;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferVersionRepository;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Contracts of the demo data, written by the system (no logged-in person, no mails): the
 * contract for an awarded offer's first version and its final report, submitted and
 * accepted with the settlement computed by {@link ReportRules} as the official's
 * acceptance computes it.
 */
@Component
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractSeeding {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final ContractRepository contracts;

    private final ReportRepository reports;

    private final OfferVersionRepository versions;

    private final CompetitionSettings settings;

    /**
     * The contract (one tranche of the whole grant, signed 3 days before the task) and,
     * when {@code report} is given, the final report it fills, submitted on
     * {@code reportedOn} and accepted the next day. Nothing is done when the offer has a
     * contract.
     * @param competitionId null for a small grant's contract (art. 19a)
     */
    public void settled(long offerId, Long competitionId, long jstId, String number, LocalDate from, LocalDate to,
            BigDecimal grant, long officialId, Consumer<ReportForm> report, LocalDate reportedOn) {
        if (contracts.existsById(offerId)) {
            return;
        }
        Instant recordedAt = from.minusDays(3).atTime(12, 0).atZone(WARSAW).toInstant();
        Contract contract = contracts.save(new Contract(offerId, competitionId, jstId, number, from.minusDays(3),
                BankAccounts.normalize("PL61 1090 1014 0000 0712 1981 2874"), from, to, grant, 1,
                List.of(new Contract.Tranche(from, grant)), officialId, recordedAt));
        contract.representedBy("Starosta", "Prezes Zarządu");
        if (report == null) {
            return;
        }
        OfferContent planned = CanonicalJson
            .read(versions.findByOfferIdAndNumber(offerId, 1).orElseThrow().getContent(), OfferContent.class);
        ReportForm form = new ReportForm().alignedWith(planned);
        report.accept(form);
        Instant reportedAt = reportedOn.atTime(10, 0).atZone(WARSAW).toInstant();
        Report r = reports.save(new Report(offerId, jstId, Report.Kind.FINAL,
                CanonicalJson.write(new ReportForm().alignedWith(planned)), reportedAt.minus(Duration.ofDays(1))));
        r.save(CanonicalJson.write(form), true, reportedAt);
        ReportRules.Computed computed = ReportRules.compute(planned, contract, form, settings);
        r.decide(Report.Status.ACCEPTED, null, reportedAt.plus(Duration.ofDays(1)));
        r.settle(computed.unusedGrant(), computed.aboveShare(), computed.toReturn());
    }

}
