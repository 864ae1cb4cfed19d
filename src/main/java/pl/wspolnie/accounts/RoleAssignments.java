package pl.wspolnie.accounts;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import pl.wspolnie.shared.security.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RoleAssignments extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByUserIdOrderByRoleAscJstIdAsc(Long userId);

    Optional<RoleAssignment> findByUserIdAndRoleAndJstId(Long userId, Role role, Long jstId);

    boolean existsByUserIdAndRoleAndJstIdIsNull(Long userId, Role role);

    boolean existsByRoleAndJstIdIsNull(Role role);

    @Query("select distinct r.userId from RoleAssignment r where r.role in :roles and r.jstId in :jsts")
    List<Long> holders(Collection<Role> roles, Collection<Long> jsts);

}
