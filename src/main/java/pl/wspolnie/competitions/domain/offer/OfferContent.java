package pl.wspolnie.competitions.domain.offer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.math.BigDecimal;

/**
 * The content of a submitted offer version, as stored in canonical JSON (properties
 * sorted, money as plain text with two decimals, dates ISO): the same content always
 * gives the same text and so the same checksum. The attachments (with their SHA-256
 * digests) and the per-year totals of a multi-year task are written only when present, so
 * the content of an offer without them reads as before.
 */
public record OfferContent(long offerId, @JsonInclude(JsonInclude.Include.NON_NULL) Long competitionId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String competitionTitle,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long taskId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String taskName, String title, String periodFrom, String periodTo,
        List<Offeror> offerors, String contactPerson, String summary, List<Action> actions, List<Result> results,
        String experience, String resources, List<CostLine> costLines, Sources sources, List<Share> split,
        String otherInfo, List<String> statements,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<YearTotal> yearTotals,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Attachment> attachments,
        @JsonInclude(JsonInclude.Include.NON_NULL) SmallGrantPart smallGrant) {

    @JsonCreator
    public OfferContent {
        yearTotals = yearTotals == null ? List.of() : yearTotals;
        attachments = attachments == null ? List.of() : attachments;
    }

    /** Content without per-year totals and attachments (a single-year task, no files). */
    public OfferContent(long offerId, long competitionId, String competitionTitle, long taskId, String taskName,
            String title, String periodFrom, String periodTo, List<Offeror> offerors, String contactPerson,
            String summary, List<Action> actions, List<Result> results, String experience, String resources,
            List<CostLine> costLines, Sources sources, List<Share> split, String otherInfo, List<String> statements) {
        this(offerId, competitionId, competitionTitle, taskId, taskName, title, periodFrom, periodTo, offerors,
                contactPerson, summary, actions, results, experience, resources, costLines, sources, split, otherInfo,
                statements, List.of(), List.of(), null);
    }

    /** This content with the attachments of the version. */
    public OfferContent withAttachments(List<Attachment> files) {
        return new OfferContent(offerId, competitionId, competitionTitle, taskId, taskName, title, periodFrom, periodTo,
                offerors, contactPerson, summary, actions, results, experience, resources, costLines, sources, split,
                otherInfo, statements, yearTotals, files, smallGrant);
    }

    /** True for a small grant's simplified offer (art. 19a). */
    @JsonIgnore
    public boolean forSmallGrant() {
        return smallGrant != null;
    }

    /**
     * What only a small grant's simplified offer (Dz.U. 2018 poz. 2055) has: the JST it
     * is made to, the sphere of public benefit of the task and the place where it is
     * carried out. A competition's offer has none (its content reads as before).
     */
    public record SmallGrantPart(long jstId, String jstName, String sphereCode, String sphereName, String place) {
    }

    /** True when the cost lines carry years (a task of more than one calendar year). */
    public boolean multiYear() {
        return !yearTotals.isEmpty();
    }

    public record Offeror(long organizationId, String name, String legalForm, String city) {
    }

    public record Action(String name, String description, String recipients, String from, String to) {
    }

    public record Result(String name, String target, String measure) {
    }

    public record CostLine(int number, String action, String type, String unit, String unitCost, String units,
            String total, String fromGrant, boolean administrative,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer year) {

        @JsonCreator
        public CostLine {
        }

        public CostLine(int number, String action, String type, String unit, String unitCost, String units,
                String total, String fromGrant, boolean administrative) {
            this(number, action, type, unit, unitCost, units, total, fromGrant, administrative, null);
        }
    }

    /**
     * V.A of a multi-year task: the costs of one calendar year (and of them from the
     * grant).
     */
    public record YearTotal(int year, String total, String fromGrant) {
    }

    /** V.B: each source in zł and in % of the total (computed). */
    public record Sources(String total, String grant, String grantPct, String ownFinancial, String ownFinancialPct,
            String ownPersonal, String ownPersonalPct, String ownInKind, String ownInKindPct, String recipientPayments,
            String recipientPaymentsPct, String ownTotal, String ownTotalPct, String administrative,
            String administrativePct) {

        /** The total cost as an amount (for display with the money format). */
        public BigDecimal totalAmount() {
            return new BigDecimal(total);
        }

        /** The requested grant as an amount (for display with the money format). */
        public BigDecimal grantAmount() {
            return new BigDecimal(grant);
        }
    }

    public record Share(long organizationId, String name, String amount, String pct) {
    }

    /**
     * A file of the version: which required attachment it is (null: another one), its
     * name, type, size and SHA-256.
     */
    public record Attachment(long id, String requiredName, String fileName, String contentType, int sizeBytes,
            String sha256) {
    }
}
