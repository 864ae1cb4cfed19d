package pl.wspolnie.diagnosis.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.diagnosis.DiagnosisNotificationKinds;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a person named to a LIJW working group, and, when the report is published, the
 * JST's officials, its coordinators and the group. Runs after the action is committed,
 * through {@link Notifications} (the person may turn the kind off).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LijwMails {

    private final Notifications notifications;

    private final LijwDiagnosisRepository diagnoses;

    private final LijwMemberRepository members;

    private final Accounts accounts;

    private final Jsts jsts;

    @ApplicationModuleListener
    void on(LijwMemberNamed event) {
        LijwDiagnosis d = diagnoses.findById(event.diagnosisId()).orElseThrow();
        String jst = jsts.get(d.getJstId()).name();
        notifications.tell(event.userId(),
                Notification.of(DiagnosisNotificationKinds.LIJW_GROUP, "diagnosis.mail.lijwGroup")
                    .subject(jst, String.valueOf(d.getYear()))
                    .body(jst, String.valueOf(d.getYear()), notifications.link("/diagnosis/lijw/" + d.getId())));
    }

    @ApplicationModuleListener
    void on(LijwReportPublished event) {
        LijwDiagnosis d = diagnoses.findById(event.diagnosisId()).orElseThrow();
        String jst = jsts.get(d.getJstId()).name();
        Set<Long> told = new LinkedHashSet<>(
                accounts.holdersOf(List.of(Role.OFFICIAL, LijwDiagnoses.COORDINATOR), List.of(d.getJstId())));
        members.findByDiagnosisIdOrderById(d.getId()).forEach(m -> told.add(m.getUserId()));
        notifications.tellAll(told, Notification.of(DiagnosisNotificationKinds.LIJW_REPORT, "diagnosis.mail.lijwReport")
            .subject(jst, String.valueOf(d.getYear()))
            .body(jst, String.valueOf(d.getYear()), notifications.link("/diagnosis/lijw/" + d.getId() + "/report")));
    }

}
