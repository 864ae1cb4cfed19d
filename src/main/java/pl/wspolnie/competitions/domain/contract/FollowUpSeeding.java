package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The demo's life of a contract after its signing, written directly (no mails): a thread
 * of a few messages read by both sides, and a control during the task with its findings
 * and one recommendation answered by the organisation.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FollowUpSeeding {

    private final ContractRepository contracts;

    private final ContractMessageRepository messages;

    private final ContractMessageReadRepository reads;

    private final ContractControlRepository controls;

    private final ControlRecommendationRepository recommendations;

    private final Clock clock;

    private final ContractAnnexes annexes;

    private final TaskEvaluations evaluations;

    /** Seeds the thread and the control of the contract of this offer, once. */
    public void seed(long offerId, long officialId, long ngoUserId) {
        Contract contract = contracts.findById(offerId).orElseThrow();
        if (!messages.findByOfferIdOrderByCreatedAtAscIdAsc(offerId).isEmpty()) {
            return;
        }
        LocalDate from = contract.getPeriodFrom();
        Instant start = from.plusDays(5).atTime(10, 0).atZone(WARSAW).toInstant();
        message(contract, ngoUserId, ContractSide.CONTRACTOR, officialId,
                "Dzień dobry, czy możemy przenieść dwa warsztaty z soboty na piątek po południu? Harmonogram się nie zmienia co do liczby spotkań.",
                start);
        message(contract, officialId, ContractSide.OFFICIAL, ngoUserId,
                "Tak, zmiana dni w obrębie terminu realizacji nie wymaga aneksu. Prosimy o informację o nowych datach przed kontrolą.",
                start.plus(Duration.ofHours(26)));
        message(contract, ngoUserId, ContractSide.CONTRACTOR, officialId,
                "Dziękujemy. Nowe daty: piątki 16:00–19:00, świetlica w Kluczewsku.", start.plus(Duration.ofDays(2)));

        LocalDate controlDay = from.plusDays(30);
        Instant planned = from.plusDays(20).atTime(9, 0).atZone(WARSAW).toInstant();
        ContractControl control = controls.save(new ContractControl(contract, ControlPhase.DURING, controlDay,
                controlDay, "Przebieg warsztatów, listy obecności i dokumenty finansowe za pierwszy miesiąc.",
                officialId, planned));
        Instant recorded = controlDay.atTime(15, 0).atZone(WARSAW).toInstant();
        control.record("Faktury za materiały (3 szt.) i listy obecności z czterech spotkań.",
                "Obecność na warsztatach w świetlicy: 14 uczestników, instruktorka zgodnie z ofertą.",
                "Liczba uczestników zgodna z planem.",
                "Zadanie realizowane zgodnie z umową; na jednej liście obecności brak podpisów prowadzącej.",
                officialId, recorded);
        ControlRecommendation r = recommendations
            .save(new ControlRecommendation(control, "Uzupełnić podpis prowadzącej na liście obecności z 3. spotkania.",
                    controlDay.plusDays(14), officialId, recorded));
        r.answer("Podpis uzupełniono; skan listy przekazano w korespondencji.", ngoUserId,
                recorded.plus(Duration.ofDays(3)));
        annex(contract, officialId, ngoUserId);
        evaluations.seed(offerId, officialId, ngoUserId, EvaluationDemoAnswers.twenty());
    }

    /**
     * One accepted annex: 100 zł moved from the instructors' fees to the accounting
     * (beyond the contract's tolerance for that line), before the final report.
     */
    private void annex(Contract contract, long officialId, long ngoUserId) {
        Instant accepted = contract.getPeriodFrom().plusDays(40).atTime(12, 0).atZone(WARSAW).toInstant();
        Instant latest = clock.instant().minus(Duration.ofDays(3));
        if (accepted.isAfter(latest)) {
            accepted = latest;
        }
        AnnexForm form = AnnexForm.of(annexes.inForceAt(contract, accepted).terms());
        if (form.getLines().size() < 2) {
            return;
        }
        form.getLines().get(0).setTotal("5300");
        form.getLines().get(0).setFromGrant("4600");
        form.getLines().get(1).setTotal("700");
        form.getLines().get(1).setFromGrant("600");
        form.setJustification(
                "Biuro rachunkowe podniosło stawkę obsługi zadania o 100 zł; o tyle mniej godzin instruktorek "
                        + "(jedno spotkanie prowadzi wolontariuszka).");
        annexes.seedAccepted(contract, ngoUserId, officialId, accepted.minus(Duration.ofDays(4)), accepted, form,
                Locale.forLanguageTag("pl"));
    }

    private void message(Contract contract, long author, ContractSide side, long reader, String body, Instant at) {
        ContractMessage m = messages.save(new ContractMessage(contract, author, side, body, null, at));
        Instant readAt = at.plus(Duration.ofHours(3));
        if (readAt.isBefore(clock.instant())) {
            reads.save(new ContractMessageRead(m.getId(), reader, readAt));
        }
    }

}
