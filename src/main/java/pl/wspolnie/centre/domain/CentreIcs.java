package pl.wspolnie.centre.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.calendar.IcsEvent;
import pl.wspolnie.shared.calendar.IcsOrganizer;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.shared.time.ClockConfig;

import java.nio.charset.StandardCharsets;

/**
 * The calendar files the centre attaches to its mails: who organises (the centre, with
 * its e-mail or else the platform's sender address) and the events of a training seat and
 * an advice appointment, each with a UID that stays the same across the files about it.
 */
@Component
class CentreIcs {

    /**
     * The revision of an advice appointment's file once cancelled (the confirmation was
     * 0).
     */
    static final int CANCELLED_SEQUENCE = 1;

    private final String platformAddress;

    CentreIcs(@Value("${wspolnie.mail.from}") String mailFrom) {
        // "Wspólnie <no-reply@wspolnie.local>" or a bare address
        int open = mailFrom.indexOf('<');
        int close = mailFrom.indexOf('>', open + 1);
        this.platformAddress = (open >= 0 && close > open ? mailFrom.substring(open + 1, close) : mailFrom).strip();
    }

    IcsOrganizer organizer(Centre centre) {
        String email = centre.getEmail() == null || centre.getEmail().isBlank() ? platformAddress : centre.getEmail();
        return new IcsOrganizer(centre.getName(), email);
    }

    /** The same UID as the training's entry in the common calendar's feeds. */
    static String trainingUid(long trainingId) {
        return "centre-training-" + trainingId + "@wspolnie";
    }

    static String adviceUid(long bookingId) {
        return "advice-" + bookingId + "@wspolnie";
    }

    static IcsEvent training(Training t, String url) {
        String place = t.getPlace().isBlank() ? t.getOnlineLink() : t.getPlace();
        return new IcsEvent(trainingUid(t.getId()), t.getTitle(), t.getProgramme(),
                t.getStartsAt().atZone(ClockConfig.WARSAW), t.getEndsAt().atZone(ClockConfig.WARSAW), place, url);
    }

    static OutgoingMail.Attachment attachment(String fileName, String method, String ics) {
        return new OutgoingMail.Attachment(fileName, "text/calendar; method=" + method + "; charset=UTF-8",
                ics.getBytes(StandardCharsets.UTF_8));
    }

}
