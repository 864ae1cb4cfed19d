package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One service of the public catalogue (e.g. "Doradztwo prawne"): what it is and who may
 * use it.
 */
@Entity
@Table(name = "centre_service")
public class CentreService extends CentreRecord {

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
        super(centreId);
        this.name = name;
        this.description = description;
        this.eligibility = eligibility;
        this.position = position;
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
