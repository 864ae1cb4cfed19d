package pl.wspolnie.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlannedDirectionRepository extends JpaRepository<PlannedDirection, Long> {

    List<PlannedDirection> findByYearOrderBySphereCodeAscIdAsc(int year);

}
