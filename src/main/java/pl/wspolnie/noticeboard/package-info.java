/**
 * The notice board: typed offers with an expiry date — external funding opportunities
 * (officials, liaison officers, centre staff), volunteering offers and NGO job offers
 * (NGO representatives for their organisation). Volunteers respond through the platform
 * and the organisation sees the responses. Expired offers leave the public list by the
 * clock's date. New offers are announced with
 * {@link pl.wspolnie.shared.events.ContentPublished} (NOTICE).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notice board")
package pl.wspolnie.noticeboard;
