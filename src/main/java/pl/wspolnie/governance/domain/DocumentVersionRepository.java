package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByDocumentIdOrderByNumberAsc(long documentId);

    List<DocumentVersion> findByDocumentIdInOrderByNumberAsc(Collection<Long> documentIds);

    Optional<DocumentVersion> findByDocumentIdAndNumber(long documentId, int number);

    List<DocumentVersion> findByResolutionIdOrderByIdAsc(long resolutionId);

    @Query("select coalesce(max(v.number), 0) from DocumentVersion v where v.documentId = :documentId")
    int lastNumber(@Param("documentId") long documentId);

}
