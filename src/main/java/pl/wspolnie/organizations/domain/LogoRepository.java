package pl.wspolnie.organizations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LogoRepository extends JpaRepository<OrganizationLogo, Long> {

}
