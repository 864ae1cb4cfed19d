package pl.wspolnie.competitions.domain.decision;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.CompetitionNotices;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.contract.Report;
import pl.wspolnie.competitions.domain.contract.ReportDecided;
import pl.wspolnie.competitions.domain.contract.ReportRepository;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.text.Formats;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Mails after the official's decisions, through {@link Notifications} after the commit:
 * the decision on a report to the representatives of the offer's organisations (and the
 * person who started the offer), the answer to a request for reasons to its author.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DecisionMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final ReportRepository reports;

    private final OfferRepository offers;

    private final ReasonRequestRepository requests;

    private final CompetitionRepository competitions;

    private final Organizations organizations;

    private final Notifications notifications;

    private final MessageSource messages;

    @ApplicationModuleListener
    void on(ReportDecided event) {
        Report report = reports.findById(event.reportId()).orElseThrow();
        Offer offer = offers.findById(report.getOfferId()).orElseThrow();
        Set<Long> people = new LinkedHashSet<>();
        people.add(offer.getCreatedBy());
        people.addAll(organizations.representativesOf(offer.getOrganizationIds()));
        String kind = messages.getMessage("competitions.report.kind." + report.getKind(), null, POLISH);
        String note = report.getDecisionNote() == null ? "" : messages
            .getMessage("competitions.mail.reportDecided.note", new Object[] { report.getDecisionNote() }, POLISH);
        String settlement = report.getToReturn() == null ? ""
                : messages.getMessage("competitions.mail.reportDecided.settlement",
                        new Object[] { new Formats().money(report.getToReturn()) }, POLISH);
        notifications.tellAll(people, Notification
            .of(CompetitionNotices.REPORT_DECIDED, "competitions.mail.reportDecided." + report.getStatus().name())
            .subject(offer.getTitle())
            .body(kind, offer.getTitle(), note, settlement, notifications.link("/reports/" + report.getId())));
    }

    @ApplicationModuleListener
    void on(ReasonAnswered event) {
        ReasonRequest request = requests.findById(event.requestId()).orElseThrow();
        Competition competition = competitions.findById(request.getCompetitionId()).orElseThrow();
        notifications.tell(request.getUserId(),
                Notification.of(CompetitionNotices.REASON_ANSWERED, "competitions.mail.reasonAnswered")
                    .subject(competition.getTitle())
                    .body(competition.getTitle(), request.getQuestion(), request.getAnswer(),
                            notifications.link("/competitions/" + competition.getId())));
    }

}
