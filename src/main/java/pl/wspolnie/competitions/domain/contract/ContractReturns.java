package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The return of a grant after the settlement of the final report (issue 19, point 5): the
 * amount to return from the settlement, due by the contract's deadline (15 days after the
 * task, or 31 January for a task ending on 31 December: art. 251 of the public finance
 * act, {@link ContractDocument#returnBy}), the interest for late return as for tax
 * arrears ({@link LateInterest}, rates from {@link InterestRate}), and the payment,
 * recorded once by an official (409 the second time).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractReturns {

    /**
     * What is to be returned: the amount, its deadline, the interest if paid today, and
     * the payment once recorded (else null).
     */
    public record View(ContractParties.Party party, BigDecimal amount, LocalDate dueOn, BigDecimal interestToday,
            ReturnPayment payment, List<InterestRate> rates) {

        public BigDecimal dueToday() {
            return amount.add(interestToday);
        }

    }

    private final ContractParties parties;

    private final ReportRepository reports;

    private final InterestRateRepository rates;

    private final ReturnPaymentRepository payments;

    private final Formats formats;

    private final Clock clock;

    /**
     * The return of the contract of this offer, for its parties; empty while the final
     * report is not settled or nothing is to be returned.
     */
    @Transactional(readOnly = true)
    public Optional<View> view(long offerId) {
        ContractParties.Party party = parties.require(offerId);
        return toReturn(offerId).map(amount -> {
            LocalDate dueOn = ContractDocument.returnBy(party.contract().getEndsOn());
            List<InterestRate> all = rates.findAllByOrderByValidFromAsc();
            BigDecimal interest = LateInterest.of(amount, dueOn, LocalDate.now(clock.withZone(WARSAW)), rates(all));
            return new View(party, amount, dueOn, interest, payments.findById(offerId).orElse(null), all);
        });
    }

    /**
     * Records the payment (officials of the JST): the day (not in the future) and the
     * sum, which must cover the amount and the interest due that day; a second payment of
     * the same return is refused (409).
     */
    public void recordPayment(long offerId, ReturnPaymentForm f) {
        ContractParties.Party party = parties.requireOfficial(offerId);
        BigDecimal amount = toReturn(offerId).orElseThrow(() -> new NotFound("return of contract " + offerId));
        if (payments.existsById(offerId)) {
            throw new StateConflict("competitions.return.alreadyPaid", "return of " + offerId + " recorded");
        }
        LocalDate dueOn = ContractDocument.returnBy(party.contract().getEndsOn());
        List<RuleViolation> refused = new ArrayList<>();
        LocalDate paidOn = f.getPaidOn();
        if (paidOn == null) {
            refused.add(new RuleViolation("paidOn", "competitions.return.paidOn.required"));
        }
        else if (paidOn.isAfter(LocalDate.now(clock.withZone(WARSAW)))) {
            refused.add(new RuleViolation("paidOn", "competitions.return.paidOn.future"));
        }
        BigDecimal paid = Money.parse(f.getPaidAmount(), "paidAmount", refused);
        BigDecimal interest = paidOn == null ? BigDecimal.ZERO
                : LateInterest.of(amount, dueOn, paidOn, rates(rates.findAllByOrderByValidFromAsc()));
        if (paid == null && refused.stream().noneMatch(r -> "paidAmount".equals(r.field()))) {
            refused.add(new RuleViolation("paidAmount", "competitions.return.paidAmount.required"));
        }
        else if (paid != null && paidOn != null && paid.compareTo(amount.add(interest)) < 0) {
            refused.add(new RuleViolation("paidAmount", "competitions.return.paidAmount.tooLow",
                    formats.money(amount.add(interest)), formats.money(amount), formats.money(interest)));
        }
        RuleViolation.throwIfAny(refused);
        payments.save(new ReturnPayment(party.contract(), amount, dueOn, paidOn, interest, paid, party.userId(),
                clock.instant()));
    }

    private Optional<BigDecimal> toReturn(long offerId) {
        return reports.findByOfferIdOrderById(offerId)
            .stream()
            .filter(r -> r.getKind() == Report.Kind.FINAL && r.getStatus() == Report.Status.ACCEPTED)
            .map(Report::getToReturn)
            .filter(a -> a != null && a.signum() > 0)
            .findFirst();
    }

    private static List<LateInterest.Rate> rates(List<InterestRate> all) {
        return all.stream().map(r -> new LateInterest.Rate(r.getValidFrom(), r.getRate())).toList();
    }

}
