package pl.wspolnie.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface TrainingApplicationRepository extends JpaRepository<TrainingApplication, Long> {

    Optional<TrainingApplication> findByTrainingIdAndUserId(long trainingId, long userId);

    long countByTrainingIdAndStatus(long trainingId, ApplicationStatus status);

    long countByTrainingId(long trainingId);

    @Query("select a from TrainingApplication a where a.trainingId = ?1 order by a.appliedAt, a.id")
    List<TrainingApplication> allOf(long trainingId);

    /** The applications with their answers, read in one query (the organiser's list). */
    @Query("select distinct a from TrainingApplication a left join fetch a.answers where a.trainingId = ?1 "
            + "order by a.appliedAt, a.id")
    List<TrainingApplication> allWithAnswers(long trainingId);

    @Query("select a from TrainingApplication a where a.trainingId = ?1 and a.status = 'WAITING' order by a.appliedAt, a.id limit 1")
    Optional<TrainingApplication> firstWaiting(long trainingId);

}
