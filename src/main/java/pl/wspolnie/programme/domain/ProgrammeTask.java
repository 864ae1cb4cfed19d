package pl.wspolnie.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * A priority task of a programme, in one sphere of public benefit, with its planned
 * funds.
 */
@Entity
@Table(name = "programme_task")
public class ProgrammeTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", updatable = false)
    private Long programmeId;

    @Column(name = "sphere_code")
    private String sphereCode;

    private String description;

    @Column(name = "planned_funds")
    private BigDecimal plannedFunds;

    protected ProgrammeTask() {
    }

    ProgrammeTask(long programmeId, String sphereCode, String description, BigDecimal plannedFunds) {
        this.programmeId = programmeId;
        this.sphereCode = sphereCode;
        this.description = description;
        this.plannedFunds = plannedFunds;
    }

    void edit(String sphereCode, String description, BigDecimal plannedFunds) {
        this.sphereCode = sphereCode;
        this.description = description;
        this.plannedFunds = plannedFunds;
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getSphereCode() {
        return sphereCode;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getPlannedFunds() {
        return plannedFunds;
    }

}
