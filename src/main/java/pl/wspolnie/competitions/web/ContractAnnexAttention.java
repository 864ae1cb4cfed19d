package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Role;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A proposed annex to a contract waits for the other party: the officials of the
 * contract's JST when the organisation proposed it, the organisation's representatives
 * when an official did. One statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractAnnexAttention implements AttentionSource {

    private static final String SQL = """
            select case when a.proposed_side = 'CONTRACTOR' then 'OFFICIAL' else 'NGO_REPRESENTATIVE' end as role,
                   'attention.competitions.annexToAnswer' as kind, o.title as title,
                   '/offers/' || o.id || '/contract/annexes/' || a.id as link,
                   cast(null as timestamptz) as deadline, a.proposed_at as at
            from contract_annex a join offer o on o.id = a.offer_id
            where a.status = 'PROPOSED'
              and (a.proposed_side = 'CONTRACTOR' and a.jst_id in (:jsts)
                   or a.proposed_side = 'OFFICIAL' and exists (
                       select 1 from offer_organization oo
                       join organization_membership m on m.organization_id = oo.organization_id
                       where oo.offer_id = o.id and m.user_id = :user and m.status = 'ACTIVE'))
            """;

    private final AttentionQueries queries;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.query(SQL, Map.of("jsts", queries.jstsWith(Set.of(Role.OFFICIAL)), "user", user.userId()));
    }

}
