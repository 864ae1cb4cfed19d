package pl.wspolnie.consultations.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What an official enters about a consultation (validated by the web form). */
public record ConsultationDetails(String subject, String legalBasis, Participation participation,
        Set<ParticipationForm> forms, List<String> sphereCodes, String announcedIn, LocalDate startsOn,
        LocalDate endsOn, String responsiblePerson, boolean remarksPublic) {
}
