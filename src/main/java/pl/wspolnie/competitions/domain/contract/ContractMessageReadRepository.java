package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface ContractMessageReadRepository extends JpaRepository<ContractMessageRead, ContractMessageRead.Key> {

    @Query("select r from ContractMessageRead r where r.key.messageId in :ids order by r.readAt")
    List<ContractMessageRead> findByMessageIds(Collection<Long> ids);

}
