package pl.wspolnie.centre.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;
import pl.wspolnie.shared.domain.JstRecord;

/**
 * A support centre of a JST, possibly serving several JSTs of the partnership. Its staff
 * are the people with the role CENTRE_STAFF in the owning JST or in one of the served
 * JSTs.
 */
@Entity
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.CENTRE)
@Table(name = "centre")
public class Centre extends JstRecord {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String address;

    private String email;

    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "centre_served_jst", joinColumns = @JoinColumn(name = "centre_id"))
    @Column(name = "jst_id")
    private Set<Long> servedJsts = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "centre_opening_hours", joinColumns = @JoinColumn(name = "centre_id"))
    @OrderBy("dayOfWeek")
    private List<OpeningHours> openingHours = new ArrayList<>();

    @Version
    private long version;

    protected Centre() {
    }

    Centre(long jstId, Instant createdAt) {
        super(jstId);
        this.createdAt = createdAt;
    }

    void update(String name, String address, String email, String phone, Set<Long> served, List<OpeningHours> hours) {
        this.name = name;
        this.address = address;
        this.email = email;
        this.phone = phone;
        this.servedJsts.clear();
        this.servedJsts.addAll(served);
        this.servedJsts.add(getJstId());
        this.openingHours.clear();
        hours.stream().sorted(Comparator.comparingInt(OpeningHours::dayOfWeek)).forEach(this.openingHours::add);
    }

    /**
     * The owning JST and every served JST: a CENTRE_STAFF role in any of them makes a
     * person staff here.
     */
    public Set<Long> staffJsts() {
        Set<Long> all = new HashSet<>(servedJsts);
        all.add(getJstId());
        return all;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Set<Long> getServedJsts() {
        return servedJsts;
    }

    public List<OpeningHours> getOpeningHours() {
        return openingHours;
    }

}
