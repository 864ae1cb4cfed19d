package pl.wspolnie.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CentreServiceRepository extends JpaRepository<CentreService, Long> {

    List<CentreService> findByCentreIdOrderByPositionAscIdAsc(long centreId);

}
