package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An action's status in one year, with a note. */
@Embeddable
public class ActionYear {

    public enum Status {

        PLANNED, IN_PROGRESS, DONE, DROPPED

    }

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;

    @Column(name = "note")
    private String note;

    protected ActionYear() {
    }

    ActionYear(Status status, String note) {
        this.status = status;
        this.note = note;
    }

    public Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

}
