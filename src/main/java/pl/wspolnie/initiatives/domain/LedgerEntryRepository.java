package pl.wspolnie.initiatives.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    List<LedgerEntry> findByInitiativeIdOrderByDoneOnAscIdAsc(long initiativeId);

}
