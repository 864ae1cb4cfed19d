package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.files.StoredFile;

/**
 * The scan of a project's paper support list: personal data, downloaded only by the
 * author and the gmina's coordinators; a new upload replaces it.
 */
@Entity
@Table(name = "budget_paper_list")
public class PaperList extends JstRecord {

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Embedded
    private StoredFile file;

    @Version
    private long version;

    protected PaperList() {
    }

    PaperList(Project project) {
        super(project.auditJstId());
        this.projectId = project.getId();
    }

    void replace(StoredFile file) {
        this.file = file;
    }

    public StoredFile getFile() {
        return file;
    }

}
