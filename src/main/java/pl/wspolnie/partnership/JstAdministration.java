package pl.wspolnie.partnership;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Changes to a JST's data: only its own administrators (or a platform administrator) may
 * make them.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class JstAdministration {

    /**
     * The editable data of a JST: address, contact and the published contact of the NGO
     * liaison person.
     */
    public record JstDetails(String name, String street, String postalCode, String city, String email, String phone,
            String website, String liaisonName, String liaisonRoom, String liaisonPhone, String liaisonEmail) {
    }

    private final JstRepository repository;

    private final Permissions permissions;

    @Transactional(readOnly = true)
    public Jst get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFound("JST " + id));
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(long id) {
        return permissions.currentUser().isPresent() && permissions.has(Role.JST_ADMIN, id);
    }

    public void update(long id, long expectedVersion, JstDetails details) {
        permissions.require(id, Role.JST_ADMIN);
        Jst jst = get(id);
        if (jst.getVersion() != expectedVersion) {
            throw new RuleViolation(null, "jst.edit.staleVersion");
        }
        jst.rename(details.name());
        jst.changeAddress(details.street(), details.postalCode(), details.city(), details.email(), details.phone(),
                details.website());
        jst.changeLiaison(details.liaisonName(), details.liaisonRoom(), details.liaisonPhone(), details.liaisonEmail());
    }

    /**
     * A new JST: what the platform administrator enters; its address and liaison contact
     * may come later.
     */
    public record NewJst(JstType type, String name, String teryt, Long parentId, boolean partnershipMember,
            JstDetails details) {
    }

    /**
     * Creates a JST (platform administrators only). The TERYT code must fit the type and
     * the parent ({@link TerytRule}) and be unique; the check and the unique constraint
     * of the table both guard it.
     * @throws RuleViolation on field "teryt" or "parentId"
     */
    public long create(NewJst jst) {
        if (!permissions.isPlatformAdmin()) {
            throw new NotAllowed("platform administrators only");
        }
        Jst parent = null;
        if (jst.parentId() != null) {
            parent = repository.findById(jst.parentId())
                .orElseThrow(() -> new RuleViolation("parentId", "jst.parent.unknown"));
        }
        TerytRule
            .check(jst.type(), jst.teryt(), parent == null ? null : parent.getType(),
                    parent == null ? null : parent.getTeryt())
            .ifPresent(problem -> {
                throw new RuleViolation(problem.field(), problem.messageKey());
            });
        if (repository.findByTeryt(jst.teryt()).isPresent()) {
            throw new RuleViolation("teryt", "jst.teryt.taken");
        }
        Jst created = new Jst(jst.type(), jst.name(), jst.teryt(), jst.parentId(), jst.partnershipMember());
        JstDetails d = jst.details();
        created.changeAddress(d.street(), d.postalCode(), d.city(), d.email(), d.phone(), d.website());
        created.changeLiaison(d.liaisonName(), d.liaisonRoom(), d.liaisonPhone(), d.liaisonEmail());
        try {
            return repository.saveAndFlush(created).getId();
        }
        catch (DataIntegrityViolationException e) {
            // created at the same moment by someone else
            throw new RuleViolation("teryt", "jst.teryt.taken");
        }
    }

    /** Whether the current user may create JSTs (platform administrators). */
    @Transactional(readOnly = true)
    public boolean mayCreate() {
        return permissions.currentUser().isPresent() && permissions.isPlatformAdmin();
    }

    /**
     * Creates or finds a JST by TERYT without a permission check: for demo data and tests
     * only.
     */
    public long ensure(JstType type, String name, String teryt, Long parentId, boolean member) {
        return repository.findByTeryt(teryt)
            .map(Jst::getId)
            .orElseGet(() -> repository.save(new Jst(type, name, teryt, parentId, member)).getId());
    }

    /**
     * The id of the JST with this TERYT code, read from the database (never from the
     * cached list of {@link Jsts}): for demo data, which must not read through a cache
     * that its own uncommitted inserts invalidate.
     */
    @Transactional(readOnly = true)
    public long idByTeryt(String teryt) {
        return repository.findByTeryt(teryt).map(Jst::getId).orElseThrow(() -> new NotFound("JST " + teryt));
    }

    /**
     * Sets address and liaison contact without a permission check: for demo data only.
     */
    public void seedDetails(long id, JstDetails d) {
        Jst jst = get(id);
        jst.changeAddress(d.street(), d.postalCode(), d.city(), d.email(), d.phone(), d.website());
        jst.changeLiaison(d.liaisonName(), d.liaisonRoom(), d.liaisonPhone(), d.liaisonEmail());
    }

}
