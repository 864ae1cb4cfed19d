package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.contract.FinalReportReminder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;

import java.util.List;
import java.util.Locale;
import pl.wspolnie.shared.text.Formats;

/**
 * Confirmation of a submitted offer, with its PDF, to the person who submitted it (after
 * the commit).
 */
@Component
class OfferMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final CompetitionRepository competitions;

    private final OfferDocuments documents;

    private final Accounts accounts;

    private final Mailer mailer;

    private final MessageSource messages;

    private final String baseUrl;

    OfferMails(OfferRepository offers, OfferVersionRepository versions, CompetitionRepository competitions,
            OfferDocuments documents, Accounts accounts, Mailer mailer, MessageSource messages,
            @Value("${wspolnie.base-url}") String baseUrl) {
        this.offers = offers;
        this.versions = versions;
        this.competitions = competitions;
        this.documents = documents;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(FinalReportReminder event) {
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        accounts.find(offer.getCreatedBy())
            .ifPresent(
                    person -> mailer.send(new OutgoingMail(person.email(),
                            messages.getMessage("competitions.mail.reportReminder.subject",
                                    new Object[] { offer.getTitle() }, POLISH),
                            messages.getMessage("competitions.mail.reportReminder.body",
                                    new Object[] { person.displayName(), offer.getTitle(),
                                            new Formats().date(event.dueOn()),
                                            baseUrl + "/offers/" + offer.getId() + "/contract" },
                                    POLISH))));
    }

    @ApplicationModuleListener
    void on(CorrectionsRequested event) {
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        accounts.find(offer.getCreatedBy())
            .ifPresent(person -> mailer.send(new OutgoingMail(person.email(),
                    messages.getMessage("competitions.mail.corrections.subject", new Object[] { offer.getTitle() },
                            POLISH),
                    messages.getMessage("competitions.mail.corrections.body", new Object[] { person.displayName(),
                            offer.getTitle(),
                            String.join(", ", offer.unlockedSections()
                                .stream()
                                .map(section -> section == OfferSection.ATTACHMENTS ? messages.getMessage(
                                        "competitions.offer.section.short.ATTACHMENTS", null, POLISH) : section.name())
                                .toList()),
                            new Formats().dateTime(offer.getCorrectionDeadline()),
                            baseUrl + "/offers/" + offer.getId() }, POLISH))));
    }

    @ApplicationModuleListener
    void on(OfferSubmitted event) {
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        OfferVersion version = versions.findByOfferIdAndNumber(event.offerId(), event.versionNumber()).orElseThrow();
        Competition competition = competitions.findById(offer.getCompetitionId()).orElseThrow();
        byte[] pdf = documents.render(version, competition, POLISH);
        accounts.find(event.submittedBy())
            .ifPresent(person -> mailer.send(new OutgoingMail(person.email(),
                    messages.getMessage("competitions.mail.submitted.subject", new Object[] { offer.getTitle() },
                            POLISH),
                    messages.getMessage("competitions.mail.submitted.body",
                            new Object[] { person.displayName(), offer.getTitle(), competition.getTitle(),
                                    version.getChecksum(), version.shortChecksum(),
                                    baseUrl + "/offers/verify?checksum=" + version.shortChecksum(),
                                    baseUrl + "/offers/" + offer.getId() },
                            POLISH),
                    List.of(new OutgoingMail.Attachment("oferta-" + offer.getId() + "-v" + version.getNumber() + ".pdf",
                            "application/pdf", pdf)))));
    }

}
