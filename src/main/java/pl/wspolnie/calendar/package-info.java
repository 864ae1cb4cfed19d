/**
 * The common calendar: every module's dated items (trainings, meetings, forum sessions,
 * consultation meetings, competition deadlines, council meetings) arrive as
 * {@link pl.wspolnie.shared.events.CalendarEntryPublished} and leave with
 * {@link pl.wspolnie.shared.events.CalendarEntryWithdrawn}; officials and centre staff
 * add their own events through the same events. Month and list views, iCalendar feeds and
 * a .ics file per entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package pl.wspolnie.calendar;
