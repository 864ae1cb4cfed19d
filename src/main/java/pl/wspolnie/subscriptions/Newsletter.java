package pl.wspolnie.subscriptions;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;

import java.util.List;

/**
 * Who receives a JST's bulletin newsletter: people who opted in and chose that JST, its
 * powiat, or no JST at all.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Newsletter {

    private final JdbcClient jdbc;

    private final Accounts accounts;

    public List<AccountSummary> recipients(long jstId) {
        List<Long> ids = jdbc.sql("""
                select s.user_id from subscription_settings s where s.newsletter
                and (cardinality(s.jst_ids) = 0 or :jst = any(s.jst_ids)
                     or exists (select 1 from jst j where j.id = :jst and j.parent_id = any(s.jst_ids)))""")
            .param("jst", jstId)
            .query(Long.class)
            .list();
        return accounts.findAll(ids).values().stream().filter(AccountSummary::emailConfirmed).toList();
    }

}
