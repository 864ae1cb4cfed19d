package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;

/**
 * A pool of an edition: the whole JST or one area, with its amount, the area's population
 * and the signatures a project needs (at most 0.1% of that population).
 */
@Entity
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.BUDGET_BALLOT)
@Table(name = "budget_pool")
public class Pool implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", nullable = false, updatable = false)
    private Long jstId;

    @Column(name = "edition_id", nullable = false, updatable = false)
    private Long editionId;

    private String name;

    @Column(name = "whole_jst")
    private boolean wholeJst;

    private BigDecimal amount;

    private int population;

    @Column(name = "signatures_required")
    private int signaturesRequired;

    @Version
    private long version;

    protected Pool() {
    }

    Pool(Edition edition, String name, boolean wholeJst, BigDecimal amount, int population, int signaturesRequired) {
        this.jstId = edition.getJstId();
        this.editionId = edition.getId();
        update(name, wholeJst, amount, population, signaturesRequired);
    }

    void update(String name, boolean wholeJst, BigDecimal amount, int population, int signaturesRequired) {
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolation("amount", "budget.money.positive");
        }
        EditionRules.signatures(population, signaturesRequired);
        this.name = name;
        this.wholeJst = wholeJst;
        this.amount = amount;
        this.population = population;
        this.signaturesRequired = signaturesRequired;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getEditionId() {
        return editionId;
    }

    public String getName() {
        return name;
    }

    public boolean isWholeJst() {
        return wholeJst;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getPopulation() {
        return population;
    }

    public int getSignaturesRequired() {
        return signaturesRequired;
    }

}
