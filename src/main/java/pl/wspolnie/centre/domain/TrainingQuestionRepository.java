package pl.wspolnie.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface TrainingQuestionRepository extends JpaRepository<TrainingQuestion, Long> {

    Optional<TrainingQuestion> findByIdAndTrainingId(long id, long trainingId);

    List<TrainingQuestion> findByTrainingIdOrderByPositionAscIdAsc(long trainingId);

}
