package pl.wspolnie.competitions.domain.contract;

/** When a control of a task takes place (art. 17 of the Act): during it or after it. */
public enum ControlPhase {

    DURING, AFTER

}
