package pl.wspolnie.subscriptions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.subscriptions.Frequency;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's subscription settings: which JSTs and spheres (empty = all), per content
 * type how often.
 */
@Entity
@Table(name = "subscription_settings")
public class SubscriptionSettings {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "jst_ids", columnDefinition = "bigint[]")
    private Long[] jstIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sphere_codes", columnDefinition = "text[]")
    private String[] sphereCodes;

    private boolean newsletter;

    @Column(name = "last_daily_at")
    private Instant lastDailyAt;

    @Column(name = "last_weekly_at")
    private Instant lastWeeklyAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subscription_frequency", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "content_type")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "frequency")
    @Enumerated(EnumType.STRING)
    private Map<ContentType, Frequency> frequencies = new HashMap<>();

    @Version
    private long version;

    protected SubscriptionSettings() {
    }

    SubscriptionSettings(long userId, Instant now) {
        this.userId = userId;
        this.jstIds = new Long[0];
        this.sphereCodes = new String[0];
        this.updatedAt = now;
        // digests start from the moment of subscribing, not from the beginning of time
        this.lastDailyAt = now;
        this.lastWeeklyAt = now;
    }

    void change(List<Long> jsts, List<String> spheres, Map<ContentType, Frequency> chosen, boolean newsletter,
            Instant now) {
        this.jstIds = jsts.toArray(Long[]::new);
        this.sphereCodes = spheres.toArray(String[]::new);
        this.frequencies.clear();
        chosen.forEach((type, f) -> {
            if (f != Frequency.NONE) {
                this.frequencies.put(type, f);
            }
        });
        this.newsletter = newsletter;
        this.updatedAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public List<Long> getJstIds() {
        return jstIds == null ? List.of() : List.of(jstIds);
    }

    public List<String> getSphereCodes() {
        return sphereCodes == null ? List.of() : List.of(sphereCodes);
    }

    public boolean isNewsletter() {
        return newsletter;
    }

    public long getVersion() {
        return version;
    }

    public Frequency frequencyOf(ContentType type) {
        return frequencies.getOrDefault(type, Frequency.NONE);
    }

    public Map<ContentType, Frequency> getFrequencies() {
        Map<ContentType, Frequency> all = new EnumMap<>(ContentType.class);
        for (ContentType t : ContentType.values()) {
            all.put(t, frequencies.getOrDefault(t, Frequency.NONE));
        }
        return all;
    }

}
