package pl.wspolnie.organizations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import pl.wspolnie.organizations.OrganizationSummary;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByKrs(String krs);

    /**
     * Summaries without loading the entities (a cached JPQL plan, unlike findAllById's
     * criteria query).
     */
    @Query("select new pl.wspolnie.organizations.OrganizationSummary(o.id, o.name, "
            + "o.legalForm, o.city, o.gminaId, o.verified) from Organization o where o.id in ?1")
    List<OrganizationSummary> summaries(Collection<Long> ids);

    Optional<Organization> findByNip(String nip);

    /**
     * Which of these organisations have the sphere among their statutory spheres: the
     * sphere itself, one of its sub-spheres, or the sphere it belongs to.
     */
    @Query(value = """
            select distinct os.organization_id from organization_sphere os join sphere s on s.code = os.sphere_code
            where os.organization_id in (:ids)
              and (s.code = :code or s.parent_code = :code or s.code = (select t.parent_code from sphere t where t.code = :code))""",
            nativeQuery = true)
    List<Long> activeInSphere(@Param("ids") Collection<Long> ids, @Param("code") String code);

}
