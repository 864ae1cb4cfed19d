/**
 * The audit log: every change of every JPA entity (who, when, what, before/after) is
 * recorded by a Hibernate listener, so no module writes audit code (a row inserted with
 * plain SQL on a hot path gets the same entry through shared.audit.AuditedInserts).
 * Administrators browse it at /admin/audit.
 */
package pl.wspolnie.audit;
