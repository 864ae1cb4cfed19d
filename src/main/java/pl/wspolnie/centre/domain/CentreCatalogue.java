package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import pl.wspolnie.shared.domain.RuleViolation;

/** Centres, their opening hours and the public catalogue of services and resources. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreCatalogue {

    /** What a centre's form carries. */
    public record CentreDetails(long jstId, String name, String address, String email, String phone,
            Set<Long> servedJsts, List<OpeningHours> hours) {
    }

    /** What a resource's form carries. */
    public record ResourceDetails(ResourceKind kind, String name, String description, Integer capacity,
            String equipment, String openDays, LocalTime opens, LocalTime closes, int maxMinutes, int maxDaysAhead,
            boolean requiresConfirmation, boolean openOnHolidays) {

        /** A resource closed on public holidays. */
        public ResourceDetails(ResourceKind kind, String name, String description, Integer capacity, String equipment,
                String openDays, LocalTime opens, LocalTime closes, int maxMinutes, int maxDaysAhead,
                boolean requiresConfirmation) {
            this(kind, name, description, capacity, equipment, openDays, opens, closes, maxMinutes, maxDaysAhead,
                    requiresConfirmation, false);
        }

        /**
         * A resource whose requests are confirmed at once (demo data and tests that rely
         * on it).
         */
        public ResourceDetails(ResourceKind kind, String name, String description, Integer capacity, String equipment,
                String openDays, LocalTime opens, LocalTime closes, int maxMinutes, int maxDaysAhead) {
            this(kind, name, description, capacity, equipment, openDays, opens, closes, maxMinutes, maxDaysAhead,
                    false);
        }
    }

    private final CentreRepository centres;

    private final CentreServiceRepository services;

    private final ResourceRepository resources;

    private final CentreAccess access;

    private final Permissions permissions;

    private final Clock clock;

    @Transactional(readOnly = true)
    public List<Centre> all() {
        return centres.findAll(Sort.by("name"));
    }

    @Transactional(readOnly = true)
    public Centre get(long id) {
        return centres.findById(id).orElseThrow(() -> new NotFound("centre"));
    }

    @Transactional(readOnly = true)
    public List<CentreService> services(long centreId) {
        return services.findByCentreIdOrderByPositionAscIdAsc(centreId);
    }

    @Transactional(readOnly = true)
    public List<Resource> resources(long centreId) {
        return resources.findByCentreIdAndActiveTrueOrderByKindAscNameAsc(centreId);
    }

    @Transactional(readOnly = true)
    public Resource resource(long id) {
        return resources.findById(id).filter(Resource::isActive).orElseThrow(() -> new NotFound("centre"));
    }

    /** True when the current person is staff of the centre. */
    @Transactional(readOnly = true)
    public boolean isStaff(long centreId) {
        return access.isStaff(get(centreId));
    }

    /**
     * JSTs in which the current person may open a centre (those where they are centre
     * staff).
     */
    @Transactional(readOnly = true)
    public Set<Long> jstsForNewCentre() {
        return permissions.jstsWith(Role.CENTRE_STAFF);
    }

    public long create(CentreDetails details) {
        permissions.requireUser();
        if (!permissions.has(Role.CENTRE_STAFF, details.jstId())) {
            throw new NotAllowed("not centre staff in JST " + details.jstId());
        }
        return seed(details);
    }

    /** System-side creation (demo data, tests): no permission check. */
    public long seed(CentreDetails details) {
        Centre centre = new Centre(details.jstId(), clock.instant());
        apply(centre, details);
        return centres.save(centre).getId();
    }

    public void update(long centreId, CentreDetails details) {
        Centre centre = get(centreId);
        access.requireStaff(centre);
        apply(centre, details);
    }

    private static void apply(Centre centre, CentreDetails d) {
        centre.update(d.name(), d.address(), blankToNull(d.email()), blankToNull(d.phone()), d.servedJsts(), d.hours());
    }

    public long addService(long centreId, String name, String description, String eligibility) {
        access.requireStaff(get(centreId));
        return seedService(centreId, name, description, eligibility);
    }

    public long seedService(long centreId, String name, String description, String eligibility) {
        int position = services.findByCentreIdOrderByPositionAscIdAsc(centreId).size() + 1;
        return services.save(new CentreService(centreId, name, description, eligibility, position)).getId();
    }

    public void removeService(long centreId, long serviceId) {
        access.requireStaff(get(centreId));
        CentreService service = services.findById(serviceId)
            .filter(s -> s.getCentreId() == centreId)
            .orElseThrow(() -> new NotFound("centre"));
        services.delete(service);
    }

    public long addResource(long centreId, ResourceDetails d) {
        access.requireStaff(get(centreId));
        return seedResource(centreId, d);
    }

    public long seedResource(long centreId, ResourceDetails d) {
        if (!d.closes().isAfter(d.opens())) {
            throw new RuleViolation("closes", "centre.resource.closesBeforeOpens");
        }
        return resources
            .save(new Resource(centreId, d.kind(), d.name(), d.description(),
                    d.kind() == ResourceKind.ROOM ? d.capacity() : null, d.equipment(), d.openDays(), d.opens(),
                    d.closes(), d.maxMinutes(), d.maxDaysAhead(), d.requiresConfirmation(), d.openOnHolidays()))
            .getId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
