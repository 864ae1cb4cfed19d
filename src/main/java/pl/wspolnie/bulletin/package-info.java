/**
 * The bulletin digest: an editor (official, liaison officer, centre staff) chooses a
 * period; the platform proposes the period's published items (news, events, competitions
 * and results, consultations, notices — everything that came through
 * {@link pl.wspolnie.shared.events.ContentPublished}); the editor reorders, trims and
 * removes, and publishes issue N of the JST as an A4 two-column PDF and a newsletter to
 * the subscribers who opted in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulletin")
package pl.wspolnie.bulletin;
