package pl.wspolnie.competitions.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionRows;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.List;
import java.util.Map;

/**
 * Unread messages of the other side in a contract's thread: an item per contract, for the
 * officials of the contract's JST (messages of the contractor) and for the
 * representatives of the offer's organisations (messages of the office). One statement.
 */
@Component
class ContractThreadAttention implements AttentionSource {

    private static final String SQL = """
            select case when m.author_side = 'CONTRACTOR' then 'OFFICIAL' else 'NGO_REPRESENTATIVE' end as role,
                   'attention.competitions.unreadMessages' as kind, o.title as title,
                   '/offers/' || o.id || '/contract/messages' as link, cast(null as timestamptz) as deadline,
                   max(m.created_at) as at
            from contract_message m join offer o on o.id = m.offer_id
            where ((m.author_side = 'CONTRACTOR' and m.jst_id in (:jsts))
                   or (m.author_side = 'OFFICIAL' and exists (
                        select 1 from offer_organization oo join organization_membership om
                          on om.organization_id = oo.organization_id
                        where oo.offer_id = o.id and om.user_id = :user and om.status = 'ACTIVE')))
              and not exists (select 1 from contract_message_read r where r.message_id = m.id and r.user_id = :user)
            group by 1, o.id, o.title
            """;

    private final JdbcClient jdbc;

    private final Permissions permissions;

    ContractThreadAttention(JdbcClient jdbc, Permissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return AttentionRows.query(jdbc, SQL,
                Map.of("jsts", permissions.jstsWith(Role.OFFICIAL), "user", user.userId()));
    }

}
