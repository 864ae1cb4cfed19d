package pl.wspolnie.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evaluation indicator of a programme with its target value. */
@Entity
@Table(name = "programme_indicator")
public class ProgrammeIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", updatable = false)
    private Long programmeId;

    private String name;

    private String target;

    protected ProgrammeIndicator() {
    }

    ProgrammeIndicator(long programmeId, String name, String target) {
        this.programmeId = programmeId;
        this.name = name;
        this.target = target;
    }

    void edit(String name, String target) {
        this.name = name;
        this.target = target;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTarget() {
        return target;
    }

}
