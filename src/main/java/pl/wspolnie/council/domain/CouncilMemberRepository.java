package pl.wspolnie.council.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CouncilMemberRepository extends JpaRepository<CouncilMember, Long> {

    List<CouncilMember> findByTermIdOrderByPosition(long termId);

}
