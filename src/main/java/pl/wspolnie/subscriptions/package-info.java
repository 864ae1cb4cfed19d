/**
 * Subscriptions: each person's one settings page (/account/subscriptions) — JSTs,
 * spheres, per content type how often (immediately, daily, weekly, never) and the
 * bulletin newsletter. Stores every {@link pl.wspolnie.shared.events.ContentPublished}
 * item (the source of the mails and of the bulletin digest) and sends the immediate mails
 * and the daily and weekly digests. Public API:
 * {@link pl.wspolnie.subscriptions.PublishedItems},
 * {@link pl.wspolnie.subscriptions.Newsletter}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subscriptions")
package pl.wspolnie.subscriptions;
