package pl.wspolnie.consultations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByConsultationIdOrderByStartsAt(long consultationId);

}
