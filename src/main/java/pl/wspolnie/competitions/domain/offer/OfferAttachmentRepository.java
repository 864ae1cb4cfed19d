package pl.wspolnie.competitions.domain.offer;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface OfferAttachmentRepository extends JpaRepository<OfferAttachment, Long> {

    /** The offer's current attachments without their bytes, oldest first. */
    @Query("select a.id as id, a.requiredName as requiredName, a.fileName as fileName, a.contentType as contentType, "
            + "a.sizeBytes as sizeBytes, a.sha256 as sha256, a.submittedIn as submittedIn, a.uploadedAt as uploadedAt "
            + "from OfferAttachment a where a.offerId = :offerId and a.removedAt is null order by a.id")
    List<OfferAttachments.Listed> current(long offerId);

    /**
     * Marks the offer's current attachments as part of the submitted version
     * {@code number} (the first one only).
     */
    @Modifying(flushAutomatically = true)
    @Query("update OfferAttachment a set a.submittedIn = :number "
            + "where a.offerId = :offerId and a.removedAt is null and a.submittedIn is null")
    int markSubmitted(long offerId, int number);

}
