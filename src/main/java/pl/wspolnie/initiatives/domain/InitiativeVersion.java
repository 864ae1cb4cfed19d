package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.text.Sha256;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A submitted version of an application, never changed: its content field by field in a
 * fixed order, the hourly rate that valued the social work, and the SHA-256 of the
 * content. A change after submission is a new version; the earlier ones stay.
 */
@Entity
@Immutable
@Table(name = "initiative_version")
public class InitiativeVersion extends JstRecord {

    @Column(name = "initiative_id")
    private Long initiativeId;

    private int number;

    private String content;

    @Column(name = "hourly_rate")
    private BigDecimal hourlyRate;

    private String sha256;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected InitiativeVersion() {
    }

    InitiativeVersion(Initiative i, int number, BigDecimal hourlyRate, Instant now) {
        super(i.getJstId());
        this.initiativeId = i.getId();
        this.number = number;
        this.hourlyRate = hourlyRate;
        this.submittedAt = now;
        this.content = canonical(i, hourlyRate);
        this.sha256 = sha256(content);
    }

    static String canonical(Initiative i, BigDecimal rate) {
        StringBuilder s = new StringBuilder();
        s.append("organization:").append(i.getOrganizationId()).append('\n');
        s.append("title:").append(i.getTitle()).append('\n');
        s.append("area:").append(i.getArea()).append('\n');
        s.append("description:").append(i.getDescription()).append('\n');
        s.append("place:").append(i.getPlace()).append('\n');
        s.append("schedule:").append(i.getSchedule()).append('\n');
        s.append("dates:").append(i.getStartsOn()).append('/').append(i.getEndsOn()).append('\n');
        i.getRequests()
            .forEach(r -> s.append("request:")
                .append(r.kind())
                .append('|')
                .append(r.description())
                .append('|')
                .append(r.value().toPlainString())
                .append('\n'));
        s.append("socialWork:").append(i.getSocialWorkHours().toPlainString()).append("h × ").append(rate).append('|');
        s.append(i.getSocialWorkDescription()).append('\n');
        s.append("inKind:").append(i.getInKindValue().toPlainString()).append('|').append(i.getInKindDescription());
        s.append('\n').append("cash:").append(i.getCash().toPlainString()).append('\n');
        return s.toString();
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

}
