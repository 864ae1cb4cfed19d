/**
 * The public benefit council (rada działalności pożytku publicznego): NGOs request its
 * creation (counted by distinct organisation), the JST records its terms and members (at
 * least half from NGOs), asks it for opinions on drafts (14 days, then "no opinion within
 * the deadline") and publishes its meetings. Its opinions on a consulted draft show on
 * the consultation page through
 * {@link pl.wspolnie.consultations.ConsultationOpinionSource}. Public API:
 * {@link pl.wspolnie.council.CouncilOpinions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public benefit council")
package pl.wspolnie.council;
