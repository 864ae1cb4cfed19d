package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantCaps;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantLimits;
import pl.wspolnie.competitions.domain.offer.OfferVersion;
import pl.wspolnie.competitions.domain.offer.OfferVersionRepository;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.text.Sha256;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Annexes to a grant contract (issue 19, point 1): either party proposes a change of the
 * task's dates, its cost table or its expected results ({@link AnnexRules}); the other
 * party accepts or refuses it with a reason. An accepted annex is a new immutable version
 * of the contract with its own PDF and SHA-256; a report is checked against the version
 * in force when it was submitted ({@link #inForceAt}). Only the contract's parties see or
 * do anything here; anybody else gets 403.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractAnnexes {

    /** The versions and annexes of a contract, for one of its parties. */
    public record View(ContractParties.Party party, List<ContractVersion> versions, List<Row> annexes,
            ContractVersion inForce, String blockedKey, BigDecimal tolerancePercent) {

        /** The annex waiting for an answer, if any. */
        public Row open() {
            return annexes.stream().filter(r -> r.annex().isOpen()).findFirst().orElse(null);
        }

        /**
         * Who accepted the annex that made this version (blank for the signed contract).
         */
        public String acceptedBy(ContractVersion version) {
            if (version.annex() == null) {
                return "";
            }
            return annexes.stream()
                .filter(r -> r.annex().getId().equals(version.annex().getId()))
                .map(Row::decidedBy)
                .findFirst()
                .orElse("");
        }

        /** The user may propose an annex now (else {@link #blockedKey} says why not). */
        public boolean mayPropose() {
            return blockedKey == null;
        }

    }

    /** An annex with the names of who proposed and decided it and its changed clauses. */
    public record Row(ContractAnnex annex, String proposedBy, String decidedBy, List<AnnexRules.Change> changes) {
    }

    /**
     * One annex for one party: whether this user answers it, or (on the side that
     * proposed it) may still withdraw it.
     */
    public record AnnexPage(ContractParties.Party party, Row row, boolean mayAnswer, boolean mayWithdraw) {
    }

    /** What a proposal did: its annex, and whether it was within the tolerance. */
    public record Proposed(long annexId, boolean withinTolerance, BigDecimal tolerancePercent) {
    }

    private final ContractParties parties;

    private final ContractAnnexRepository annexes;

    private final OfferVersionRepository versions;

    private final ReportRepository reports;

    private final CompetitionSettings settings;

    private final Accounts accounts;

    private final Jsts jsts;

    private final PdfDocuments pdf;

    private final Formats formats;

    private final SmallGrantCaps smallGrantCaps;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    /** The contract's versions and annexes, and whether the user may propose one. */
    @Transactional(readOnly = true)
    public View view(long offerId) {
        ContractParties.Party party = parties.require(offerId);
        List<ContractAnnex> list = annexes.findByOfferIdOrderByIdAsc(offerId);
        List<ContractVersion> all = versionsOf(party.contract(), list);
        return new View(party, all, rows(list), all.get(all.size() - 1), blocker(party.contract(), list),
                settings.costLineDeviationPercent());
    }

    /** One annex of the contract. */
    @Transactional(readOnly = true)
    public AnnexPage annex(long offerId, long annexId) {
        ContractParties.Party party = parties.require(offerId);
        ContractAnnex annex = find(offerId, annexId);
        return new AnnexPage(party, rows(List.of(annex)).get(0),
                annex.isOpen() && annex.getProposedSide() != party.side(),
                annex.isOpen() && annex.getProposedSide() == party.side());
    }

    /**
     * The version of the contract in force at that moment (the signed contract before any
     * annex was accepted), for the checks of a report submitted then.
     */
    @Transactional(readOnly = true)
    public ContractVersion inForceAt(Contract contract, Instant at) {
        List<ContractVersion> all = versionsOf(contract, annexes.findByOfferIdOrderByIdAsc(contract.getOfferId()));
        ContractVersion found = all.get(0);
        for (ContractVersion v : all) {
            if (v.annex() != null && !v.inForceFrom().isAfter(at)) {
                found = v;
            }
        }
        return found;
    }

    /**
     * A party proposes an annex; its rules refuse at their fields ({@link AnnexRules}),
     * the contract's state as a conflict (not signed yet, settled, final report
     * submitted, another proposal open).
     */
    public Proposed propose(long offerId, AnnexForm f) {
        ContractParties.Party party = parties.require(offerId);
        lock(offerId);
        List<ContractAnnex> list = annexes.findByOfferIdOrderByIdAsc(offerId);
        String blocked = blocker(party.contract(), list);
        if (blocked != null) {
            throw new StateConflict(blocked, "no annex to contract " + offerId + " now");
        }
        List<ContractVersion> all = versionsOf(party.contract(), list);
        ContractVersion inForce = all.get(all.size() - 1);
        AnnexRules.Outcome outcome = AnnexRules.check(f, inForce.terms(), party.side(), reported(offerId),
                settings.costLineDeviationPercent(), smallGrantLimits(party.contract()), formats);
        RuleViolation.throwIfAny(outcome.problems());
        ContractAnnex annex = annexes.save(new ContractAnnex(party.contract(), party.side(), party.userId(),
                clock.instant(), f.getJustification().strip(), inForce, outcome.terms()));
        events.publishEvent(new ContractAnnexChanged(annex.getId()));
        return new Proposed(annex.getId(), outcome.withinTolerance(), settings.costLineDeviationPercent());
    }

    /**
     * The other party accepts: the annex gets its number and its PDF, and is the
     * contract's version in force from now. Refused as out of date when a report
     * submitted since covers what it changes.
     */
    public void accept(long offerId, long annexId, Locale locale) {
        ContractParties.Party party = parties.require(offerId);
        lock(offerId);
        ContractAnnex annex = find(offerId, annexId);
        annex.requireAnswerableBy(party.side());
        List<ContractAnnex> list = annexes.findByOfferIdOrderByIdAsc(offerId);
        List<ContractAnnex> others = list.stream().filter(a -> !a.getId().equals(annex.getId())).toList();
        String blocked = blocker(party.contract(), others);
        AnnexedTerms terms = annex.terms();
        if (blocked == null) {
            AnnexRules.Outcome still = AnnexRules.check(formOf(terms, annex.getJustification()), annex.previousTerms(),
                    annex.getProposedSide(), reported(offerId), settings.costLineDeviationPercent(),
                    smallGrantLimits(party.contract()), formats);
            blocked = still.problems().isEmpty() ? null : "competitions.conflict.annexOutdated";
        }
        if (blocked != null) {
            throw new StateConflict(blocked, "annex " + annexId + " cannot be accepted now");
        }
        int number = (int) list.stream().filter(ContractAnnex::isAccepted).count() + 1;
        Instant now = clock.instant();
        byte[] document = render(party, annex, number, party.userId(), now, locale);
        annex.accept(party.contract(), party.userId(), now, number, document, Sha256.hex(document));
        events.publishEvent(new ContractAnnexChanged(annex.getId()));
    }

    /** The other party refuses, with a reason (required, at its field). */
    public void refuse(long offerId, long annexId, AnnexRefusalForm f) {
        ContractParties.Party party = parties.require(offerId);
        lock(offerId);
        ContractAnnex annex = find(offerId, annexId);
        annex.requireAnswerableBy(party.side());
        if (f.getReason() == null || f.getReason().isBlank()) {
            throw new RuleViolation("reason", "competitions.annex.reason.required");
        }
        annex.refuse(party.userId(), clock.instant(), f.getReason().strip());
        events.publishEvent(new ContractAnnexChanged(annex.getId()));
    }

    /**
     * The side that proposed an annex withdraws it while the other side has not answered;
     * the other side is told.
     */
    public void withdraw(long offerId, long annexId) {
        ContractParties.Party party = parties.require(offerId);
        lock(offerId);
        find(offerId, annexId).withdraw(party.side(), party.userId(), clock.instant());
        events.publishEvent(new ContractAnnexChanged(annexId));
    }

    /** The PDF of an accepted annex, as stored when it was accepted. */
    @Transactional(readOnly = true)
    public byte[] pdf(long offerId, long annexId) {
        parties.require(offerId);
        ContractAnnex annex = find(offerId, annexId);
        if (!annex.isAccepted()) {
            throw new NotFound("pdf of annex " + annexId);
        }
        return annex.getPdf();
    }

    /**
     * The demo's annex (written directly, no mails): accepted by the official on the day
     * given, as if the contractor had proposed it.
     */
    void seedAccepted(Contract contract, long proposer, long official, Instant proposedAt, Instant acceptedAt,
            AnnexForm form, Locale locale) {
        if (!annexes.findByOfferIdOrderByIdAsc(contract.getOfferId()).isEmpty()) {
            return;
        }
        ContractVersion inForce = versionsOf(contract, List.of()).get(0);
        AnnexRules.Outcome outcome = AnnexRules.check(form, inForce.terms(), ContractSide.CONTRACTOR,
                AnnexRules.Reported.none(), settings.costLineDeviationPercent(), smallGrantLimits(contract), formats);
        RuleViolation.throwIfAny(outcome.problems());
        ContractAnnex annex = annexes.save(new ContractAnnex(contract, ContractSide.CONTRACTOR, proposer, proposedAt,
                form.getJustification(), inForce, outcome.terms()));
        ContractParties.Party party = new ContractParties.Party(contract, null, ContractSide.OFFICIAL, official);
        byte[] document = render(party, annex, 1, official, acceptedAt, locale);
        annex.accept(contract, official, acceptedAt, 1, document, Sha256.hex(document));
    }

    private byte[] render(ContractParties.Party party, ContractAnnex annex, int number, long by, Instant at,
            Locale locale) {
        Contract k = party.contract();
        AnnexedTerms after = annex.terms();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("k", k);
        model.put("number", number);
        model.put("version", number + 1);
        model.put("terms", after);
        model.put("jstName", jsts.get(k.auditJstId()).name());
        model.put("changes", AnnexRules.changes(annex.previousTerms(), after, formats));
        model.put("justification", annex.getJustification());
        model.put("concludedOn", LocalDate.ofInstant(at, WARSAW));
        model.put("proposedBy", name(annex.getProposedBy()));
        model.put("acceptedBy", name(by));
        model.put("proposedSide", annex.getProposedSide());
        model.put("fmt", formats);
        model.put("pdfFooter", k.getNumber() + " – " + number);
        return pdf.render("competitions/annex-pdf", model, locale);
    }

    /**
     * The state of the contract that forbids a proposal now, as a message key (or null).
     */
    private String blocker(Contract contract, List<ContractAnnex> list) {
        if (contract.getSignedOn() == null || contract.getSignedOn().isAfter(LocalDate.now(clock))) {
            return "competitions.conflict.annexNotSigned";
        }
        List<Report> done = reports.findByOfferIdOrderById(contract.getOfferId());
        if (done.stream().anyMatch(r -> r.getKind() == Report.Kind.FINAL && r.getStatus() == Report.Status.ACCEPTED)) {
            return "competitions.conflict.annexSettled";
        }
        if (done.stream().anyMatch(r -> r.getKind() == Report.Kind.FINAL && r.getStatus() == Report.Status.SUBMITTED)) {
            return "competitions.conflict.annexFinalReport";
        }
        if (list.stream().anyMatch(ContractAnnex::isOpen)) {
            return "competitions.conflict.annexOpen";
        }
        return null;
    }

    /**
     * The limits of art. 19a in force today for a small grant's contract (it has no
     * competition), null for a competition's.
     */
    private SmallGrantLimits smallGrantLimits(Contract contract) {
        return contract.getCompetitionId() == null ? smallGrantCaps.limitsOn(LocalDate.now(clock)) : null;
    }

    /** What the submitted or accepted partial reports already cover. */
    private AnnexRules.Reported reported(long offerId) {
        List<Report> partial = reports.findByOfferIdOrderById(offerId)
            .stream()
            .filter(r -> r.getKind() == Report.Kind.PARTIAL && r.getSubmittedAt() != null
                    && (r.getStatus() == Report.Status.SUBMITTED || r.getStatus() == Report.Status.ACCEPTED))
            .toList();
        if (partial.isEmpty()) {
            return AnnexRules.Reported.none();
        }
        LocalDate last = null;
        List<BigDecimal> incurred = new ArrayList<>();
        List<BigDecimal> fromGrant = new ArrayList<>();
        for (Report r : partial) {
            LocalDate on = LocalDate.ofInstant(r.getSubmittedAt(), WARSAW);
            last = last == null || on.isAfter(last) ? on : last;
            List<ReportForm.CostRow> costs = CanonicalJson.read(r.getContent(), ReportForm.class).getCosts();
            for (int i = 0; i < costs.size(); i++) {
                max(incurred, i, costs.get(i).getIncurred());
                max(fromGrant, i, costs.get(i).getFromGrant());
            }
        }
        return new AnnexRules.Reported(last, incurred, fromGrant);
    }

    private static void max(List<BigDecimal> list, int i, String typed) {
        while (list.size() <= i) {
            list.add(null);
        }
        BigDecimal value = Money.parse(typed, "x", new ArrayList<>());
        if (value != null && (list.get(i) == null || value.compareTo(list.get(i)) > 0)) {
            list.set(i, value);
        }
    }

    private List<ContractVersion> versionsOf(Contract contract, List<ContractAnnex> list) {
        OfferVersion offered = versions.findByOfferIdAndNumber(contract.getOfferId(), contract.getVersionNumber())
            .orElseThrow();
        AnnexedTerms signed = new AnnexedTerms(contract.getPeriodFrom().toString(), contract.getPeriodTo().toString(),
                Money.plain(contract.getGrantAmount()), CanonicalJson.read(offered.getContent(), OfferContent.class));
        List<ContractVersion> all = new ArrayList<>();
        all.add(new ContractVersion(1, signed, contract.getRecordedAt(), null));
        list.stream()
            .filter(ContractAnnex::isAccepted)
            .sorted((a, b) -> a.getNumber().compareTo(b.getNumber()))
            .forEach(a -> all.add(new ContractVersion(a.getVersion(), a.terms(), a.getDecidedAt(), a)));
        return all;
    }

    private List<Row> rows(List<ContractAnnex> list) {
        Map<Long, AccountSummary> names = accounts.findAll(list.stream()
            .flatMap(a -> Stream.of(a.getProposedBy(), a.getDecidedBy()))
            .filter(id -> id != null)
            .distinct()
            .toList());
        return list.stream()
            .map(a -> new Row(a, name(names, a.getProposedBy()), name(names, a.getDecidedBy()),
                    AnnexRules.changes(a.previousTerms(), a.terms(), formats)))
            .toList();
    }

    private static String name(Map<Long, AccountSummary> names, Long id) {
        if (id == null) {
            return null;
        }
        AccountSummary a = names.get(id);
        return a == null ? "?" : a.displayName();
    }

    private String name(long id) {
        return accounts.find(id).map(AccountSummary::displayName).orElse("");
    }

    private ContractAnnex find(long offerId, long annexId) {
        return annexes.findById(annexId)
            .filter(a -> a.getOfferId() == offerId)
            .orElseThrow(() -> new NotFound("annex " + annexId));
    }

    /** Proposals and answers of one contract wait for each other (one open at a time). */
    private void lock(long offerId) {
        jdbc.sql("select offer_id from competition_contract where offer_id = ? for update")
            .param(offerId)
            .query(Long.class)
            .single();
    }

    private static AnnexForm formOf(AnnexedTerms t, String justification) {
        AnnexForm f = AnnexForm.of(t);
        f.setJustification(justification);
        return f;
    }

}
