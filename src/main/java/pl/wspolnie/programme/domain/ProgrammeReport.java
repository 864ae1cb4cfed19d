package pl.wspolnie.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;

/**
 * The editable narrative of a JST's programme implementation report for a year; the
 * figures are computed until it is published and frozen then.
 */
@Entity
@Table(name = "programme_report")
public class ProgrammeReport extends JstRecord {

    @Column(updatable = false)
    private int year;

    private String narrative;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The figures frozen at publication (JSON), null before. */
    private String figures;

    @Version
    private long version;

    protected ProgrammeReport() {
    }

    ProgrammeReport(long jstId, int year, String narrative) {
        super(jstId);
        this.year = year;
        this.narrative = narrative;
    }

    void edit(String narrative) {
        this.narrative = narrative;
    }

    /** Publishes the report once, keeping the figures as they are now. */
    void publish(String figuresJson, Instant at) {
        if (publishedAt == null) {
            this.figures = figuresJson;
            this.publishedAt = at;
        }
    }

    public String getFigures() {
        return figures;
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
