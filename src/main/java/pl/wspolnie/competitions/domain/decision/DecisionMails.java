package pl.wspolnie.competitions.domain.decision;

import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.contract.Report;
import pl.wspolnie.competitions.domain.contract.ReportDecided;
import pl.wspolnie.competitions.domain.contract.ReportRepository;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.mail.MailQueue;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.shared.text.Formats;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * E-mails after the official's decisions, sent after the commit: the decision on a report
 * to the representatives of the offer's organisations (and the person who started the
 * offer), the answer to a request for reasons to its author.
 */
@Component
class DecisionMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final ReportRepository reports;

    private final OfferRepository offers;

    private final ReasonRequestRepository requests;

    private final CompetitionRepository competitions;

    private final Organizations organizations;

    private final Accounts accounts;

    private final Mailer mailer;

    private final MailQueue queue;

    private final MessageSource messages;

    private final String baseUrl;

    DecisionMails(ReportRepository reports, OfferRepository offers, ReasonRequestRepository requests,
            CompetitionRepository competitions, Organizations organizations, Accounts accounts, Mailer mailer,
            MailQueue queue, MessageSource messages, @Value("${wspolnie.base-url}") String baseUrl) {
        this.reports = reports;
        this.offers = offers;
        this.requests = requests;
        this.competitions = competitions;
        this.organizations = organizations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.queue = queue;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ReportDecided event) {
        Report report = reports.findById(event.reportId()).orElseThrow();
        Offer offer = offers.findById(report.getOfferId()).orElseThrow();
        Set<Long> people = new LinkedHashSet<>();
        people.add(offer.getCreatedBy());
        people.addAll(organizations.representativesOf(offer.getOrganizationIds()));
        String status = report.getStatus().name();
        String kind = messages.getMessage("competitions.report.kind." + report.getKind(), null, POLISH);
        String note = report.getDecisionNote() == null ? "" : messages
            .getMessage("competitions.mail.reportDecided.note", new Object[] { report.getDecisionNote() }, POLISH);
        String settlement = report.getToReturn() == null ? ""
                : messages.getMessage("competitions.mail.reportDecided.settlement",
                        new Object[] { new Formats().money(report.getToReturn()) }, POLISH);
        for (AccountSummary person : accounts.findAll(people).values()) { // one queued
                                                                          // mail each:
                                                                          // retried alone
            queue.queue(new OutgoingMail(person.email(),
                    messages.getMessage("competitions.mail.reportDecided.subject." + status,
                            new Object[] { offer.getTitle() }, POLISH),
                    messages.getMessage(
                            "competitions.mail.reportDecided.body." + status, new Object[] { person.displayName(), kind,
                                    offer.getTitle(), note, settlement, baseUrl + "/reports/" + report.getId() },
                            POLISH)));
        }
    }

    @ApplicationModuleListener
    void on(ReasonAnswered event) {
        ReasonRequest request = requests.findById(event.requestId()).orElseThrow();
        Competition competition = competitions.findById(request.getCompetitionId()).orElseThrow();
        accounts.find(request.getUserId())
            .ifPresent(
                    person -> mailer.send(new OutgoingMail(person.email(),
                            messages.getMessage("competitions.mail.reasonAnswered.subject",
                                    new Object[] { competition.getTitle() }, POLISH),
                            messages.getMessage("competitions.mail.reasonAnswered.body",
                                    new Object[] { person.displayName(), competition.getTitle(), request.getQuestion(),
                                            request.getAnswer(), baseUrl + "/competitions/" + competition.getId() },
                                    POLISH))));
    }

}
