package pl.wspolnie.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

    List<Resource> findByCentreIdAndActiveTrueOrderByKindAscNameAsc(long centreId);

}
