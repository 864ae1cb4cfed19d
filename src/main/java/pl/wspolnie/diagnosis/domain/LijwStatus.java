package pl.wspolnie.diagnosis.domain;

/**
 * The steps of a year's LIJW diagnosis: its indicator set is edited (draft), then frozen
 * and scored, then the report is published (and frozen with it).
 */
public enum LijwStatus {

    DRAFT, FROZEN, PUBLISHED

}
