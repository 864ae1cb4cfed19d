package pl.wspolnie.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A member of a council term, from the NGO side or the JST side. */
@Entity
@Table(name = "council_member")
public class CouncilMember {

    public enum Side {

        NGO, JST

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", updatable = false)
    private Long termId;

    private int position;

    private String name;

    @Enumerated(EnumType.STRING)
    private Side side;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Version
    private long version;

    protected CouncilMember() {
    }

    CouncilMember(long termId, int position, String name, Side side) {
        this.termId = termId;
        this.position = position;
        this.name = name;
        this.side = side;
    }

    void edit(String name, Side side) {
        this.name = name;
        this.side = side;
    }

    void end(LocalDate on) {
        this.endedOn = on;
    }

    /** Still a member: the membership has not ended. */
    public boolean isActive() {
        return endedOn == null;
    }

    public Long getId() {
        return id;
    }

    public Long getTermId() {
        return termId;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getName() {
        return name;
    }

    public Side getSide() {
        return side;
    }

}
