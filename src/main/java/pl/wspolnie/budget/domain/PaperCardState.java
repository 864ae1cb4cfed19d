package pl.wspolnie.budget.domain;

/**
 * Where a paper card is: entered once and waiting for the second entry, disputed (the two
 * entries differ: a third staff member decides), counted, refused because the person had
 * already voted, or invalid (with its {@link InvalidCardReason}).
 */
public enum PaperCardState {

    FIRST_ENTERED, DISPUTED, COUNTED, ALREADY_VOTED, INVALID;

    public boolean isDecided() {
        return this == COUNTED || this == ALREADY_VOTED || this == INVALID;
    }

}
