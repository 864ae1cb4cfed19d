package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionTask;
import pl.wspolnie.organizations.OrganizationSummary;

import java.math.BigDecimal;
import java.util.List;

/**
 * Builds the content of a submitted offer that is stored and checksummed, from the offer
 * as typed and as read and computed by {@link OfferRules}. Only for an offer that meets
 * every rule.
 */
final class OfferContentBuilder {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private OfferContentBuilder() {
    }

    static OfferContent build(long offerId, OfferForm f, Competition c, CompetitionTask task,
            List<OrganizationSummary> offerors, OfferCostTable costs, OfferRules.Computed m,
            List<OfferContent.Share> shares) {
        List<OfferContent.Offeror> offerorList = offerors(offerors);
        List<OfferContent.Action> actions = actions(f);
        List<OfferContent.Result> results = results(f);
        List<String> statements = STATEMENTS;
        List<OfferContent.YearTotal> yearTotals = costs.yearTotals()
            .entrySet()
            .stream()
            .map(e -> new OfferContent.YearTotal(e.getKey(), Money.plain(e.getValue()),
                    Money.plain(costs.yearGrants().getOrDefault(e.getKey(), ZERO))))
            .toList();
        return new OfferContent(offerId, c.getId(), c.getTitle(), task.getId(), task.getName(), s(f.getTitle()),
                f.getPeriodFrom().toString(), f.getPeriodTo().toString(), offerorList, s(f.getContactPerson()),
                s(f.getSummary()), actions, results, s(f.getExperience()), s(f.getResources()), costs.content(),
                sources(m), shares, s(f.getOtherInfo()), statements, yearTotals, List.of(), null);
    }

    /**
     * A small grant's simplified offer: no competition or task, no joint split or
     * per-year totals; the same offerors, actions, results, cost lines and sources as a
     * competition's offer.
     */
    static OfferContent buildSmallGrant(long offerId, OfferForm f, OfferContent.SmallGrantPart part,
            List<OrganizationSummary> offerors, OfferCostTable costs, OfferRules.Computed m) {
        return new OfferContent(offerId, null, null, null, null, s(f.getTitle()), f.getPeriodFrom().toString(),
                f.getPeriodTo().toString(), offerors(offerors), s(f.getContactPerson()), s(f.getSummary()), actions(f),
                results(f), "", "", costs.content(), sources(m), List.of(), s(f.getOtherInfo()), STATEMENTS, List.of(),
                List.of(), part);
    }

    private static final List<String> STATEMENTS = List.of("noProfit", "noArrears", "dataTrue");

    private static OfferContent.Sources sources(OfferRules.Computed m) {
        BigDecimal total = m.total();
        return new OfferContent.Sources(Money.plain(total), Money.plain(m.grant()), pct(m.grant(), total),
                Money.plain(m.ownFinancial()), pct(m.ownFinancial(), total), Money.plain(m.ownPersonal()),
                pct(m.ownPersonal(), total), Money.plain(m.ownInKind()), pct(m.ownInKind(), total),
                Money.plain(m.recipientPayments()), pct(m.recipientPayments(), total), Money.plain(m.ownTotal()),
                pct(m.ownTotal(), total), Money.plain(m.administrative()), pct(m.administrative(), total));
    }

    private static List<OfferContent.Offeror> offerors(List<OrganizationSummary> offerors) {
        return offerors.stream()
            .map(o -> new OfferContent.Offeror(o.id(), o.name(), o.legalForm().name(), o.city()))
            .toList();
    }

    private static List<OfferContent.Action> actions(OfferForm f) {
        return f.getActions()
            .stream()
            .filter(a -> !a.isBlank())
            .map(a -> new OfferContent.Action(s(a.getName()), s(a.getDescription()), s(a.getRecipients()),
                    String.valueOf(a.getFrom()), String.valueOf(a.getTo())))
            .toList();
    }

    private static List<OfferContent.Result> results(OfferForm f) {
        return f.getResults()
            .stream()
            .filter(r -> !r.isBlank())
            .map(r -> new OfferContent.Result(s(r.getName()), s(r.getTarget()), s(r.getMeasure())))
            .toList();
    }

    private static String pct(BigDecimal part, BigDecimal whole) {
        return Money.percent(part, whole).toPlainString();
    }

    private static String s(String v) {
        return OfferCostTable.s(v);
    }

}
