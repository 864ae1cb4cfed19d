/**
 * The NGO support centre (Centrum Organizacji Pozarządowych): centres with opening hours
 * and a public catalogue of services, rooms and equipment that NGOs book (overlaps
 * refused by the database), and trainings, workshops, seminars, conferences and study
 * visits with recruitment, a waiting list, attendance and PDF certificates. Publishes
 * {@link pl.wspolnie.shared.events.CalendarEntryPublished} and
 * {@link pl.wspolnie.shared.events.ContentPublished} for trainings; it never calls the
 * calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "NGO centre")
package pl.wspolnie.centre;
