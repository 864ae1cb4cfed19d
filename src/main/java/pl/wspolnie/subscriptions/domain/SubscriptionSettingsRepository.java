package pl.wspolnie.subscriptions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionSettingsRepository extends JpaRepository<SubscriptionSettings, Long> {

}
