package pl.wspolnie.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface JstRepository extends JpaRepository<Jst, Long> {

    List<Jst> findAllByOrderByTypeDescNameAsc();

    Optional<Jst> findByTeryt(String teryt);

}
