package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One service of the public catalogue (e.g. "Doradztwo prawne"): what it is and who may
 * use it.
 */
@Entity
@Table(name = "centre_service")
public class CentreService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false, updatable = false)
    private Long centreId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String eligibility;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected CentreService() {
    }

    CentreService(long centreId, String name, String description, String eligibility, int position) {
        this.centreId = centreId;
        this.name = name;
        this.description = description;
        this.eligibility = eligibility;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Long getCentreId() {
        return centreId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getEligibility() {
        return eligibility;
    }

    public int getPosition() {
        return position;
    }

}
