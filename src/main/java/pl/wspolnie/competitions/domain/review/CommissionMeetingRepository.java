package pl.wspolnie.competitions.domain.review;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CommissionMeetingRepository extends JpaRepository<CommissionMeeting, Long> {

    @EntityGraph(attributePaths = "attendance")
    List<CommissionMeeting> findByCompetitionIdOrderByHeldOnAscIdAsc(long competitionId);

}
