package pl.wspolnie.diagnosis.domain;

/**
 * Where an indicator's value comes from: the platform's records, a survey question's
 * answers, or a yes/no declaration with evidence.
 */
public enum IndicatorKind {

    COMPUTED, SURVEY, DECLARED

}
