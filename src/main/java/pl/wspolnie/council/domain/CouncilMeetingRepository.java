package pl.wspolnie.council.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CouncilMeetingRepository extends JpaRepository<CouncilMeeting, Long> {

    List<CouncilMeeting> findByJstIdOrderByStartsAtDesc(long jstId);

}
