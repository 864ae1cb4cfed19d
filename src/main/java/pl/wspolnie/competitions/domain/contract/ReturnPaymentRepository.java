package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReturnPaymentRepository extends JpaRepository<ReturnPayment, Long> {

}
