package pl.wspolnie.competitions.domain.offer;

/** The official's formal assessment of a submitted offer. */
public enum FormalResult {

    PENDING, CORRECT, INCORRECT, CORRECTIONS_REQUESTED

}
