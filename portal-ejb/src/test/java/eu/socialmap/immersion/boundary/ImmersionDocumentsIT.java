package eu.socialmap.immersion.boundary;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.socialmap.immersion.entity.AgreementClauses;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.CalendarEntry;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A booking's agreement and calendar entry, the personal calendars, and the clauses the coordinator writes, against
 * the real database: a social worker of Roubaix (French) goes to a host in Kortrijk (Dutch).
 */
class ImmersionDocumentsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final FiguresFixtures fixtures = new FiguresFixtures(em);
    private final Account host = fixtures.kortrijk("OCMW Kortrijk");
    private final Account contact = fixtures.colleague(host, "Pieter Janssens");
    private final Account hostColleague = fixtures.colleague(host, "Jan Peeters");
    private final Account employer = fixtures.roubaix("CCAS Roubaix");
    private final Account visitor = fixtures.colleague(employer, "Amina Benali");
    private final Account outsider = fixtures.mouscron("CPAS Mouscron");
    private final ImmersionOffer offer = fixtures.offer(host, null, contact);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theAgreementIsForThePartiesAndTheCoordinatorOnceTheHostHasAccepted() throws IOException {
        ImmersionBooking requested = fixtures.requested(visitor, fixtures.offer(host, null), 2);
        fixtures.signIn(visitor);
        assertRefused(() -> fixtures.documents.agreement(requested.getId()), BusinessException.Kind.CONFLICT,
                "immersion.agreement.notYet");

        ImmersionBooking booking = fixtures.accepted(visitor, employer, offer, host, 3);
        for (Account reader : List.of(visitor, employer, host, contact, fixtures.coordinator())) {
            fixtures.signIn(reader);
            String text = text(fixtures.documents.agreement(booking.getId()));
            assertThat(text).as("read by " + reader.getDisplayName())
                    .contains("Overeenkomst voor een professionele immersie", "Convention d’immersion professionnelle",
                            "Amina Benali, de " + fixtures.organisationOf(employer).getLegalName(),
                            "Nog niet ondertekend", "Pas encore signé", "ONTWERP / PROJET",
                            "clauses version " + booking.getClausesVersion(), "Onthaal van daklozen",
                            "du lundi au vendredi, de 09:00 à 16:30");
        }
        for (Account stranger : List.of(outsider, hostColleague)) {
            fixtures.signIn(stranger);
            assertRefused(() -> fixtures.documents.agreement(booking.getId()), BusinessException.Kind.NOT_FOUND,
                    "immersion.booking.notFound");
        }
        fixtures.signIn(null);
        assertRefused(() -> fixtures.documents.agreement(booking.getId()), BusinessException.Kind.NOT_FOUND,
                "immersion.booking.notFound");

        fixtures.signIn(employer);
        fixtures.tx(() -> fixtures.bookings.sign(booking.getId()));
        fixtures.signIn(host);
        fixtures.tx(() -> fixtures.bookings.sign(booking.getId()));
        fixtures.signIn(visitor);
        em.clear();
        String agreed = text(fixtures.documents.agreement(booking.getId()));
        assertThat(agreed).contains("Signé par " + employer.getDisplayName(), "Ondertekend door " + host.getDisplayName(),
                "(heure de Bruxelles)").doesNotContain("PROJET").doesNotContain("Nog niet ondertekend");
    }

    @Test
    void theCalendarFileIsForThePartiesOnceBothHaveSignedInTheReadersLanguage() {
        ImmersionBooking accepted = fixtures.accepted(visitor, employer, offer, host, 2);
        fixtures.signIn(visitor);
        assertRefused(() -> fixtures.documents.calendar(accepted.getId()), BusinessException.Kind.CONFLICT,
                "immersion.agreement.calendarNotYet");

        ImmersionBooking agreed = fixtures.agreed(visitor, employer, fixtures.offer(host, null), host, 3);
        fixtures.signIn(visitor);
        String french = fixtures.documents.calendar(agreed.getId());
        assertThat(french).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "UID:immersion-" + agreed.getId() + "@socialmap",
                "STATUS:CONFIRMED", "SUMMARY:Immersion de Amina Benali", "TZID=Europe/Brussels");
        fixtures.signIn(host);
        assertThat(fixtures.documents.calendar(agreed.getId())).contains("SUMMARY:Immersie van Amina Benali");

        fixtures.signIn(fixtures.coordinator());
        assertRefused(() -> fixtures.documents.calendar(agreed.getId()), BusinessException.Kind.FORBIDDEN,
                "immersion.booking.notYours");
        fixtures.signIn(outsider);
        assertRefused(() -> fixtures.documents.calendar(agreed.getId()), BusinessException.Kind.NOT_FOUND,
                "immersion.booking.notFound");

        fixtures.signIn(visitor);
        fixtures.tx(() -> fixtures.bookings.cancel(agreed.getId(), "Malade."));
        em.clear();
        assertThat(fixtures.documents.calendar(agreed.getId())).as("the file that takes it out of a calendar")
                .contains("STATUS:CANCELLED");
    }

    @Test
    void theVisitorsTheHostAdministratorsAndTheContactsCalendarsGetTheDates() {
        ImmersionBooking agreed = fixtures.agreed(visitor, employer, offer, host, 2);
        ImmersionBooking onlyAccepted = fixtures.accepted(visitor, employer, fixtures.offer(host, null), host, 3);
        String uid = "immersion-" + agreed.getId() + "@socialmap";

        assertThat(uids(visitor)).contains(uid).doesNotContain("immersion-" + onlyAccepted.getId() + "@socialmap");
        assertThat(uids(host)).contains(uid);
        assertThat(uids(contact)).contains(uid);
        assertThat(fixtures.calendars.entriesFor(reread(visitor), Language.FR)).filteredOn(e -> e.uid().equals(uid))
                .singleElement().satisfies(e -> {
                    assertThat(e.summary()).startsWith("Immersion de Amina Benali");
                    assertThat(e.url()).isEqualTo("https://portal.test/immersions/booking?id=" + agreed.getId());
                    assertThat(e.location()).contains("Budastraat 27", "8500 Kortrijk");
                });
        for (Account notInIt : List.of(hostColleague, employer, outsider, fixtures.coordinator())) {
            assertThat(uids(notInIt)).as(notInIt.getDisplayName()).doesNotContain(uid);
        }

        fixtures.signIn(host);
        fixtures.tx(() -> fixtures.bookings.cancel(agreed.getId(), "Fermeture du service."));
        em.clear();
        assertThat(fixtures.calendars.entriesFor(reread(visitor), Language.FR)).filteredOn(e -> e.uid().equals(uid))
                .singleElement().extracting(CalendarEntry::status).isEqualTo(CalendarEntry.Status.CANCELLED);
        assertThat(fixtures.calendars.entriesFor(reread(onlyAccepted.getVisitorId()), Language.FR))
                .extracting(CalendarEntry::uid).doesNotContain("immersion-" + onlyAccepted.getId() + "@socialmap");
    }

    @Test
    void theCoordinatorWritesANewVersionOfTheClausesInThreeLanguages() {
        Account coordinator = fixtures.coordinator();
        fixtures.signIn(coordinator);
        AgreementClauses current = fixtures.coordination.clauses();

        assertThatThrownBy(() -> fixtures.coordination.writeClauses(current.getVersion(), "Assurance.", "", "Insurance.",
                "Secret.", "Geheim.", "x".repeat(ImmersionCoordination.MAX_CLAUSE + 1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("insuranceNl", "input.required"),
                                org.assertj.core.groups.Tuple.tuple("confidentialityEn", "input.tooLong")));
        assertThatThrownBy(() -> fixtures.coordination.writeClauses(current.getVersion(), "<b>Assurance</b>", "Verzekering.",
                "Insurance.", "Secret.", "Geheim.", "Secrecy."))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("insuranceFr"));

        String unique = FiguresFixtures.unique();
        try {
            newVersionAppliesFromNowOn(current, unique);
        } finally {
            // the later tests' agreements print the seed's clauses again (as a version of their own)
            AgreementClauses seed = em.find(AgreementClauses.class, 1);
            fixtures.signIn(coordinator);
            fixtures.tx(() -> fixtures.coordination.writeClauses(fixtures.coordination.clauses().getVersion(),
                    seed.getInsurance().exactly(Language.FR), seed.getInsurance().exactly(Language.NL),
                    seed.getInsurance().exactly(Language.EN), seed.getConfidentiality().exactly(Language.FR),
                    seed.getConfidentiality().exactly(Language.NL), seed.getConfidentiality().exactly(Language.EN)));
        }
    }

    private void newVersionAppliesFromNowOn(AgreementClauses current, String unique) {
        Account coordinator = fixtures.coordinator();
        AgreementClauses next = fixtures.tx(() -> fixtures.coordination.writeClauses(current.getVersion(),
                "Assurance " + unique + ".", "Verzekering.", "Insurance.", "Secret.", "Geheim.", "Secrecy."));
        assertThat(next.getVersion()).isEqualTo(current.getVersion() + 1);
        assertThat(next.getCreatedBy()).isEqualTo(coordinator.getId());
        assertThat(fixtures.coordination.clauses().getInsurance().exactly(Language.FR)).isEqualTo("Assurance " + unique + ".");
        assertRefused(() -> fixtures.coordination.writeClauses(current.getVersion(), "Autre.", "Ander.", "Other.",
                "Secret.", "Geheim.", "Secrecy."), BusinessException.Kind.CONFLICT, "immersion.coordination.clausesChanged");

        // an immersion accepted now is made under the new version; its agreement prints it
        ImmersionBooking booking = fixtures.accepted(visitor, employer, offer, host, 2);
        assertThat(booking.getClausesVersion()).isEqualTo(next.getVersion());
        fixtures.signIn(visitor);
        assertThat(text(fixtures.documents.agreement(booking.getId()))).contains("Assurance " + unique + ".");

        fixtures.signIn(host);
        assertRefused(() -> fixtures.coordination.clauses(), BusinessException.Kind.FORBIDDEN, "problem.forbidden.title");
        assertRefused(() -> fixtures.coordination.writeClauses(next.getVersion(), "A.", "B.", "C.", "D.", "E.", "F."),
                BusinessException.Kind.FORBIDDEN, "problem.forbidden.title");
        assertRefused(() -> fixtures.coordination.bookings(1), BusinessException.Kind.FORBIDDEN, "problem.forbidden.title");
    }

    @Test
    void theCoordinatorsListOfBookingsComesAPageAtATimeWithTheOrganisationsNames() {
        ImmersionBooking booking = fixtures.requested(visitor, offer, 2);
        fixtures.signIn(fixtures.coordinator());
        ImmersionCoordination.BookingPage first = fixtures.coordination.bookings(1);
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.rows()).hasSizeLessThanOrEqualTo(ImmersionCoordination.PAGE_SIZE);
        // newest first day first: the one just requested is among the first ones unless the database holds many later
        ImmersionCoordination.BookingPage page = first;
        ImmersionCoordination.BookingRow row = null;
        for (int p = 1; row == null; p++) {
            page = fixtures.coordination.bookings(p);
            row = page.rows().stream().filter(r -> r.id() == booking.getId()).findFirst().orElse(null);
            assertThat(row != null || page.hasNext()).as("found before the last page").isTrue();
        }
        assertThat(row.visitor()).isEqualTo("Amina Benali");
        assertThat(row.sender()).startsWith("CCAS Roubaix");
        assertThat(row.host()).startsWith("OCMW Kortrijk");
        assertThat(row.status()).isEqualTo(ImmersionBooking.Status.REQUESTED);
    }

    private List<String> uids(Account person) {
        return fixtures.calendars.entriesFor(reread(person), person.getLanguage()).stream().map(CalendarEntry::uid).toList();
    }

    private Account reread(Account account) {
        return reread(account.getId());
    }

    private Account reread(Long id) {
        Account found = em.find(Account.class, id);
        em.refresh(found);
        return found;
    }

    private static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                      BusinessException.Kind kind, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
