package pl.wspolnie.budget.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PoolRepository extends JpaRepository<Pool, Long> {

    List<Pool> findByEditionIdOrderByWholeJstDescNameAsc(long editionId);

}
