package pl.wspolnie.accounts.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    @Override
    public UserDetails loadUserByUsername(String email) {
        return jdbc.sql("""
                select id, email, display_name, password_hash, email_confirmed
                from user_account where lower(email) = lower(?)""")
            .param(email == null ? "" : email.strip())
            .query((rs, n) -> new AccountUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5)))
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

}
