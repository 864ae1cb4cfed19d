package pl.wspolnie.shared.calendar;

/**
 * Who sends an event by mail (ORGANIZER, required with METHOD:PUBLISH and METHOD:CANCEL
 * by RFC 5546).
 *
 * @param name shown by calendar apps (CN)
 * @param email the organiser's address (a mailto: URI)
 */
public record IcsOrganizer(String name, String email) {

}
