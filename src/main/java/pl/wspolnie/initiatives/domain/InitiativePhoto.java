package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.files.DescribedPhoto;
import pl.wspolnie.shared.files.StoredFile;

/** A photo of an accepted initiative's report, public, with its description. */
@Entity
@Table(name = "initiative_photo")
public class InitiativePhoto extends JstRecord {

    @Column(name = "initiative_id", updatable = false)
    private Long initiativeId;

    @Embedded
    private StoredFile file;

    @Column(name = "alt_text")
    private String altText;

    protected InitiativePhoto() {
    }

    InitiativePhoto(Initiative initiative, DescribedPhoto photo) {
        super(initiative.getJstId());
        this.initiativeId = initiative.getId();
        this.file = photo.file();
        this.altText = photo.altText();
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public StoredFile getFile() {
        return file;
    }

    public String getAltText() {
        return altText;
    }

}
