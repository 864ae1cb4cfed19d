package pl.wspolnie.competitions.domain;

import java.util.List;

/**
 * The content of a submitted offer version, as stored in canonical JSON (properties sorted, money as plain text
 * with two decimals, dates ISO): the same content always gives the same text and so the same checksum.
 */
public record OfferContent(long offerId, long competitionId, String competitionTitle, long taskId, String taskName,
        String title, String periodFrom, String periodTo, List<Offeror> offerors, String contactPerson, String summary,
        List<Action> actions, List<Result> results, String experience, String resources, List<CostLine> costLines,
        Sources sources, List<Share> split, String otherInfo, List<String> statements) {

    public record Offeror(long organizationId, String name, String legalForm, String city) {
    }

    public record Action(String name, String description, String recipients, String from, String to) {
    }

    public record Result(String name, String target, String measure) {
    }

    public record CostLine(int number, String action, String type, String unit, String unitCost, String units,
                           String total, String fromGrant, boolean administrative) {
    }

    /** V.B: each source in zł and in % of the total (computed). */
    public record Sources(String total, String grant, String grantPct, String ownFinancial, String ownFinancialPct,
                          String ownPersonal, String ownPersonalPct, String ownInKind, String ownInKindPct,
                          String recipientPayments, String recipientPaymentsPct, String ownTotal, String ownTotalPct,
                          String administrative, String administrativePct) {
    }

    public record Share(long organizationId, String name, String amount, String pct) {
    }
}
