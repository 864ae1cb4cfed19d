package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.Offerors;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferRepository;

import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.scheduling.JobLocks;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.text.Formats;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * Reports on a contract: the offeror writes the final report (and a partial one when the
 * official asks for it), the server computes the statement and the flags; the official
 * accepts (the settlement amount is recorded), asks for corrections or rejects. The final
 * report is due {@code final-report-days} after the task ends: a reminder before, an
 * overdue list after.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Reports {

    /** What the report page shows (no competition for a small grant's report). */
    public record View(Report report, Contract contract, Offer offer, Competition competition, OfferContent planned,
            ReportForm form, ReportRules.Computed computed, boolean official, boolean offeror, LocalDate dueOn) {

        /**
         * A small grant's (art. 19a) report is the simplified form of Dz.U. 2018 poz.
         * 2055: results, actions, costs per line, statements — no sources, no dates of
         * expenses.
         */
        public boolean simplified() {
            return offer.isSmallGrant();
        }
    }

    /** A line of the overdue list. */
    public record Overdue(OverdueContract contract, LocalDate dueOn) {
    }

    /** One page of the overdue list (20 rows a page). */
    public record OverduePage(List<Overdue> rows, int page, int totalPages, long total) {
    }

    /**
     * A partial-report period of the contract with the report started for it (null when
     * none).
     */
    public record PartialPeriod(PartialReportPeriod period, Report report) {
    }

    static final int OVERDUE_PAGE_SIZE = 20;

    /**
     * A partial report demanded ad hoc is due not earlier than this many days after the
     * demand (art. 18).
     */
    static final int AD_HOC_PARTIAL_DAYS = 30;

    private final ReportRepository reports;

    private final ContractRepository contracts;

    private final OfferRepository offers;

    private final CompetitionRepository competitions;

    private final Offerors offerors;

    private final Permissions permissions;

    private final CompetitionSettings settings;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final PdfDocuments pdf;

    private final Formats formats;

    private final PartialReportPeriodRepository partialPeriods;

    private final ContractAnnexes annexes;

    /** The reports of a contract (for the contract page; access is checked there). */
    @Transactional(readOnly = true)
    public List<Report> ofOffer(long offerId) {
        return reports.findByOfferIdOrderById(offerId);
    }

    /**
     * The final report is due this many days after the task's end in force (as the latest
     * accepted annex set it).
     */
    public LocalDate finalDueOn(Contract contract) {
        return contract.getEndsOn().plusDays(settings.finalReportDays());
    }

    /**
     * The partial-report periods the contract sets, each with the report started for it
     * (for the contract page; access is checked there).
     */
    @Transactional(readOnly = true)
    public List<PartialPeriod> partialPeriods(long offerId) {
        List<Report> partial = reports.findByOfferIdOrderById(offerId)
            .stream()
            .filter(r -> r.getKind() == Report.Kind.PARTIAL)
            .toList();
        return partialPeriods.findByOfferIdOrderByPosition(offerId)
            .stream()
            .map(p -> new PartialPeriod(p,
                    partial.stream().filter(r -> p.getPeriodFrom().equals(r.getPeriodFrom())).findFirst().orElse(null)))
            .toList();
    }

    /**
     * The offeror starts the final report; the official asks for a partial one. Returns
     * the report's id.
     */
    public long start(long offerId, Report.Kind kind) {
        return start(offerId, kind, null);
    }

    /**
     * The offeror starts the final report, or the partial report of the contract's period
     * at this position (one each); the official demands a partial report ad hoc (covering
     * the task from its start to today, due {@value #AD_HOC_PARTIAL_DAYS} days after the
     * demand). Returns the report's id.
     */
    public long start(long offerId, Report.Kind kind, Integer position) {
        Contract contract = contracts.findById(offerId).orElseThrow(() -> new NotFound("contract " + offerId));
        Offer offer = offers.findById(offerId).orElseThrow();
        List<Report> existing = reports.findByOfferIdOrderById(offerId);
        LocalDate today = LocalDate.now(clock);
        ContractVersion inForce = annexes.inForceAt(contract, clock.instant());
        LocalDate from = inForce.terms().from();
        LocalDate to = inForce.terms().to();
        LocalDate due;
        if (kind == Report.Kind.PARTIAL && position == null) {
            permissions.require(contract.auditJstId(), Role.OFFICIAL);
            to = today.isBefore(from) ? from : (today.isAfter(to) ? to : today);
            due = today.plusDays(AD_HOC_PARTIAL_DAYS);
        }
        else if (kind == Report.Kind.PARTIAL) {
            offerors.requireCurrentUser(offer);
            PartialReportPeriod p = partialPeriods.findByOfferIdOrderByPosition(offerId)
                .stream()
                .filter(x -> x.getPosition() == position)
                .findFirst()
                .orElseThrow(() -> new NotFound("partial period " + position + " of " + offerId));
            if (existing.stream()
                .anyMatch(r -> r.getKind() == Report.Kind.PARTIAL && p.getPeriodFrom().equals(r.getPeriodFrom()))) {
                throw new StateConflict("competitions.conflict.partialReportExists", "partial report exists");
            }
            from = p.getPeriodFrom();
            to = p.getPeriodTo();
            due = p.getDueOn();
        }
        else {
            offerors.requireCurrentUser(offer);
            if (existing.stream().anyMatch(r -> r.getKind() == Report.Kind.FINAL)) {
                throw new StateConflict("competitions.conflict.finalReportExists", "final report exists");
            }
            due = finalDueOn(contract);
        }
        OfferContent planned = inForce.content();
        Report r = new Report(offerId, contract.auditJstId(), kind,
                CanonicalJson.write(new ReportForm().alignedWith(planned)), clock.instant(), from, to, due);
        return reports.save(r).getId();
    }

    /**
     * The report for the officials of the JST and the offerors' representatives; 403 for
     * anybody else.
     */
    @Transactional(readOnly = true)
    public View open(long reportId) {
        Report r = reports.findById(reportId).orElseThrow(() -> new NotFound("report " + reportId));
        return view(r, CanonicalJson.read(r.getContent(), ReportForm.class));
    }

    /** The report as just typed (for showing the flags of unsaved input). */
    @Transactional(readOnly = true)
    public View preview(long reportId, ReportForm typed) {
        Report r = reports.findById(reportId).orElseThrow(() -> new NotFound("report " + reportId));
        return view(r, typed);
    }

    /**
     * The report as PDF (the full form, or the simplified one for a small grant), for the
     * same people as the page.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(long reportId, Locale locale) {
        View v = open(reportId);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("v", v);
        model.put("x", v.computed());
        model.put("fmt", formats);
        model.put("pdfFooter", v.contract().getNumber());
        return pdf.render("competitions/report-pdf", model, locale);
    }

    /**
     * The offeror saves (or submits) the report; problems name their fields, nothing is
     * saved then.
     */
    public View save(long reportId, ReportForm form, boolean submit) {
        Report r = reports.findById(reportId).orElseThrow(() -> new NotFound("report " + reportId));
        View v = view(r, form);
        if (!v.offeror()) {
            throw new NotAllowed("report " + reportId);
        }
        if (!r.isEditable()) {
            throw new StateConflict("competitions.conflict.reportStatus",
                    "report " + reportId + " is " + r.getStatus());
        }
        if (submit && (form.getActions() == null || form.getActions().isBlank())) {
            v.computed().problems().add(new RuleViolation("actions", "competitions.report.actions.required"));
        }
        if (!v.computed().problems().isEmpty()) {
            return v;
        }
        r.save(CanonicalJson.write(form.withoutEmptyDocuments()), submit, clock.instant());
        return v;
    }

    /**
     * The official's decision: ACCEPTED (the settlement is recorded), CORRECTIONS or
     * REJECTED (with a note).
     */
    public void decide(long reportId, Report.Status result, String note) {
        Report r = reports.findById(reportId).orElseThrow(() -> new NotFound("report " + reportId));
        permissions.require(r.auditJstId(), Role.OFFICIAL);
        String n = note == null ? "" : note.strip();
        if (n.length() > 2000) {
            throw new RuleViolation("note", "competitions.score.justification.tooLong");
        }
        if ((result == Report.Status.CORRECTIONS || result == Report.Status.REJECTED) && n.isEmpty()) {
            throw new RuleViolation("note", "competitions.report.note.required");
        }
        if (result != Report.Status.ACCEPTED && result != Report.Status.CORRECTIONS
                && result != Report.Status.REJECTED) {
            throw new RuleViolation("result", "competitions.formal.result.required");
        }
        View v = view(r, CanonicalJson.read(r.getContent(), ReportForm.class));
        r.decide(result, n.isEmpty() ? null : n, clock.instant());
        if (result == Report.Status.ACCEPTED && r.getKind() == Report.Kind.FINAL) {
            r.settle(v.computed().unusedGrant(), v.computed().aboveShare(), v.computed().toReturn());
        }
        events.publishEvent(new ReportDecided(r.getId()));
    }

    /**
     * One page of the contracts of the current official's JSTs whose final report is
     * overdue (by the task's end).
     */
    @Transactional(readOnly = true)
    public OverduePage overdue(int page) {
        permissions.requireUser();
        Set<Long> jsts = permissions.jstsWith(Role.OFFICIAL);
        if (jsts.isEmpty()) {
            throw new NotAllowed("officials only");
        }
        LocalDate today = LocalDate.now(clock);
        Page<OverdueContract> found = reports.overdue(jsts, today.minusDays(settings.finalReportDays()),
                PageRequest.of(Math.max(0, page), OVERDUE_PAGE_SIZE));
        return new OverduePage(found.getContent()
            .stream()
            .map(k -> new Overdue(k, k.endsOn().plusDays(settings.finalReportDays())))
            .toList(), found.getNumber(), found.getTotalPages(), found.getTotalElements());
    }

    /**
     * Daily: reminds the offerors whose final report is due within
     * {@code reminder-days-before} days.
     */
    @Scheduled(cron = "${wspolnie.competitions.report-reminder-cron:0 30 7 * * *}", zone = "Europe/Warsaw")
    @SchedulerLock(name = "competitions.final-report-reminders", lockAtLeastFor = JobLocks.CRON_AT_LEAST)
    public void remindScheduled() {
        sendFinalReportReminders();
        sendPartialReportReminders();
    }

    /** Sends the reminders due today (each contract once); returns how many. */
    public int sendFinalReportReminders() {
        LocalDate today = LocalDate.now(clock);
        // due = endsOn + days; remind when today ∈ [due − before, due] ⇔ endsOn ∈
        // [today − days, today − days + before]
        LocalDate from = today.minusDays(settings.finalReportDays());
        List<Contract> list = reports.toRemind(from, from.plusDays(settings.reminderDaysBefore()));
        for (Contract k : list) {
            k.reminded(clock.instant());
            events.publishEvent(new FinalReportReminder(k.getOfferId(), finalDueOn(k)));
        }
        return list.size();
    }

    /**
     * Daily: reminds the offerors whose partial report (of a period the contract sets) is
     * due within {@code reminder-days-before} days and not submitted; each period once.
     */
    public int sendPartialReportReminders() {
        LocalDate today = LocalDate.now(clock);
        List<PartialReportPeriod> list = partialPeriods.toRemind(today, today.plusDays(settings.reminderDaysBefore()));
        for (PartialReportPeriod p : list) {
            p.reminded(clock.instant());
            events.publishEvent(
                    new PartialReportReminder(p.getOfferId(), p.getPeriodFrom(), p.getPeriodTo(), p.getDueOn()));
        }
        return list.size();
    }

    private View view(Report r, ReportForm form) {
        Contract contract = contracts.findById(r.getOfferId()).orElseThrow();
        Offer offer = offers.findById(r.getOfferId()).orElseThrow();
        // A small grant's (art. 19a) contract has no competition: the same report, its
        // JST the contract's.
        Competition c = offer.isSmallGrant() ? null : competitions.findById(offer.getCompetitionId()).orElseThrow();
        boolean official = permissions.has(Role.OFFICIAL, contract.auditJstId());
        boolean offeror = offerors.includeCurrentUser(offer);
        if (!official && !offeror) {
            permissions.requireUser();
            throw new NotAllowed("report " + r.getId());
        }
        // Checked against the contract as annexed when the report was submitted (the
        // version in force then); a report still being written, against today's.
        ContractVersion version = annexes.inForceAt(contract,
                r.isEditable() || r.getSubmittedAt() == null ? clock.instant() : r.getSubmittedAt());
        contract = version.applyTo(contract);
        OfferContent planned = version.content();
        form.alignedWith(planned);
        if (offer.isSmallGrant()) {
            // The simplified report (Dz.U. 2018 poz. 2055) has no list of documents.
            form.setDocuments(null);
        }
        ReportRules.Computed computed = ReportRules.compute(planned, contract, form, settings,
                r.getPeriodFrom() == null ? contract.getPeriodFrom() : r.getPeriodFrom(),
                r.getPeriodTo() == null ? contract.getPeriodTo() : r.getPeriodTo());
        return new View(r, contract, offer, c, planned, form, computed, official, offeror, finalDueOn(contract));
    }

}
