package pl.wspolnie.initiatives.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByInitiativeId(long initiativeId);

}
