package pl.wspolnie.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface TrainingQuestionRepository extends JpaRepository<TrainingQuestion, Long> {

    java.util.Optional<TrainingQuestion> findByIdAndTrainingId(long id, long trainingId);

    List<TrainingQuestion> findByTrainingIdOrderByPositionAscIdAsc(long trainingId);

}
