package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;

/**
 * An organisational unit of a JST (JOST: a culture centre, a social-welfare centre): a
 * name under its parent JST.
 */
@Entity
@Table(name = "governance_unit")
public class Unit implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_jst_id", updatable = false)
    private Long parentJstId;

    @Column(updatable = false)
    private String name;

    protected Unit() {
    }

    Unit(long parentJstId, String name) {
        this.parentJstId = parentJstId;
        this.name = name;
    }

    @Override
    public Long auditJstId() {
        return parentJstId;
    }

    public Long getId() {
        return id;
    }

    public Long getParentJstId() {
        return parentJstId;
    }

    public String getName() {
        return name;
    }

}
