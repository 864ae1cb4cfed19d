package pl.wspolnie.competitions.domain.offer;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface OfferVersionRepository extends JpaRepository<OfferVersion, Long> {

    List<OfferVersion> findByOfferIdOrderByNumber(long offerId);

    boolean existsByChecksum(String checksum);

    Optional<OfferVersion> findByOfferIdAndNumber(long offerId, int number);

    @Query("select coalesce(max(v.number), 0) from OfferVersion v where v.offerId = :offerId")
    int lastNumber(@Param("offerId") long offerId);

    /**
     * Versions whose checksum starts with the prefix (a full checksum or its short form).
     */
    @Query(value = "select * from offer_version where checksum like :prefix || '%' order by id limit 10",
            nativeQuery = true)
    List<OfferVersion> findByChecksumPrefix(@Param("prefix") String prefix);

}
