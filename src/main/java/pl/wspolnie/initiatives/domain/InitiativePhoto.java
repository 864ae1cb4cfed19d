package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.files.DescribedPhoto;
import pl.wspolnie.shared.files.StoredFile;

/** A photo of an accepted initiative's report, public, with its description. */
@Entity
@Table(name = "initiative_photo")
public class InitiativePhoto implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "initiative_id", updatable = false)
    private Long initiativeId;

    @Embedded
    private StoredFile file;

    @Column(name = "alt_text")
    private String altText;

    protected InitiativePhoto() {
    }

    InitiativePhoto(Initiative initiative, DescribedPhoto photo) {
        this.jstId = initiative.getJstId();
        this.initiativeId = initiative.getId();
        this.file = photo.file();
        this.altText = photo.altText();
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
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
