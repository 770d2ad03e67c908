package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.control.YearFigures;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coordinator's yearly figures against the real database: immersions made through the real services and moved
 * into a past year by SQL. Other tests write immersions too, so the network-wide numbers are read as the difference
 * this test makes; the lines of its own new organisations and theme are exact.
 */
class ImmersionFiguresIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final FiguresFixtures fixtures = new FiguresFixtures(em);
    /** A past year other tests do not write in (chosen anew at each run). */
    private final int year = 2001 + ThreadLocalRandom.current().nextInt(15);

    @AfterEach
    void close() {
        em.close();
    }

    /** What one test builds: two hosts, two senders, four immersions done in {@link #year}. */
    private final class Network {
        final Account kortrijk = fixtures.kortrijk("OCMW Kortrijk");
        final Account lille = fixtures.memberIn("CCAS Lille", "FR", "59000", "Lille", Language.FR);
        final Account roubaix = fixtures.roubaix("CCAS Roubaix");
        final Account mouscron = fixtures.mouscron("CPAS Mouscron");
        final TaxonomyTerm homelessness = fixtures.theme("Sans-abrisme " + FiguresFixtures.unique());
        final ImmersionOffer streetWork = fixtures.offer(kortrijk, homelessness);
        final ImmersionOffer dayCentre = fixtures.offer(kortrijk, homelessness);
        final ImmersionOffer lilleOffer = fixtures.offer(lille, null);
        final Account amina = fixtures.colleague(roubaix, "Amina Benali");
        final Account bart = fixtures.colleague(mouscron, "Bart De Smet");
        final Account chloe = fixtures.colleague(mouscron, "Chloé Martin");
        ImmersionBooking aminaInMarch;
        ImmersionBooking aminaInJune;
        ImmersionBooking bartInLille;
        ImmersionBooking chloeInKortrijk;

        /** Amina twice (France → Belgium), Bart to Lille (Belgium → France) and Chloé to Kortrijk (same country). */
        Network doneInTheYear() {
            aminaInMarch = done(amina, roubaix, streetWork, kortrijk, LocalDate.of(year, 3, 15));
            aminaInJune = done(amina, roubaix, dayCentre, kortrijk, LocalDate.of(year, 6, 14));
            bartInLille = done(bart, mouscron, lilleOffer, lille, LocalDate.of(year, 9, 20));
            chloeInKortrijk = done(chloe, mouscron, streetWork, kortrijk, LocalDate.of(year, 10, 11));
            // two accounts deleted since: nobody can tell them apart, each counts once
            fixtures.forgetVisitor(bartInLille);
            fixtures.forgetVisitor(chloeInKortrijk);
            return this;
        }

        private ImmersionBooking done(Account visitor, Account employer, ImmersionOffer offer, Account host,
                                      LocalDate first) {
            ImmersionBooking booking = fixtures.agreed(visitor, employer, offer, host, 2);
            fixtures.datesOf(booking, first, first.plusDays(2));
            return booking;
        }

        long id(Account admin) {
            return admin.getOrganisationId();
        }
    }

    @Test
    void aYearCountsTheImmersionsDoneTheirProfessionalsAndEachBreakdown() {
        YearFigures before = figures(year);
        Network network = new Network().doneInTheYear();
        // not counted: accepted but never signed, agreed in the next year, agreed and cancelled
        ImmersionBooking unsigned = fixtures.accepted(network.amina, network.roubaix, network.lilleOffer, network.lille, 3);
        fixtures.datesOf(unsigned, LocalDate.of(year, 11, 8), LocalDate.of(year, 11, 10));
        ImmersionBooking nextYear = fixtures.agreed(network.bart, network.mouscron, network.dayCentre, network.kortrijk, 4);
        fixtures.datesOf(nextYear, LocalDate.of(year + 1, 1, 10), LocalDate.of(year + 1, 1, 12));
        ImmersionBooking cancelled = fixtures.agreed(network.chloe, network.mouscron, network.dayCentre, network.kortrijk, 5);
        fixtures.signIn(network.chloe);
        fixtures.tx(() -> fixtures.bookings.cancel(cancelled.getId(), "Malade."));
        fixtures.datesOf(cancelled, LocalDate.of(year, 12, 6), LocalDate.of(year, 12, 8));
        // Amina reports on her first immersion
        fixtures.signIn(network.amina);
        fixtures.tx(() -> fixtures.bookings.report(network.aminaInMarch.getId(), "Le travail de rue flamand.",
                "Les permanences mobiles.", true));

        YearFigures after = figures(year);

        assertThat(after.year()).isEqualTo(year);
        assertThat(after.done() - before.done()).isEqualTo(4);
        assertThat(after.professionals() - before.professionals()).as("Amina once, the two deleted accounts each once")
                .isEqualTo(3);
        assertThat(after.planned()).as("a past year has nothing planned").isZero();
        assertThat(after.byDirection()).extracting(YearFigures.Line::key)
                .containsExactly("FR_TO_BE", "BE_TO_FR", "SAME_COUNTRY");
        assertThat(difference(before.byDirection(), after.byDirection())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "FR_TO_BE", List.of(2L, 1L), "BE_TO_FR", List.of(1L, 1L), "SAME_COUNTRY", List.of(1L, 1L)));
        assertThat(line(after.byHost(), network.id(network.kortrijk)))
                .isEqualTo(List.of(3L, 2L)).as("Amina twice and Chloé");
        assertThat(line(after.byHost(), network.id(network.lille))).isEqualTo(List.of(1L, 1L));
        assertThat(line(after.bySender(), network.id(network.roubaix))).isEqualTo(List.of(2L, 1L));
        assertThat(line(after.bySender(), network.id(network.mouscron))).isEqualTo(List.of(2L, 2L));
        assertThat(line(after.byTheme(), network.homelessness.getId())).isEqualTo(List.of(3L, 2L));
        assertThat(after.byTheme().stream().filter(l -> String.valueOf(network.homelessness.getId()).equals(l.key()))
                .findFirst().orElseThrow().label()).startsWith("Sans-abrisme");
        assertThat(after.byHost().stream().filter(l -> String.valueOf(network.id(network.kortrijk)).equals(l.key()))
                .findFirst().orElseThrow().label()).startsWith("OCMW Kortrijk");

        Map<Long, YearFigures.Immersion> listed = after.immersions().stream()
                .collect(Collectors.toMap(YearFigures.Immersion::bookingId, Function.identity()));
        assertThat(listed).containsKeys(network.aminaInMarch.getId(), network.aminaInJune.getId(),
                network.bartInLille.getId(), network.chloeInKortrijk.getId());
        assertThat(listed).doesNotContainKeys(unsigned.getId(), nextYear.getId(), cancelled.getId());
        YearFigures.Immersion march = listed.get(network.aminaInMarch.getId());
        assertThat(march.visitor()).isEqualTo("Amina Benali");
        assertThat(march.sender()).startsWith("CCAS Roubaix");
        assertThat(march.host()).startsWith("OCMW Kortrijk");
        assertThat(march.firstDay()).isEqualTo(LocalDate.of(year, 3, 15));
        assertThat(march.workingDays()).isEqualTo(ImmersionBooking.workingDays(march.firstDay(), march.lastDay()));
        assertThat(march.theme()).startsWith("Sans-abrisme");
        assertThat(march.reported()).isTrue();
        assertThat(march.recommends()).isTrue();
        YearFigures.Immersion bart = listed.get(network.bartInLille.getId());
        assertThat(bart.visitor()).isEmpty();
        assertThat(bart.theme()).isEmpty();
        assertThat(bart.reported()).isFalse();
        assertThat(bart.recommends()).isNull();

        fixtures.signIn(fixtures.coordinator());
        assertThat(fixtures.figures.years()).contains(year, LocalDate.now().getYear(), LocalDate.now().getYear() + 1)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void anImmersionAgreedButNotOverIsPlannedAndCountsOnceItsLastDayHasCome() {
        Account kortrijk = fixtures.kortrijk("OCMW Kortrijk");
        Account roubaix = fixtures.roubaix("CCAS Roubaix");
        Account amina = fixtures.colleague(roubaix, "Amina Benali");
        ImmersionOffer offer = fixtures.offer(kortrijk, null);
        int itsYear = FiguresFixtures.monday(2).getYear();
        YearFigures before = figures(itsYear);

        ImmersionBooking booking = fixtures.agreed(amina, roubaix, offer, kortrijk, 2);
        YearFigures ahead = figures(itsYear);
        assertThat(ahead.planned() - before.planned()).isEqualTo(1);
        assertThat(ahead.done()).isEqualTo(before.done());

        LocalDate today = LocalDate.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE);
        LocalDate first = today.minusDays(2);
        YearFigures beforeOver = figures(first.getYear());
        fixtures.datesOf(booking, first, today);
        YearFigures over = figures(first.getYear());
        assertThat(over.done() - beforeOver.done()).as("its last day is today: done").isEqualTo(1);
        assertThat(over.planned() - beforeOver.planned()).isEqualTo(itsYear == first.getYear() ? -1 : 0);
        assertThat(over.immersions()).extracting(YearFigures.Immersion::bookingId).contains(booking.getId());
    }

    @Test
    void theTargetIsTheFundersSixtyUntilTheCoordinatorSetsOne() {
        fixtures.tx(() -> em.createNativeQuery("DELETE FROM immersion_target WHERE year = ?").setParameter(1, year)
                .executeUpdate());
        assertThat(figures(year).target()).isEqualTo(60);
        assertThat(figures(year).targetSet()).isFalse();

        fixtures.signIn(fixtures.coordinator());
        fixtures.tx(() -> {
            fixtures.figures.setTarget(year, 75);
            return null;
        });
        fixtures.tx(() -> {
            fixtures.figures.setTarget(year, 80);
            return null;
        });
        YearFigures set = figures(year);
        assertThat(set.target()).isEqualTo(80);
        assertThat(set.targetSet()).isTrue();
        assertThat(set.percentOfTarget()).isEqualTo(Math.round(100f * set.professionals() / 80));

        for (int wrong : new int[]{0, -3, 10_001}) {
            assertThatThrownBy(() -> fixtures.figures.setTarget(year, wrong)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("professionals");
                        assertThat(f.messageKey()).isEqualTo("immersion.figures.targetRange");
                    }));
        }
        assertThatThrownBy(() -> fixtures.figures.setTarget(1999, 10)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).extracting(InvalidInput.FieldError::field).containsExactly("year"));
        fixtures.tx(() -> {
            fixtures.figures.setTarget(year, 10_000);
            return null;
        });
        assertThat(figures(year).target()).isEqualTo(10_000);
    }

    @Test
    void onlyTheCoordinatorReadsTheFiguresAndSetsTheTarget() {
        Account kortrijk = fixtures.kortrijk("OCMW Kortrijk");
        fixtures.signIn(kortrijk);
        assertForbidden(() -> fixtures.figures.of(year, Language.FR));
        assertForbidden(() -> fixtures.figures.csv(year, Language.FR));
        assertForbidden(() -> fixtures.figures.xlsx(year, Language.FR));
        assertForbidden(() -> fixtures.figures.years());
        assertForbidden(() -> fixtures.figures.setTarget(year, 12));
    }

    @Test
    void theExportsListTheImmersionsDoneWithTheSummaryInTheWorkbook() throws IOException {
        Network network = new Network().doneInTheYear();
        // a name typed like a formula stays text in a spreadsheet
        Account formula = fixtures.colleague(network.roubaix, "=HYPERLINK(\"http://x\")");
        ImmersionBooking trap = fixtures.agreed(formula, network.roubaix, network.lilleOffer, network.lille, 2);
        fixtures.datesOf(trap, LocalDate.of(year, 5, 3), LocalDate.of(year, 5, 4));
        fixtures.signIn(fixtures.coordinator());

        String csv = new String(fixtures.figures.csv(year, Language.EN), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        Map<String, CSVRecord> byId = records.stream().collect(Collectors.toMap(r -> r.get("No."), r -> r));
        CSVRecord march = byId.get(String.valueOf(network.aminaInMarch.getId()));
        assertThat(march.get("Professional")).isEqualTo("Amina Benali");
        assertThat(march.get("Direction")).isEqualTo("France → Belgium");
        assertThat(march.get("First day")).isEqualTo(year + "-03-15");
        assertThat(march.get("Working days")).isEqualTo(String.valueOf(
                ImmersionBooking.workingDays(LocalDate.of(year, 3, 15), LocalDate.of(year, 3, 17))));
        assertThat(march.get("Report written")).isEqualTo("no");
        assertThat(march.get("Recommends")).isEmpty();
        assertThat(byId.get(String.valueOf(network.bartInLille.getId())).get("Professional")).isEqualTo("(account deleted)");
        assertThat(byId.get(String.valueOf(network.bartInLille.getId())).get("Theme")).isEmpty();
        assertThat(byId.get(String.valueOf(trap.getId())).get("Professional")).isEqualTo("'=HYPERLINK(\"http://x\")");

        byte[] xlsx = fixtures.figures.xlsx(year, Language.FR);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Résumé", "Immersions");
            List<Row> summary = sheets.get(0).read();
            assertThat(summary.get(0).getCellText(0)).isEqualTo("Immersions " + year);
            YearFigures figures = figures(year);
            assertThat(cellAfter(summary, "Immersions réalisées")).isEqualTo(String.valueOf(figures.done()));
            assertThat(cellAfter(summary, "Professionnels en immersion")).isEqualTo(String.valueOf(figures.professionals()));
            assertThat(cellAfter(summary, "France → Belgique")).isNotEmpty();
            assertThat(summary).anySatisfy(r -> assertThat(r.getCellText(0)).startsWith("OCMW Kortrijk"));
            List<Row> list = sheets.get(1).read();
            assertThat(list.get(0).getCellText(1)).isEqualTo("Professionnel");
            assertThat(list).hasSize(figures.immersions().size() + 1);
            Row trapRow = list.stream().filter(r -> r.getCellText(0).equals(String.valueOf(trap.getId()))).findFirst()
                    .orElseThrow();
            assertThat(trapRow.getCellText(1)).as("a value, not a formula").isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(trapRow.getCell(4).asDate().toLocalDate()).isEqualTo(LocalDate.of(year, 5, 3));
        }
    }

    private YearFigures figures(int ofYear) {
        fixtures.signIn(fixtures.coordinator());
        em.clear();
        return fixtures.figures.of(ofYear, Language.FR);
    }

    /** Per line key: immersions and professionals added since {@code before}. */
    private static Map<String, List<Long>> difference(List<YearFigures.Line> before, List<YearFigures.Line> after) {
        Map<String, YearFigures.Line> old = before.stream().collect(Collectors.toMap(YearFigures.Line::key, l -> l));
        return after.stream().collect(Collectors.toMap(YearFigures.Line::key, l -> List.of(
                l.immersions() - old.get(l.key()).immersions(), l.professionals() - old.get(l.key()).professionals())));
    }

    private static List<Long> line(List<YearFigures.Line> lines, long id) {
        return lines.stream().filter(l -> String.valueOf(id).equals(l.key())).findFirst()
                .map(l -> List.of(l.immersions(), l.professionals())).orElseThrow();
    }

    private static String cellAfter(List<Row> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow().getCellText(1);
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
    }
}
