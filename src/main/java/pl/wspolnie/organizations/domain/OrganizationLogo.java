package pl.wspolnie.organizations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.AuditMasked;

/**
 * The bytes of an organisation's logo, kept apart so that loading an organisation never
 * loads them. Its changes are visible in the audit log through Organization's logo fields
 * (with the JST); here the bytes are masked.
 */
@Entity
@Table(name = "organization_logo")
public class OrganizationLogo {

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @AuditMasked
    @Column(nullable = false)
    private byte[] data;

    protected OrganizationLogo() {
    }

    OrganizationLogo(long organizationId, LogoImage image) {
        this.organizationId = organizationId;
        replace(image);
    }

    void replace(LogoImage image) {
        this.contentType = image.contentType();
        this.data = image.bytes();
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getData() {
        return data;
    }

}
