package pl.wspolnie.accounts;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    @Query("""
            select u from UserAccount u
            where :q = '' or lower(u.email) like concat('%', :q, '%') or lower(u.displayName) like concat('%', :q, '%')
            """)
    Page<UserAccount> search(String q, Pageable pageable);

}
