package pl.wspolnie.organizations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByKrs(String krs);

    Optional<Organization> findByNip(String nip);
}
