package pl.wspolnie.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * The editable narrative of a JST's programme implementation report for a year; the
 * figures are computed.
 */
@Entity
@Table(name = "programme_report")
public class ProgrammeReport implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(updatable = false)
    private int year;

    private String narrative;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected ProgrammeReport() {
    }

    ProgrammeReport(long jstId, int year, String narrative) {
        this.jstId = jstId;
        this.year = year;
        this.narrative = narrative;
    }

    void edit(String narrative, boolean publish, Instant at) {
        this.narrative = narrative;
        if (publish && publishedAt == null) {
            publishedAt = at;
        }
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public String getNarrative() {
        return narrative;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public int getYear() {
        return year;
    }

}
