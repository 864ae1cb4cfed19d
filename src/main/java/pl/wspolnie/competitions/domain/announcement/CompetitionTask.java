package pl.wspolnie.competitions.domain.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One public task of a competition with its sphere of public benefit and the funds for
 * it.
 */
@Entity
@Table(name = "competition_task")
public class CompetitionTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "competition_id", insertable = false, updatable = false)
    private Long competitionId;

    private int position;

    private String name;

    @Column(name = "sphere_code")
    private String sphereCode;

    private BigDecimal funds;

    protected CompetitionTask() {
    }

    CompetitionTask(int position, String name, String sphereCode, BigDecimal funds) {
        this.position = position;
        this.name = name;
        this.sphereCode = sphereCode;
        this.funds = funds;
    }

    void update(int position, String name, String sphereCode, BigDecimal funds) {
        this.position = position;
        this.name = name;
        this.sphereCode = sphereCode;
        this.funds = funds;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getSphereCode() {
        return sphereCode;
    }

    public BigDecimal getFunds() {
        return funds;
    }

}
