package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An open meeting of a consultation (spotkanie otwarte): when, where or online, and its
 * minutes.
 */
@Entity
@Table(name = "consultation_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Column(name = "starts_at")
    private Instant startsAt;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    private String minutes;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(long consultationId, Instant startsAt, String place, String onlineLink, String minutes) {
        this.consultationId = consultationId;
        this.startsAt = startsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.minutes = minutes;
    }

    void edit(Instant startsAt, String place, String onlineLink, String minutes) {
        this.startsAt = startsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.minutes = minutes;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getMinutes() {
        return minutes;
    }

}
