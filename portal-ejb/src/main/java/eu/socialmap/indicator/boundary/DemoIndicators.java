package eu.socialmap.indicator.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.indicator.entity.Indicator;
import eu.socialmap.indicator.entity.IndicatorDetails;
import eu.socialmap.indicator.entity.IndicatorEntry;
import eu.socialmap.indicator.entity.Measure;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo programme: the SAM Eurometropole's predefined targets (50 beneficiaries of a six-month cross-border
 * insertion programme, 60 professionals in immersion, 23 cross-border initiatives, 350 people using cross-border
 * services, 750 people made aware of the cross-border identity, 45 services in a cross-border network) and En
 * Avant/Vooruit's 126 people followed and 55 placed in work, with a few values entered by demo partners. Written
 * straight into the database (nobody is signed in at start-up).
 */
public final class DemoIndicators {

    private static final String TERRITORY = "Eurométropole Lille-Kortrijk-Tournai";

    private final EntityManager em;
    private final Instant now;
    private final LocalDate start;
    private final LocalDate end;
    private int position;

    private DemoIndicators(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
        LocalDate today = LocalDate.ofInstant(now, Messages.NETWORK_ZONE);
        this.start = LocalDate.of(today.getYear() - 1, 1, 1);
        this.end = LocalDate.of(today.getYear() + 1, 12, 31);
    }

    public static void load(EntityManager em, Instant now) {
        new DemoIndicators(em, now).load();
    }

    private void load() {
        Organisation mouscron = organisation("cpas-mouscron");
        Organisation kortrijk = organisation("ocmw-kortrijk");
        Organisation roubaix = organisation("ccas-roubaix");
        Organisation tournai = organisation("cpas-tournai");
        Indicator beneficiaries = entered("Bénéficiaires d’un parcours d’insertion transfrontalier de 6 mois",
                "Deelnemers aan een grensoverschrijdend inschakelingstraject van 6 maanden",
                "Beneficiaries of a 6-month cross-border insertion programme", "personnes", "personen", "people", 50, true);
        computed("Professionnels en immersion", "Professionals in immersie", "Professionals in immersion",
                "professionnels", "professionals", "professionals", 60, Measure.PROFESSIONALS_IN_IMMERSION, true);
        Indicator initiatives = entered("Initiatives transfrontalières", "Grensoverschrijdende initiatieven",
                "Cross-border initiatives", "initiatives", "initiatieven", "initiatives", 23, false);
        Indicator users = entered("Personnes utilisant des services transfrontaliers",
                "Personen die grensoverschrijdende diensten gebruiken", "People using cross-border services",
                "personnes", "personen", "people", 350, false);
        Indicator aware = entered("Personnes sensibilisées à l’identité transfrontalière",
                "Personen bewust gemaakt van de grensoverschrijdende identiteit",
                "People made aware of the cross-border identity", "personnes", "personen", "people", 750, false);
        computed("Services dans un réseau transfrontalier", "Diensten in een grensoverschrijdend netwerk",
                "Services in a cross-border network", "services", "diensten", "services", 45,
                Measure.SERVICES_IN_NETWORK, true);
        Indicator followed = entered("Personnes suivies (En Avant/Vooruit)", "Gevolgde personen (En Avant/Vooruit)",
                "People followed (En Avant/Vooruit)", "personnes", "personen", "people", 126, false);
        Indicator placed = entered("Personnes mises à l’emploi (En Avant/Vooruit)",
                "Personen aan het werk (En Avant/Vooruit)", "People placed in work (En Avant/Vooruit)",
                "personnes", "personen", "people", 55, false);
        if (mouscron == null || kortrijk == null || roubaix == null || tournai == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(now, Messages.NETWORK_ZONE);
        entry(beneficiaries, mouscron, 12, today.minusMonths(7), "Cohorte de printemps");
        entry(beneficiaries, kortrijk, 9, today.minusMonths(5), "Voorjaarsgroep");
        entry(beneficiaries, roubaix, 7, today.minusMonths(2), "");
        entry(initiatives, tournai, 4, today.minusMonths(6), "Permanences communes Tournai–Ronse");
        entry(initiatives, kortrijk, 3, today.minusMonths(3), "");
        entry(users, mouscron, 85, today.minusMonths(4), "");
        entry(users, kortrijk, 64, today.minusMonths(1), "");
        entry(aware, roubaix, 210, today.minusMonths(8), "Forum de l’emploi transfrontalier");
        entry(aware, kortrijk, 140, today.minusMonths(3), "Infomarkt grensarbeid");
        entry(followed, tournai, 48, today.minusMonths(9), "");
        entry(followed, mouscron, 41, today.minusMonths(4), "");
        entry(placed, tournai, 17, today.minusMonths(6), "");
        entry(placed, mouscron, 12, today.minusMonths(2), "");
    }

    private Indicator entered(String fr, String nl, String en, String unitFr, String unitNl, String unitEn, int target,
                              boolean onHome) {
        return indicator(fr, nl, en, unitFr, unitNl, unitEn, target, Indicator.Source.ENTERED, null, onHome);
    }

    private Indicator computed(String fr, String nl, String en, String unitFr, String unitNl, String unitEn, int target,
                               Measure measure, boolean onHome) {
        return indicator(fr, nl, en, unitFr, unitNl, unitEn, target, Indicator.Source.COMPUTED, measure, onHome);
    }

    private Indicator indicator(String fr, String nl, String en, String unitFr, String unitNl, String unitEn,
                                int target, Indicator.Source source, Measure measure, boolean onHome) {
        Indicator indicator = new Indicator(new IndicatorDetails(new LocalizedText(fr, nl, en),
                new LocalizedText(unitFr, unitNl, unitEn), BigDecimal.valueOf(target), start, end, TERRITORY, source,
                measure, null, onHome, ++position * 10), now);
        em.persist(indicator);
        em.flush();
        return indicator;
    }

    private void entry(Indicator indicator, Organisation partner, int value, LocalDate date, String note) {
        LocalDate day = date.isBefore(start) ? start : date;
        Account admin = em.createNamedQuery(Account.ADMINS_OF, Account.class)
                .setParameter("organisations", List.of(partner.getId())).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        em.persist(new IndicatorEntry(indicator.getId(), partner.getId(), BigDecimal.valueOf(value), day,
                partner.getCommune(), partner.getCountry().name(), note.isEmpty() ? null : note,
                admin == null ? null : admin.getId(), now));
    }

    private Organisation organisation(String key) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.email LIKE :key", Organisation.class)
                .setParameter("key", "%" + key + "%").getResultStream().findFirst().orElse(null);
    }
}
