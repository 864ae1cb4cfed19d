package pl.wspolnie.competitions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.decision.Award;
import pl.wspolnie.competitions.domain.decision.AwardRepository;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.OfferVersion;
import pl.wspolnie.competitions.domain.offer.OfferVersionRepository;
import pl.wspolnie.competitions.domain.review.Commissions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.export.Table;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.NotFound;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The submitted offers of a competition with their evaluation results, as a table
 * (CSV/XLSX/ODS) for the officials.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompetitionExports {

    private final CompetitionRepository competitions;

    private final OfferRepository offers;

    private final OfferVersionRepository versions;

    private final AwardRepository awards;

    private final Commissions commissions;

    private final Organizations organizations;

    private final Permissions permissions;

    private final MessageSource messages;

    public Table offersAndResults(long competitionId, Locale locale) {
        Competition c = competitions.findById(competitionId).orElseThrow(() -> new NotFound("competition"));
        permissions.require(c.getJstId(), Role.OFFICIAL);
        List<Offer> list = offers.findSubmitted(competitionId);
        Map<Long, Commissions.RankingRow> ranking = commissions.ranking(competitionId)
            .stream()
            .collect(Collectors.toMap(r -> r.offer().getId(), Function.identity()));
        Map<Long, Award> awarded = awards.findByCompetitionIdOrderByAmountDesc(competitionId)
            .stream()
            .collect(Collectors.toMap(Award::getOfferId, Function.identity()));
        Set<Long> orgIds = new HashSet<>();
        list.forEach(o -> orgIds.addAll(o.getOrganizationIds()));
        Map<Long, OrganizationSummary> orgs = organizations.findAll(orgIds);
        List<List<Object>> rows = new ArrayList<>();
        for (Offer o : list) {
            List<OfferVersion> vs = versions.findByOfferIdOrderByNumber(o.getId());
            OfferContent first = vs.isEmpty() ? null : CanonicalJson.read(vs.get(0).getContent(), OfferContent.class);
            Commissions.RankingRow r = ranking.get(o.getId());
            Award a = awarded.get(o.getId());
            List<Object> row = new ArrayList<>();
            row.add(o.getId());
            row.add(o.getTitle());
            row.add(o.getOrganizationIds()
                .stream()
                .map(orgs::get)
                .filter(Objects::nonNull)
                .map(OrganizationSummary::name)
                .sorted()
                .collect(Collectors.joining(", ")));
            row.add(first == null ? null : first.taskName());
            row.add(o.getSubmittedAt() == null ? null : o.getSubmittedAt().atZone(ClockConfig.WARSAW).toLocalDate());
            row.add(messages.getMessage("competitions.formal.result." + o.getFormalResult(), null, locale));
            row.add(first == null ? null : new BigDecimal(first.sources().grant()));
            row.add(r == null ? null : r.mean());
            row.add(r == null ? null : r.proposed());
            row.add(a == null ? null : a.getAmount());
            row.add(vs.isEmpty() ? null : vs.get(vs.size() - 1).getChecksum());
            rows.add(row);
        }
        List<String> headers = List
            .of("id", "title", "offerors", "task", "submitted", "formal", "requested", "mean", "proposed", "awarded",
                    "checksum")
            .stream()
            .map(k -> messages.getMessage("competitions.export." + k, null, locale))
            .toList();
        return new Table(messages.getMessage("competitions.export.sheet", null, locale), headers, rows);
    }

}
