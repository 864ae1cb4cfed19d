package pl.wspolnie.consultations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DraftItemRepository extends JpaRepository<DraftItem, Long> {

    List<DraftItem> findByConsultationIdAndDraftVersionOrderByPosition(long consultationId, int draftVersion);

}
