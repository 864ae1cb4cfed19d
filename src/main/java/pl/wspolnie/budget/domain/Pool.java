package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;
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
public class Pool extends EditionRecord {

    private String name;

    @Column(name = "whole_jst")
    private boolean wholeJst;

    private BigDecimal amount;

    private int population;

    @Column(name = "signatures_required")
    private int signaturesRequired;

    protected Pool() {
    }

    Pool(Edition edition, String name, boolean wholeJst, BigDecimal amount, int population, int signaturesRequired) {
        super(edition.getJstId(), edition.getId());
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
