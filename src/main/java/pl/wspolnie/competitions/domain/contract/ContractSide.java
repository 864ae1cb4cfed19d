package pl.wspolnie.competitions.domain.contract;

/**
 * The side of a contract a person speaks for: the JST's officials (the principal) or the
 * representatives of the offer's organisations (the contractor).
 */
public enum ContractSide {

    OFFICIAL, CONTRACTOR;

    /** The side that is told of what this side did. */
    public ContractSide other() {
        return this == OFFICIAL ? CONTRACTOR : OFFICIAL;
    }

}
