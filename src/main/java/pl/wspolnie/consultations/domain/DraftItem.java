package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One chapter heading or paragraph of one version of a draft; its id is the stable anchor
 * of remarks.
 */
@Entity
@Table(name = "consultation_item")
public class DraftItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Column(name = "draft_version", updatable = false)
    private int draftVersion;

    private int position;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private String label;

    private String body;

    protected DraftItem() {
    }

    DraftItem(long consultationId, int draftVersion, int position, DraftText.Item item) {
        this.consultationId = consultationId;
        this.draftVersion = draftVersion;
        this.position = position;
        this.kind = item.kind();
        this.label = item.label();
        this.body = item.body();
    }

    public boolean isChapter() {
        return kind == ItemKind.CHAPTER;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public int getDraftVersion() {
        return draftVersion;
    }

    public int getPosition() {
        return position;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getBody() {
        return body;
    }

    /**
     * The key that matches the same paragraph across versions: kind and label (or
     * position when unlabelled).
     */
    public String matchKey() {
        return kind + ":" + (label == null ? "#" + position : label.replaceAll("\\s+", " ").toLowerCase());
    }

}
