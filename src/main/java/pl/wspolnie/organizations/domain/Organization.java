package pl.wspolnie.organizations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.organizations.OrganizationDetails;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.identifiers.PolishIdentifiers;
import pl.wspolnie.shared.text.SearchText;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import jakarta.persistence.EntityListeners;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;

/**
 * An organisation in the directory (an NGO or another entity of art. 3 ust. 3 of the
 * Act). Starts unverified; the NGO liaison officer of its JST verifies it. Audited with
 * the JST of its seat (the gmina).
 */
@Entity
@Table(name = "organization")
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.DIRECTORY)
public class Organization implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    private LegalForm legalForm;

    private String krs;

    @Column(name = "register_name")
    private String registerName;

    @Column(name = "register_number")
    private String registerNumber;

    private String nip;

    private String regon;

    @Column(nullable = false)
    private String street;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Column(nullable = false)
    private String city;

    @Column(name = "gmina_id", nullable = false)
    private Long gminaId;

    private String description;

    private String beneficiaries;

    private String email;

    private String phone;

    private String website;

    @ElementCollection
    @CollectionTable(name = "organization_sphere", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "sphere_code")
    private Set<String> sphereCodes = new HashSet<>();

    @Column(name = "logo_content_type")
    private String logoContentType;

    @Column(name = "logo_updated_at")
    private Instant logoUpdatedAt;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by")
    private Long verifiedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    /**
     * Derived from the public text for the directory search; its value would only repeat
     * the other fields in the audit log.
     */
    @AuditMasked
    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @Version
    private long version;

    protected Organization() {
    }

    Organization(OrganizationDetails details, Collection<String> sphereNames, Long createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        change(details, sphereNames);
    }

    /**
     * Replaces the public data. Sphere names (of the new spheres) feed the search text.
     */
    void change(OrganizationDetails d, Collection<String> sphereNames) {
        this.name = d.name();
        this.legalForm = d.legalForm();
        this.krs = PolishIdentifiers.digits(d.krs());
        this.registerName = d.registerName();
        this.registerNumber = d.registerNumber();
        this.nip = PolishIdentifiers.digits(d.nip());
        this.regon = PolishIdentifiers.digits(d.regon());
        this.street = d.street();
        this.postalCode = d.postalCode();
        this.city = d.city();
        this.gminaId = d.gminaId();
        this.description = d.description();
        this.beneficiaries = d.beneficiaries();
        this.email = d.email();
        this.phone = d.phone();
        this.website = d.website();
        Set<String> wanted = new HashSet<>(d.sphereCodes());
        // touch the collection only on a real change (each change is audited)
        if (!sphereCodes.equals(wanted)) {
            sphereCodes.retainAll(wanted);
            sphereCodes.addAll(wanted);
        }
        this.sortName = SearchText.fold(name);
        this.searchText = searchText(sphereNames);
    }

    private String searchText(Collection<String> sphereNames) {
        StringBuilder text = new StringBuilder(name);
        for (String part : new String[] { description, beneficiaries, city }) {
            if (part != null) {
                text.append(' ').append(part);
            }
        }
        sphereNames.forEach(s -> text.append(' ').append(s));
        return SearchText.fold(text.toString());
    }

    void logoChanged(String contentType, Instant at) {
        this.logoContentType = contentType;
        this.logoUpdatedAt = at;
    }

    void verify(Long by, Instant at) {
        this.verified = true;
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    void unverify() {
        this.verified = false;
        this.verifiedBy = null;
        this.verifiedAt = null;
    }

    public OrganizationSummary summary() {
        return new OrganizationSummary(id, name, legalForm, city, gminaId, verified);
    }

    /** The data as the edit form shows it. */
    public OrganizationDetails details() {
        return new OrganizationDetails(name, legalForm, krs, registerName, registerNumber, nip, regon, street,
                postalCode, city, gminaId, new TreeSet<>(sphereCodes).stream().toList(), description, beneficiaries,
                email, phone, website);
    }

    @Override
    public Long auditJstId() {
        return gminaId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public String getKrs() {
        return krs;
    }

    public String getRegisterName() {
        return registerName;
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public String getNip() {
        return nip;
    }

    public String getRegon() {
        return regon;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public Long getGminaId() {
        return gminaId;
    }

    public String getDescription() {
        return description;
    }

    public String getBeneficiaries() {
        return beneficiaries;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getWebsite() {
        return website;
    }

    public Set<String> getSphereCodes() {
        return Set.copyOf(sphereCodes);
    }

    public String getLogoContentType() {
        return logoContentType;
    }

    public Instant getLogoUpdatedAt() {
        return logoUpdatedAt;
    }

    public boolean hasLogo() {
        return logoContentType != null;
    }

    public boolean isVerified() {
        return verified;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

}
