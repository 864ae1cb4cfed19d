package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.StateConflict;

/**
 * A paper voting card by its printed number, and who entered it. It holds none of the
 * card's data (that lives in its entries until the card is decided), so its audit trail
 * shows who entered which card and when, never the choices.
 */
@Entity
@Table(name = "budget_paper_card")
public class PaperCard extends EditionRecord {

    @Column(updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    private PaperCardState state;

    @Column(name = "first_by")
    private Long firstBy;

    @Column(name = "second_by")
    private Long secondBy;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "invalid_reason")
    private InvalidCardReason invalidReason;

    protected PaperCard() {
    }

    PaperCard(Edition edition, String number, long staffId) {
        super(edition.getJstId(), edition.getId());
        this.number = number;
        this.state = PaperCardState.FIRST_ENTERED;
        this.firstBy = staffId;
    }

    /**
     * Refuses an entry by somebody who already entered the card, and any entry of a
     * decided card: the second entry is by another person, the deciding one by a third.
     */
    void requireEnterableBy(long staffId) {
        if (state.isDecided()) {
            throw new StateConflict("budget.paper.decided", "card " + number);
        }
        if (firstBy == staffId || (secondBy != null && secondBy == staffId)) {
            throw new StateConflict(
                    state == PaperCardState.DISPUTED ? "budget.paper.thirdStaff" : "budget.paper.sameStaff",
                    "card " + number + " staff " + staffId);
        }
    }

    void disputedBy(long staffId) {
        this.secondBy = staffId;
        this.state = PaperCardState.DISPUTED;
    }

    /** The second matching entry, or the third person's deciding one. */
    void decidedBy(long staffId, PaperCardState outcome) {
        if (state == PaperCardState.FIRST_ENTERED) {
            this.secondBy = staffId;
        }
        else {
            this.decidedBy = staffId;
        }
        this.state = outcome;
    }

    /** The deciding entry found the card invalid. */
    void invalidBy(long staffId, InvalidCardReason reason) {
        decidedBy(staffId, PaperCardState.INVALID);
        this.invalidReason = reason;
    }

    public String getNumber() {
        return number;
    }

    public PaperCardState getState() {
        return state;
    }

    /** Why the card is invalid, or null for a card that is not. */
    public InvalidCardReason getInvalidReason() {
        return invalidReason;
    }

}
