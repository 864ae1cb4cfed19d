package pl.wspolnie.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;
import java.time.LocalDate;

/** One term of a JST's council; its members are {@link CouncilMember} rows. */
@Entity
@Table(name = "council_term")
public class CouncilTerm extends JstRecord {

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CouncilTerm() {
    }

    CouncilTerm(long jstId, LocalDate startsOn, LocalDate endsOn, Instant at) {
        super(jstId);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = at;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

}
