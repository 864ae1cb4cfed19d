package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.LocalDate;

/**
 * The record that a person voted in an edition: known only by the keyed hash of their
 * PESEL (unique per edition), with the channel, the day and the age group (for the
 * turnout; never the birth date), and for an online vote the account (one online vote per
 * account). It says nothing of the choices and has no link to the ballot. Its insert is
 * the audit log's "voted" entry.
 */
@Entity
@Table(name = "budget_voter")
public class Voter extends JstRecord {

    @Column(name = "edition_id", updatable = false)
    private Long editionId;

    @AuditMasked
    @Column(name = "pesel_hash", updatable = false)
    private String peselHash;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private VotingChannel channel;

    @Column(name = "voted_on", updatable = false)
    private LocalDate votedOn;

    @AuditMasked
    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", updatable = false)
    private AgeGroup ageGroup;

    /**
     * The account of an online vote (one per edition), never linked to the ballot;
     * deleted with the PESEL hash by {@link Retention}. Null for a paper card.
     */
    @AuditMasked
    @Column(name = "user_id", updatable = false)
    private Long accountId;

    protected Voter() {
    }

    Voter(Edition edition, String peselHash, VotingChannel channel, LocalDate votedOn, AgeGroup ageGroup,
            Long accountId) {
        super(edition.getJstId());
        this.accountId = accountId;
        this.editionId = edition.getId();
        this.peselHash = peselHash;
        this.channel = channel;
        this.votedOn = votedOn;
        this.ageGroup = ageGroup;
    }

    public VotingChannel getChannel() {
        return channel;
    }

}
