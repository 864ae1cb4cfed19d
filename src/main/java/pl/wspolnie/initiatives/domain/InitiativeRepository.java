package pl.wspolnie.initiatives.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Initiative i where i.id = :id")
    Optional<Initiative> findForUpdate(long id);

    List<Initiative> findByJstIdAndStatusInOrderBySubmittedAtDescIdDesc(long jstId,
            Collection<InitiativeStatus> statuses);

    @Query("""
            select i from Initiative i where i.leadUserId = :userId
               or i.id in (select m.initiativeId from InitiativeMember m where m.userId = :userId)
               or (i.organizationId is not null and i.organizationId in :organizations)
            order by i.id desc""")
    List<Initiative> findOf(long userId, Collection<Long> organizations);

}
