package pl.wspolnie.budget.domain.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.files.StoredFile;

/**
 * A photo of a milestone (JPG or PNG, its type checked by its first bytes), public, with
 * the text that describes it to people who cannot see it.
 */
@Entity
@Table(name = "budget_milestone_photo")
public class MilestonePhoto extends JstRecord {

    @Column(name = "milestone_id", updatable = false)
    private Long milestoneId;

    @Embedded
    private StoredFile file;

    @Column(name = "alt_text")
    private String altText;

    protected MilestonePhoto() {
    }

    MilestonePhoto(Milestone milestone, StoredFile file, String altText) {
        super(milestone.auditJstId());
        this.milestoneId = milestone.getId();
        this.file = file;
        this.altText = altText;
    }

    public Long getMilestoneId() {
        return milestoneId;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getAltText() {
        return altText;
    }

}
