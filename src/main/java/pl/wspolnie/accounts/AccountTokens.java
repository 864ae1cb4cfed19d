package pl.wspolnie.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

import java.util.Optional;

interface AccountTokens extends JpaRepository<AccountToken, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

    /** Without a lock, for read-only checks. */
    Optional<AccountToken> findOneByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

}
