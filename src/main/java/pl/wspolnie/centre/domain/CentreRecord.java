package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Something a centre offers (a room or equipment, a service, an advice slot): the
 * generated id and the centre, set once. The tables keep their columns {@code id} and
 * {@code centre_id}; the audit log names the fields as before.
 */
@MappedSuperclass
public abstract class CentreRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false, updatable = false)
    private Long centreId;

    protected CentreRecord() {
    }

    protected CentreRecord(long centreId) {
        this.centreId = centreId;
    }

    public Long getId() {
        return id;
    }

    public Long getCentreId() {
        return centreId;
    }

}
