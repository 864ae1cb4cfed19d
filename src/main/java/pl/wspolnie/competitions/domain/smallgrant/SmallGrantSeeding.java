package pl.wspolnie.competitions.domain.smallgrant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.announcement.CompetitionSpheres;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferForm;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.OfferRules;
import pl.wspolnie.competitions.domain.offer.OfferVersion;
import pl.wspolnie.competitions.domain.offer.OfferVersionRepository;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Small grants of the demo data, written by the system (no logged-in person, no mails): a
 * submitted simplified offer with its checksummed version, then as far in the procedure
 * as asked (published for remarks, or awarded after its 7 days).
 */
@Component
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SmallGrantSeeding {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final SmallGrantRepository grants;

    private final SmallGrantRemarkRepository remarks;

    private final SmallGrantYearFundsRepository funds;

    private final Organizations organizations;

    private final Jsts jsts;

    private final CompetitionSpheres spheres;

    private final JdbcClient jdbc;

    /**
     * A small grant offer of the organisation submitted on {@code offerDate} for a task
     * from {@code from} to {@code to} (cost {@code cost}, grant {@code grant}), judged
     * purposeful on the same day; decided (awarded) {@code decideAfterDays} after
     * publication when not null. Nothing is done when the JST has a small grant of that
     * title. Returns the offer's id, or null when it existed.
     */
    public Long ensure(long jstId, long officialId, long ngoUserId, long organizationId, String title, String place,
            String sphere, BigDecimal cost, BigDecimal grant, LocalDate offerDate, LocalDate from, LocalDate to,
            String remark, Integer decideAfterDays) {
        boolean exists = jdbc
            .sql("select count(*) from offer where mode = 'SMALL_GRANT' and jst_id = :jst and title = :title")
            .param("jst", jstId)
            .param("title", title)
            .query(Long.class)
            .single() > 0;
        if (exists) {
            return null;
        }
        SmallGrantForm f = new SmallGrantForm();
        f.setTitle(title);
        f.setSphereCode(sphere);
        f.setPlace(place);
        f.setPeriodFrom(from);
        f.setPeriodTo(to);
        f.setContactPerson("Koordynator projektu");
        f.setSummary("Zadanie o charakterze lokalnym: " + title + ". Dla mieszkańców, z udziałem wolontariuszy.");
        OfferForm.ActionRow action = new OfferForm.ActionRow();
        action.setName(title);
        action.setFrom(from);
        action.setTo(to);
        f.setActions(List.of(action));
        OfferForm.ResultRow result = new OfferForm.ResultRow();
        result.setName("Uczestnicy");
        result.setTarget("50 osób");
        result.setMeasure("Listy obecności");
        f.setResults(List.of(result));
        OfferForm.CostRow line = new OfferForm.CostRow();
        line.setAction(title);
        line.setType("Koszty realizacji zadania");
        line.setUnit("komplet");
        line.setUnitCost(cost.toPlainString());
        line.setUnits("1");
        line.setFromGrant(grant.toPlainString());
        f.setCostLines(List.of(line));
        f.setOwnFinancial(cost.subtract(grant).toPlainString());
        f.setStatementNoProfit(true);
        f.setStatementNoArrears(true);
        f.setStatementDataTrue(true);
        Instant submittedAt = offerDate.atTime(10, 0).atZone(WARSAW).toInstant();
        Offer offer = offers
            .save(Offer.smallGrant(jstId, organizationId, title, CanonicalJson.write(f), ngoUserId, submittedAt));
        OfferContent.SmallGrantPart part = new OfferContent.SmallGrantPart(jstId, jsts.get(jstId).name(), sphere,
                spheres.label(sphere, new Locale("pl")), place);
        OfferRules.Check check = OfferRules.checkSmallGrant(f, part, offer.getId(),
                List.of(organizations.find(organizationId).orElseThrow()), true, computed -> List.of());
        String json = CanonicalJson.write(check.content());
        versions.save(new OfferVersion(offer.getId(), 1, json, CanonicalJson.sha256(json), submittedAt, ngoUserId));
        offer.submitted(submittedAt);
        SmallGrant g = grants.save(new SmallGrant(offer.getId(), jstId, organizationId, offerDate, grant, from, to));
        g.judge(true, "Zadanie celowe: odpowiada priorytetom programu współpracy i potrzebom mieszkańców.", officialId,
                submittedAt.plusSeconds(3600), offerDate);
        if (remark != null) {
            SmallGrantRemark r = remarks.save(new SmallGrantRemark(offer.getId(), null, "Mieszkaniec gminy", remark,
                    submittedAt.plusSeconds(86_400)));
            if (decideAfterDays != null) {
                r.answer("Dziękujemy; oferent uwzględni to w harmonogramie.", officialId,
                        submittedAt.plusSeconds(2 * 86_400));
            }
        }
        if (decideAfterDays != null) {
            int year = offerDate.getYear();
            if (funds.findById(new SmallGrantYearFunds.Key(jstId, year)).isEmpty()) {
                SmallGrantYearFunds row = new SmallGrantYearFunds(jstId, year);
                row.record(new BigDecimal("400000.00"), officialId, submittedAt);
                funds.save(row);
            }
            LocalDate decidedOn = offerDate.plusDays(decideAfterDays);
            g.decide(true, "Po upływie 7 dni i rozpatrzeniu uwag: dotacja w wysokości wnioskowanej.", 0, officialId,
                    decidedOn.atTime(12, 0).atZone(WARSAW).toInstant(), decidedOn);
        }
        return offer.getId();
    }

}
