package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;

/**
 * Something of one edition of a JST's budget (a pool, a project, a paper card, a
 * conflict), versioned; the edition is set once.
 */
@MappedSuperclass
public abstract class EditionRecord extends JstRecord {

    @Column(name = "edition_id", nullable = false, updatable = false)
    private Long editionId;

    @Version
    private long version;

    protected EditionRecord() {
    }

    protected EditionRecord(long jstId, long editionId) {
        super(jstId);
        this.editionId = editionId;
    }

    public Long getEditionId() {
        return editionId;
    }

}
