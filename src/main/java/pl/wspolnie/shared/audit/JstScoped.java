package pl.wspolnie.shared.audit;

/**
 * An entity that belongs to one JST; the audit log records that JST so its administrators
 * can filter by it.
 */
public interface JstScoped {

    Long auditJstId();

}
