package pl.wspolnie.initiatives.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface InitiativeMemberRepository extends JpaRepository<InitiativeMember, Long> {

    List<InitiativeMember> findByInitiativeIdOrderByIdAsc(long initiativeId);

    Optional<InitiativeMember> findByInitiativeIdAndUserId(long initiativeId, long userId);

    long countByInitiativeIdAndAcceptedAtIsNotNull(long initiativeId);

}
