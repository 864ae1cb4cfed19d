package pl.wspolnie.centre.domain;

/**
 * Kinds of events a centre runs (szkolenie, warsztaty, seminarium, konferencja, wizyta
 * studyjna).
 */
public enum TrainingKind {

    TRAINING, WORKSHOP, SEMINAR, CONFERENCE, STUDY_VISIT

}
