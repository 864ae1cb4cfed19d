package pl.wspolnie.organizations.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m where m.organization.id = :organizationId and m.userId = :userId and m.status in :statuses")
    Optional<Membership> findOne(long organizationId, long userId, Collection<MembershipStatus> statuses);

    @Query("select m from Membership m where m.organization.id = :organizationId and m.status = :status order by m.requestedAt, m.id")
    List<Membership> findByStatus(long organizationId, MembershipStatus status);

    @Query("select count(m) from Membership m where m.organization.id = :organizationId and m.status = pl.wspolnie.organizations.domain.MembershipStatus.ACTIVE")
    long countActive(long organizationId);

    /**
     * Whether the person actively represents the organisation (one query, nothing
     * loaded).
     */
    @Query("select count(m) > 0 from Membership m where m.organization.id = :organizationId and m.userId = :userId and m.status = pl.wspolnie.organizations.domain.MembershipStatus.ACTIVE")
    boolean isActive(long organizationId, long userId);

    @Query("select count(m) > 0 from Membership m where m.organization.id = :organizationId and m.userId = :userId and m.status = pl.wspolnie.organizations.domain.MembershipStatus.ACTIVE and m.boardMember = true")
    boolean isActiveBoardMember(long organizationId, long userId);

    @Query("select m.organization.id from Membership m where m.userId = :userId and m.status = pl.wspolnie.organizations.domain.MembershipStatus.ACTIVE")
    List<Long> activeOrganizationIds(long userId);

    @Query("select m from Membership m join fetch m.organization where m.userId = :userId and m.status = pl.wspolnie.organizations.domain.MembershipStatus.ACTIVE order by m.organization.sortName")
    List<Membership> findActiveOf(long userId);

    @Query("select distinct m.userId from Membership m where m.organization.id in :organizationIds and m.status = pl.wspolnie.organizations.domain.MembershipStatus.ACTIVE")
    List<Long> activeUserIds(Collection<Long> organizationIds);

}
