package pl.wspolnie.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;

/** A meeting of the council with its agenda and minutes. */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting extends JstRecord {

    @Column(name = "starts_at")
    private Instant startsAt;

    private String place;

    private String agenda;

    private String minutes;

    @Version
    private long version;

    protected CouncilMeeting() {
    }

    CouncilMeeting(long jstId, Instant startsAt, String place, String agenda, String minutes) {
        super(jstId);
        this.startsAt = startsAt;
        this.place = place;
        this.agenda = agenda;
        this.minutes = minutes;
    }

    void edit(Instant startsAt, String place, String agenda, String minutes) {
        this.startsAt = startsAt;
        this.place = place;
        this.agenda = agenda;
        this.minutes = minutes;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

}
