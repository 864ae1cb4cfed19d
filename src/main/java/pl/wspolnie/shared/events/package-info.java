/**
 * Events through which modules offer their items to the cross-cutting information
 * services (calendar, subscriptions, bulletin digest) without depending on them.
 */
package pl.wspolnie.shared.events;
