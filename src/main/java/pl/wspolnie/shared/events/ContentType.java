package pl.wspolnie.shared.events;

/**
 * Kinds of published content that subscriptions, feeds and the bulletin digest know
 * about.
 */
public enum ContentType {

    NEWS, EVENT, COMPETITION, COMPETITION_RESULT, CONSULTATION, PROGRAMME, COUNCIL, NOTICE, GOOD_PRACTICE, TRAINING

}
