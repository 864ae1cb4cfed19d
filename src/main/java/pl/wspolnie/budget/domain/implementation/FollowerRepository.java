package pl.wspolnie.budget.domain.implementation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface FollowerRepository extends JpaRepository<Follower, Long> {

    boolean existsByProjectIdAndUserId(long projectId, long userId);

    Optional<Follower> findByProjectIdAndUserId(long projectId, long userId);

    @Query("select f.userId from Follower f where f.projectId = ?1")
    List<Long> userIds(long projectId);

}
