package pl.wspolnie.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NotificationOptOutRepository extends JpaRepository<NotificationOptOut, NotificationOptOut.Key> {

    List<NotificationOptOut> findByUserId(Long userId);

}
