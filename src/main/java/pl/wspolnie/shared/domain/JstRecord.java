package pl.wspolnie.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import pl.wspolnie.shared.audit.JstScoped;

/**
 * The identity of an entity that belongs to one JST (as spring-petclinic's entities
 * extend its {@code BaseEntity}): the generated id and the JST, set once, which the audit
 * log records with every change ({@link JstScoped}). The tables keep their columns
 * {@code id} and {@code jst_id}; the audit log names the fields as before.
 */
@MappedSuperclass
public abstract class JstRecord implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    protected JstRecord() {
    }

    protected JstRecord(Long jstId) {
        this.jstId = jstId;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getJstId() {
        return jstId;
    }

}
