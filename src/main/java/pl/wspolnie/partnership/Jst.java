package pl.wspolnie.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;
import jakarta.persistence.EntityListeners;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;

/**
 * A local government unit (jednostka samorządu terytorialnego) taking part in the
 * platform.
 */
@Entity
@Table(name = "jst")
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.JSTS)
public class Jst implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JstType type;

    @Column(nullable = false)
    private String name;

    private String teryt;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "partnership_member", nullable = false)
    private boolean partnershipMember;

    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    private String email;

    private String phone;

    private String website;

    @Column(name = "liaison_name")
    private String liaisonName;

    @Column(name = "liaison_room")
    private String liaisonRoom;

    @Column(name = "liaison_phone")
    private String liaisonPhone;

    @Column(name = "liaison_email")
    private String liaisonEmail;

    @Version
    private long version;

    protected Jst() {
    }

    public Jst(JstType type, String name, String teryt, Long parentId, boolean partnershipMember) {
        this.type = type;
        this.name = name;
        this.teryt = teryt;
        this.parentId = parentId;
        this.partnershipMember = partnershipMember;
    }

    public void changeAddress(String street, String postalCode, String city, String email, String phone,
            String website) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.email = email;
        this.phone = phone;
        this.website = website;
    }

    public void changeLiaison(String name, String room, String phone, String email) {
        this.liaisonName = name;
        this.liaisonRoom = room;
        this.liaisonPhone = phone;
        this.liaisonEmail = email;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void setPartnershipMember(boolean member) {
        this.partnershipMember = member;
    }

    public JstSummary summary() {
        return new JstSummary(id, type, name, teryt, parentId, partnershipMember);
    }

    @Override
    public Long auditJstId() {
        return id;
    }

    public Long getId() {
        return id;
    }

    public JstType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getTeryt() {
        return teryt;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isPartnershipMember() {
        return partnershipMember;
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

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getWebsite() {
        return website;
    }

    public String getLiaisonName() {
        return liaisonName;
    }

    public String getLiaisonRoom() {
        return liaisonRoom;
    }

    public String getLiaisonPhone() {
        return liaisonPhone;
    }

    public String getLiaisonEmail() {
        return liaisonEmail;
    }

    public long getVersion() {
        return version;
    }

}
