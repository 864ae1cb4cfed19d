package pl.wspolnie.shared.events;

/** Kinds of dated items shown in the common calendar. */
public enum CalendarEntryType {

    TRAINING, MEETING, FORUM, CONSULTATION_MEETING, COMPETITION_DEADLINE, COUNCIL_MEETING, EVENT,

    /** The last day of remarks on a small grant's offer (art. 19a ust. 5). */
    SMALL_GRANT_REMARKS

}
