package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.decision.Award;
import pl.wspolnie.competitions.domain.decision.AwardRepository;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.Offerors;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.OfferVersion;
import pl.wspolnie.competitions.domain.offer.OfferVersionRepository;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrants;

import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.organizations.OrganizationDetails;
import pl.wspolnie.partnership.JstAddress;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import pl.wspolnie.shared.text.Formats;

/**
 * The contract for an awarded offer — of a competition, or a small grant (art. 19a,
 * awarded by its JST's decision): recorded by an official of the competition's JST once
 * the offer's latest version asks for exactly the awarded grant (after an updated cost
 * table when less was awarded); the offerors see it and download its PDF; anybody else
 * gets 403.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Contracts {

    /**
     * Everything the contract page and PDF show; a small grant's (art. 19a) has no
     * competition: its JST is the offer's.
     */
    public record View(Offer offer, Competition competition, BigDecimal award, OfferVersion version,
            OfferContent content, Contract contract, boolean official, String jstName,
            List<OrganizationSummary> offerors, JstAddress jstAddress, List<Party> parties) {

        /** The JST that awarded the grant: the competition's, or the small grant's. */
        public long jstId() {
            return competition == null ? offer.getJstId() : competition.getJstId();
        }

        /** A small grant's contract (art. 19a), not a competition's. */
        public boolean smallGrant() {
            return competition == null;
        }

        /**
         * What the party block of the framework contract's § 1 needs and is not entered:
         * the JST's seat address, each contractor's seat address and register entry (KRS
         * or another register with its number), and once the contract is recorded the
         * representatives of both sides.
         */
        public List<Missing> missing() {
            List<Missing> list = new ArrayList<>();
            if (jstAddress == null || !jstAddress.complete()) {
                list.add(new Missing("competitions.contract.missing.jstAddress", jstName));
            }
            for (Party p : parties) {
                if (p.address() == null) {
                    list.add(new Missing("competitions.contract.missing.address", p.organization().name()));
                }
                if (!p.hasRegister()) {
                    list.add(new Missing("competitions.contract.missing.register", p.organization().name()));
                }
            }
            if (contract != null && blank(contract.getPrincipalRepresentatives())) {
                list.add(new Missing("competitions.contract.missing.principalRepresentatives", jstName));
            }
            if (contract != null && blank(contract.getContractorRepresentatives())) {
                list.add(new Missing("competitions.contract.missing.contractorRepresentatives", ""));
            }
            return list;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        /**
         * The latest version asks for the awarded amount (else the offeror must update
         * the cost table first).
         */
        public boolean budgetMatches() {
            return version != null && new BigDecimal(content.sources().grant()).compareTo(award) == 0;
        }
    }

    /**
     * A contractor as the party block names it: the seat address ("ul. …, 29-100
     * Włoszczowa") and the register entry, each null when not entered.
     *
     * @param krs the KRS number, or null for another register
     * @param registerName the other register or records, when no KRS number
     * @param registerNumber the number in that register
     */
    public record Party(OrganizationSummary organization, String address, String krs, String registerName,
            String registerNumber) {

        /** A KRS number, or another register with a number, is entered. */
        public boolean hasRegister() {
            return krs != null || registerName != null && registerNumber != null;
        }
    }

    /** A datum the contract's party block lacks: its message and whose it is. */
    public record Missing(String messageKey, String party) {
    }

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final CompetitionRepository competitions;

    private final AwardRepository awards;

    private final ContractRepository contracts;

    private final Organizations organizations;

    private final Offerors offerors;

    private final Permissions permissions;

    private final Jsts jsts;

    private final PdfDocuments pdf;

    private final Formats formats;

    private final Clock clock;

    private final SmallGrants smallGrants;

    private final PartialReportPeriodRepository partialPeriods;

    /**
     * The contract page: officials of the JST and the offerors' representatives; 403 for
     * anybody else.
     */
    @Transactional(readOnly = true)
    public View view(long offerId) {
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFound("offer " + offerId));
        Competition c = offer.isSmallGrant() ? null : competitions.findById(offer.getCompetitionId()).orElseThrow();
        long jstId = c == null ? offer.getJstId() : c.getJstId();
        boolean official = permissions.has(Role.OFFICIAL, jstId);
        if (!official && !offerors.includeCurrentUser(offer)) {
            permissions.requireUser();
            throw new NotAllowed("offer " + offerId);
        }
        BigDecimal award = (c == null ? smallGrants.awarded(offerId)
                : awards.findById(offerId).map(Award::getAmount).filter(a -> a.signum() > 0))
            .orElseThrow(() -> new NotFound("award " + offerId));
        List<OfferVersion> all = versions.findByOfferIdOrderByNumber(offerId);
        OfferVersion latest = all.isEmpty() ? null : all.get(all.size() - 1);
        OfferContent content = latest == null ? null : CanonicalJson.read(latest.getContent(), OfferContent.class);
        Contract contract = contracts.findById(offerId).orElse(null);
        if (contract != null) {
            contract.getTranches().size();
        }
        List<OrganizationSummary> offerors = new ArrayList<>(organizations
            .findAll(Stream.concat(Stream.of(offer.getLeadOrganizationId()), offer.getOrganizationIds().stream())
                .distinct()
                .toList())
            .values());
        List<Party> parties = new ArrayList<>();
        Stream.concat(Stream.of(offer.getLeadOrganizationId()), offer.getOrganizationIds().stream())
            .distinct()
            .forEach(id -> organizations.find(id)
                .ifPresent(summary -> parties.add(party(summary, organizations.details(id).orElse(null)))));
        return new View(offer, c, award, latest, content, contract, official, jsts.get(jstId).name(), offerors,
                jsts.address(jstId), parties);
    }

    private static Party party(OrganizationSummary summary, OrganizationDetails d) {
        if (d == null) {
            return new Party(summary, null, null, null, null);
        }
        String town = ((d.postalCode() == null ? "" : d.postalCode() + " ") + (d.city() == null ? "" : d.city()))
            .strip();
        String address = d.street() == null || town.isEmpty() ? null : d.street() + ", " + town;
        return new Party(summary, address, d.krs(), d.registerName(), d.registerNumber());
    }

    /**
     * Records the contract (officials of the JST); the {@link ContractRule}s that refuse
     * travel together, each naming its field.
     */
    public void record(long offerId, ContractForm f) {
        View v = view(offerId);
        permissions.require(v.jstId(), Role.OFFICIAL);
        if (v.contract() != null) {
            throw new StateConflict("competitions.conflict.contractRecorded", "contract already recorded");
        }
        if (v.offer().isUnderBudgetUpdate() || !v.budgetMatches()) {
            throw new RuleViolation(null, "competitions.contract.budgetNotUpdated");
        }
        ContractTerms terms = ContractTerms.read(f, number -> contracts.existsByJstIdAndNumber(v.jstId(), number),
                v.award());
        RuleViolation.throwIfAny(ContractRule.checkAll(terms, formats));
        Contract contract = new Contract(offerId, v.smallGrant() ? null : v.competition().getId(), v.jstId(),
                terms.number(), terms.signedOn(), terms.account(), terms.periodFrom(), terms.periodTo(), v.award(),
                v.version().getNumber(), terms.completeTranches(), permissions.requireUser().userId(), clock.instant());
        contract.representedBy(f.getPrincipalRepresentatives(), f.getContractorRepresentatives());
        contracts.save(contract);
        int position = 1;
        for (ContractTerms.PartialLine p : terms.partialReports()) {
            partialPeriods
                .save(new PartialReportPeriod(offerId, v.jstId(), position++, p.periodFrom(), p.periodTo(), p.dueOn()));
        }
    }

    /** The contract PDF (framework contract), for the same people as the page. */
    @Transactional(readOnly = true)
    public byte[] pdf(long offerId, Locale locale) {
        View v = view(offerId);
        if (v.contract() == null) {
            throw new NotFound("contract " + offerId);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("v", v);
        model.put("k", v.contract());
        model.put("fmt", formats);
        model.put("pdfFooter", v.contract().getNumber());
        model.put("returnBy", ContractDocument.returnBy(v.contract().getPeriodTo()));
        model.put("returnRule", ContractDocument.returnRule(v.contract().getPeriodTo()));
        model.put("partialPeriods", partialPeriods.findByOfferIdOrderByPosition(offerId));
        return pdf.render("competitions/contract-pdf", model, locale);
    }

}
