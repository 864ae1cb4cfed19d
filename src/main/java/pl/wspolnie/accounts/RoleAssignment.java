package pl.wspolnie.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.security.Role;

import java.time.Instant;

/** One role of one person in one JST (no JST for the platform administrator). */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "jst_id")
    private Long jstId;

    @Column(name = "granted_by")
    private Long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected RoleAssignment() {
    }

    RoleAssignment(Long userId, Role role, Long jstId, Long grantedBy, Instant grantedAt) {
        if (role == Role.NGO_REPRESENTATIVE) {
            throw new IllegalArgumentException("NGO representation is granted per organisation");
        }
        if (role.isPlatformWide() != (jstId == null)) {
            throw new IllegalArgumentException("Role " + role + (jstId == null ? " needs a JST" : " is platform-wide"));
        }
        this.userId = userId;
        this.role = role;
        this.jstId = jstId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Role getRole() {
        return role;
    }

    public Long getJstId() {
        return jstId;
    }

    public Long getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

}
