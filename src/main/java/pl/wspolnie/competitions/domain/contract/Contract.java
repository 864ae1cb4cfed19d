package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract for an awarded offer (one per offer), recorded by an official of the JST.
 */
@Entity
@Table(name = "competition_contract")
public class Contract implements JstScoped {

    /** A payment tranche: due date and amount. */
    @Embeddable
    public static class Tranche {

        @Column(name = "due_on")
        private LocalDate dueOn;

        private BigDecimal amount;

        protected Tranche() {
        }

        public Tranche(LocalDate dueOn, BigDecimal amount) {
            this.dueOn = dueOn;
            this.amount = amount;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public BigDecimal getAmount() {
            return amount;
        }

    }

    @Id
    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "competition_id")
    private Long competitionId;

    @Column(name = "jst_id")
    private Long jstId;

    private String number;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "bank_account")
    private String bankAccount;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    /**
     * The task's end in force: the end of the latest accepted annex, else
     * {@link #periodTo} (which stays the signed term).
     */
    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "grant_amount")
    private BigDecimal grantAmount;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "principal_representatives")
    private String principalRepresentatives;

    @Column(name = "contractor_representatives")
    private String contractorRepresentatives;

    @Column(name = "final_reminder_sent_at")
    private Instant finalReminderSentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competition_contract_tranche", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    private List<Tranche> tranches = new ArrayList<>();

    protected Contract() {
    }

    public Contract(long offerId, Long competitionId, long jstId, String number, LocalDate signedOn, String bankAccount,
            LocalDate periodFrom, LocalDate periodTo, BigDecimal grantAmount, int versionNumber, List<Tranche> tranches,
            long recordedBy, Instant now) {
        this.offerId = offerId;
        this.competitionId = competitionId;
        this.jstId = jstId;
        this.number = number;
        this.signedOn = signedOn;
        this.bankAccount = bankAccount;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.endsOn = periodTo;
        this.grantAmount = grantAmount;
        this.versionNumber = versionNumber;
        this.tranches.addAll(tranches);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** Who signs for the JST and for the offeror(s); blank: a line to fill in. */
    void representedBy(String principal, String contractor) {
        this.principalRepresentatives = principal == null || principal.isBlank() ? null : principal.strip();
        this.contractorRepresentatives = contractor == null || contractor.isBlank() ? null : contractor.strip();
    }

    public String getPrincipalRepresentatives() {
        return principalRepresentatives;
    }

    public String getContractorRepresentatives() {
        return contractorRepresentatives;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    /** The account grouped in fours as printed: "12 3456 7890 …". */
    public String formattedAccount() {
        StringBuilder b = new StringBuilder(bankAccount.substring(0, 2));
        for (int i = 2; i < bankAccount.length(); i += 4) {
            b.append(' ').append(bankAccount, i, Math.min(i + 4, bankAccount.length()));
        }
        return b.toString();
    }

    /**
     * An accepted annex set the task's end: the one place the end in force changes. A
     * moved end is reminded of again before its own due date.
     */
    void annexedTo(LocalDate end) {
        if (!end.equals(endsOn)) {
            endsOn = end;
            finalReminderSentAt = null;
        }
    }

    void reminded(Instant now) {
        finalReminderSentAt = now;
    }

    public Long getOfferId() {
        return offerId;
    }

    /** The competition, or null for a small grant's contract (art. 19a). */
    public Long getCompetitionId() {
        return competitionId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    /**
     * The task's end in force (the latest accepted annex's, else the signed one): what
     * the final report's due date, the return's deadline and their reminders count from.
     */
    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getGrantAmount() {
        return grantAmount;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<Tranche> getTranches() {
        return tranches;
    }

}
