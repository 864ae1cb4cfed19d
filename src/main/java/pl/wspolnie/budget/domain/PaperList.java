package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.files.StoredFile;

/**
 * The scan of a project's paper support list: personal data, downloaded only by the
 * author and the gmina's coordinators; a new upload replaces it.
 */
@Entity
@Table(name = "budget_paper_list")
public class PaperList implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Embedded
    private StoredFile file;

    @Version
    private long version;

    protected PaperList() {
    }

    PaperList(Project project) {
        this.jstId = project.auditJstId();
        this.projectId = project.getId();
    }

    void replace(StoredFile file) {
        this.file = file;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public StoredFile getFile() {
        return file;
    }

}
