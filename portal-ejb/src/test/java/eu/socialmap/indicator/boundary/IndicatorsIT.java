package eu.socialmap.indicator.boundary;

import eu.socialmap.event.boundary.EventFixtures;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.event.entity.RegistrationForm;
import eu.socialmap.immersion.boundary.FiguresFixtures;
import eu.socialmap.immersion.control.YearFigures;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.indicator.control.Figures;
import eu.socialmap.indicator.entity.Indicator;
import eu.socialmap.indicator.entity.IndicatorDetails;
import eu.socialmap.indicator.entity.IndicatorEntry;
import eu.socialmap.indicator.entity.Measure;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.testing.TestDatabase;
import eu.socialmap.workinggroup.boundary.GroupFixtures;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.persistence.EntityManager;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The indicators against the real database: each computed measure counts exactly what it says (one more immersion,
 * service, member, participant or meeting: one more), equals the immersion figures' own numbers, the funder's report
 * adds up to the dashboards, partners' values and evidence stay among members, and bad input saves nothing. Other
 * tests write in the same database, so network-wide figures are read as the difference this test makes, in a past
 * year of its own.
 */
class IndicatorsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final GroupFixtures people = new GroupFixtures(em);
    private final Indicators indicators = new Indicators();
    private final IndicatorDashboards dashboards = new IndicatorDashboards();
    private final HomeFigures home = new HomeFigures();
    /** A past year other tests do not write in. */
    private final int year = 2016 + ThreadLocalRandom.current().nextInt(4);
    private final LocalDate first = LocalDate.of(year, 1, 1);
    private final LocalDate last = LocalDate.of(year, 12, 31);

    IndicatorsIT() {
        indicators.em = em;
        indicators.callers = people.callers;
        indicators.audit = people.audit;
        indicators.dataDirectory = GroupFixtures.dataDirectory(people.dataDirectory);
        dashboards.em = em;
        dashboards.callers = people.callers;
        dashboards.charter = people.membership.charter;
        dashboards.audit = people.audit;
        dashboards.dataDirectory = GroupFixtures.dataDirectory(people.dataDirectory);
        home.em = em;
        home.charter = people.membership.charter;
    }

    @AfterEach
    void close() {
        em.close();
    }

    private Indicator computed(Measure measure, String parameter, LocalDate from, LocalDate to) {
        return define(IndicatorsIT.details(unique(measure.name()), Indicator.Source.COMPUTED, measure, parameter, from, to, 10));
    }

    private Indicator entered(String name, LocalDate from, LocalDate to, int target) {
        return define(details(name, Indicator.Source.ENTERED, null, null, from, to, target));
    }

    private Indicator define(IndicatorDetails details) {
        people.signIn(people.coordinator());
        return people.tx(() -> indicators.create(details));
    }

    static IndicatorDetails details(String name, Indicator.Source source, Measure measure, String parameter,
                                    LocalDate from, LocalDate to, int target) {
        return new IndicatorDetails(new LocalizedText(name, name + " (nl)", name + " (en)"),
                new LocalizedText("personnes", "personen", "people"), BigDecimal.valueOf(target), from, to,
                "Eurométropole", source, measure, parameter, false, 0);
    }

    private Figures figures(Indicator indicator) {
        people.signIn(people.coordinator());
        em.clear();
        return people.tx(() -> dashboards.dashboard(indicator.getId(), null, null, 1, Language.EN)).progress().figures();
    }

    private static long total(Figures figures) {
        return figures.total().longValueExact();
    }

    private static BigDecimal line(List<Figures.Line> lines, Object key) {
        return lines.stream().filter(l -> String.valueOf(key).equals(l.key())).map(Figures.Line::value).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    @Test
    void immersionsAndProfessionalsAreTheImmersionFiguresOwnNumbersAndGrowWithEachImmersionDone() {
        FiguresFixtures immersions = new FiguresFixtures(em);
        Account host = immersions.kortrijk("OCMW Kortrijk " + unique(""));
        Account sender = immersions.roubaix("CCAS Roubaix " + unique(""));
        Account amina = immersions.colleague(sender, "Amina Benali");
        ImmersionOffer offer = immersions.offer(host, null);
        Indicator professionals = computed(Measure.PROFESSIONALS_IN_IMMERSION, null, first, last);
        Indicator done = computed(Measure.IMMERSIONS_DONE, null, first, last);
        long professionalsBefore = total(figures(professionals));
        long doneBefore = total(figures(done));

        ImmersionBooking march = immersions.agreed(amina, sender, offer, host, 2);
        immersions.datesOf(march, LocalDate.of(year, 3, 10), LocalDate.of(year, 3, 12));
        assertThat(total(figures(professionals))).isEqualTo(professionalsBefore + 1);
        assertThat(total(figures(done))).isEqualTo(doneBefore + 1);

        ImmersionBooking june = immersions.agreed(amina, sender, immersions.offer(host, null), host, 3);
        immersions.datesOf(june, LocalDate.of(year, 6, 9), LocalDate.of(year, 6, 11));
        Figures professionalsNow = figures(professionals);
        Figures doneNow = figures(done);
        assertThat(total(professionalsNow)).as("the same professional twice: once").isEqualTo(professionalsBefore + 1);
        assertThat(total(doneNow)).isEqualTo(doneBefore + 2);
        assertThat(line(professionalsNow.byPartner(), sender.getOrganisationId())).isEqualByComparingTo("1");
        assertThat(line(doneNow.byPartner(), sender.getOrganisationId())).isEqualByComparingTo("2");
        assertThat(doneNow.series().get(2).value().subtract(doneNow.series().get(1).value())).as("March")
                .isGreaterThanOrEqualTo(BigDecimal.ONE);

        immersions.signIn(immersions.coordinator());
        YearFigures year = immersions.figures.of(this.year, Language.EN);
        assertThat(total(professionalsNow)).as("the coordinator's immersion figures say the same")
                .isEqualTo(year.professionals());
        assertThat(total(doneNow)).isEqualTo(year.done());
    }

    @Test
    void servicesMembersParticipantsAndMeetingsEachCountWhatTheyCount() {
        LocalDate today = LocalDate.now(Messages.NETWORK_ZONE);
        Indicator services = computed(Measure.SERVICES_IN_NETWORK, null, today.minusYears(1), today.plusYears(1));
        Indicator members = computed(Measure.MEMBER_ORGANISATIONS, null, today.minusYears(1), today.plusYears(1));
        Indicator meetings = computed(Measure.GROUP_MEETINGS_HELD, null, first, last);
        Indicator participants = computed(Measure.EVENT_PARTICIPANTS, null, first, last);

        // a member more: the charter signed
        people.signIn(people.coordinator());
        people.tx(() -> people.membership.charter.inForce().orElseGet(() -> people.membership.charter.publish(
                "Charte", "Charter", "", today)));
        long membersBefore = total(figures(members));
        Account carto = people.person("Carto " + unique(""));
        Figures membersNow = figures(members);
        assertThat(total(membersNow)).isEqualTo(membersBefore + 1);
        assertThat(line(membersNow.byPartner(), carto.getOrganisationId())).isEqualByComparingTo("1");

        // a service more on the map
        long servicesBefore = total(figures(services));
        people.tx(() -> em.createNativeQuery("INSERT INTO service (organisation_id, name_fr, languages, status, created_at, "
                        + "updated_at) VALUES (?, 'Permanence logement', 'fr', 'ACTIVE', ?, ?)")
                .setParameter(1, carto.getOrganisationId()).setParameter(2, LocalDateTime.now(ZoneOffset.UTC))
                .setParameter(3, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate());
        Figures servicesNow = figures(services);
        assertThat(total(servicesNow)).isEqualTo(servicesBefore + 1);
        assertThat(line(servicesNow.byPartner(), carto.getOrganisationId())).isEqualByComparingTo("1");
        assertThat(line(servicesNow.byTerritory(), "Saint-Gilles")).isGreaterThanOrEqualTo(BigDecimal.ONE);

        // a meeting held in the year (and one cancelled, not counted)
        WorkingGroup group = people.group();
        Account lead = people.leadOf(group);
        long meetingsBefore = total(figures(meetings));
        Meeting held = people.pastMeeting(group, lead, 3);
        people.startsAt(held, LocalDateTime.of(LocalDate.of(year, 5, 5), LocalTime.of(14, 0)).toInstant(ZoneOffset.UTC));
        Meeting cancelled = people.pastMeeting(group, lead, 4);
        people.startsAt(cancelled, LocalDateTime.of(LocalDate.of(year, 5, 6), LocalTime.of(14, 0)).toInstant(ZoneOffset.UTC));
        people.tx(() -> em.createNativeQuery("UPDATE meeting SET status = 'CANCELLED' WHERE id = ?")
                .setParameter(1, cancelled.getId()).executeUpdate());
        assertThat(total(figures(meetings))).isEqualTo(meetingsBefore + 1);

        // a participant checked in at an event of the year
        EventFixtures events = new EventFixtures(em);
        Event forum = events.forum(5, 10);
        Account member = events.people.person("Membre " + unique(""));
        events.signIn(member);
        Registration seated = events.tx(() -> events.registrations.register(forum.getId(), RegistrationForm.oneClick(), null))
                .registration();
        events.visitor(forum, "Absent"); // seated, never came: not counted
        ParticipantType type = seated.getParticipantType();
        ParticipantType other = Stream.of(ParticipantType.values()).filter(t -> t != type).findFirst().orElseThrow();
        Indicator ofType = computed(Measure.EVENT_PARTICIPANTS, type.name(), first, last);
        Indicator ofOtherType = computed(Measure.EVENT_PARTICIPANTS, other.name(), first, last);
        long participantsBefore = total(figures(participants));
        long ofTypeBefore = total(figures(ofType));
        long ofOtherBefore = total(figures(ofOtherType));
        events.startsAt(forum, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(3)));
        em.clear();
        events.signIn(events.people.coordinator());
        events.tx(() -> events.desk.checkIn(forum.getId(), seated.getTicketCode(), null));
        Instant then = LocalDateTime.of(LocalDate.of(year, 9, 9), LocalTime.of(9, 0)).toInstant(ZoneOffset.UTC);
        events.startsAt(forum, then, then.plus(Duration.ofHours(8)));
        Figures participantsNow = figures(participants);
        assertThat(total(participantsNow)).isEqualTo(participantsBefore + 1);
        assertThat(line(participantsNow.byPartner(), member.getOrganisationId())).isEqualByComparingTo("1");
        assertThat(total(figures(ofType))).isEqualTo(ofTypeBefore + 1);
        assertThat(total(figures(ofOtherType))).isEqualTo(ofOtherBefore);
    }

    @Test
    void partnersEnterValuesWithEvidenceAndTheFundersReportAddsUpToTheDashboards() throws IOException {
        Account mouscron = people.person("Mouscron " + unique(""));
        Account roubaix = people.person("Roubaix " + unique(""));
        String name = unique("Bénéficiaires");
        Indicator beneficiaries = entered(name, first, last, 50);
        Indicator meetings = computed(Measure.GROUP_MEETINGS_HELD, null, first, last);

        people.signIn(mouscron);
        IndicatorEntry withPdf = people.tx(() -> dashboards.enter(beneficiaries.getId(), input(null, "12",
                LocalDate.of(year, 3, 1), "Mouscron", "BE"), "liste.pdf", "%PDF-1.4 liste".getBytes(StandardCharsets.US_ASCII)));
        people.signIn(roubaix);
        people.tx(() -> dashboards.enter(beneficiaries.getId(), input(null, "7.5", LocalDate.of(year, 6, 1), "Roubaix", "FR"),
                "liste.csv", "nom;valeur\nA;1\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(people.membership.personalData.export()).as("her copy of her personal data holds what she entered")
                .contains("\"indicatorEntries\"", "\"value\":\"7.50\"", "liste.csv");
        people.signIn(people.coordinator());
        people.tx(() -> dashboards.enter(beneficiaries.getId(), input(mouscron.getOrganisationId(), "5",
                LocalDate.of(year, 11, 30), "", "BE"), null, null));

        Figures figures = figures(beneficiaries);
        assertThat(figures.total()).isEqualByComparingTo("24.5");
        assertThat(figures.percent()).isEqualTo(49);
        assertThat(line(figures.byPartner(), mouscron.getOrganisationId())).isEqualByComparingTo("17");
        assertThat(line(figures.bySide(), "FR")).isEqualByComparingTo("7.5");
        assertThat(line(figures.byTerritory(), "Saint-Gilles")).as("the partner's commune when none is given")
                .isEqualByComparingTo("5");
        IndicatorDashboards.Dashboard dashboard = people.tx(() -> dashboards.dashboard(beneficiaries.getId(), null, null, 1,
                Language.FR));
        assertThat(dashboard.entries()).hasSize(3);
        assertThat(dashboard.entries()).extracting(IndicatorDashboards.EntryLine::enteredBy)
                .containsExactly("Coordination", roubaix.getDisplayName(), mouscron.getDisplayName());

        // the report of the year, read back: every indicator's breakdowns add up to its value, which is the dashboard's
        byte[] xlsx = people.tx(() -> dashboards.reportXlsx(first, last, Language.FR));
        Map<String, BigDecimal> summary = new HashMap<>();
        Map<String, BigDecimal> breakdownSums = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).hasSize(2);
            for (Row row : sheets.get(0).read().subList(1, sheets.get(0).read().size())) {
                summary.put(row.getCellText(0), row.getCellAsNumber(3).orElseThrow());
            }
            for (Row row : sheets.get(1).read().subList(1, sheets.get(1).read().size())) {
                breakdownSums.merge(row.getCellText(0) + "|" + row.getCellText(1), row.getCellAsNumber(3).orElseThrow(),
                        BigDecimal::add);
            }
        }
        assertThat(summary.get(name)).isEqualByComparingTo(figures.total());
        assertThat(summary.get(meetings.getName().in(Language.FR))).isEqualByComparingTo(figures(meetings).total());
        for (String dimension : List.of("territory", "side", "partner")) {
            String label = Messages.get(Language.FR, "indicator.report.dimension." + dimension);
            assertThat(breakdownSums.get(name + "|" + label)).as(dimension).isEqualByComparingTo(figures.total());
            summary.forEach((indicator, value) -> assertThat(breakdownSums.getOrDefault(indicator + "|" + label,
                    BigDecimal.ZERO)).as(indicator + " by " + dimension).isEqualByComparingTo(value));
        }
        byte[] pdf = people.tx(() -> dashboards.reportPdf(first, last, Language.NL));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // evidence: members read it, nobody else, not even by id
        Account colleague = people.person("Collègue " + unique(""));
        people.signIn(colleague);
        assertThat(people.tx(() -> dashboards.evidence(withPdf.getId())).content())
                .isEqualTo("%PDF-1.4 liste".getBytes(StandardCharsets.US_ASCII));
        Account outsider = people.outsider("Hors réseau");
        people.signIn(outsider);
        assertThatThrownBy(() -> people.tx(() -> dashboards.evidence(withPdf.getId())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> people.tx(() -> dashboards.dashboard(beneficiaries.getId(), null, null, 1, Language.FR)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> people.tx(() -> dashboards.reportXlsx(first, last, Language.FR)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> people.tx(() -> dashboards.enter(beneficiaries.getId(), input(null, "3",
                LocalDate.of(year, 4, 1), "", "BE"), null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        people.signOut();
        assertThatThrownBy(() -> people.tx(() -> dashboards.evidence(withPdf.getId())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));

        // a partner enters only for itself and deletes only its own; a deletion is audited and takes the file along
        people.signIn(roubaix);
        assertThatThrownBy(() -> people.tx(() -> dashboards.enter(beneficiaries.getId(), input(mouscron.getOrganisationId(),
                "3", LocalDate.of(year, 4, 1), "", "BE"), null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> people.tx(() -> {
            dashboards.deleteEntry(withPdf.getId());
            return null;
        })).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        long files = documents();
        people.signIn(mouscron);
        people.tx(() -> {
            dashboards.deleteEntry(withPdf.getId());
            return null;
        });
        assertThat(figures(beneficiaries).total()).isEqualByComparingTo("12.5");
        assertThat(documents()).isEqualTo(files - 1);
        assertThat(((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = 'indicator.entry.deleted' "
                + "AND subject_id = ? AND actor_id = ?").setParameter(1, beneficiaries.getId())
                .setParameter(2, mouscron.getId()).getSingleResult()).longValue()).isEqualTo(1);
    }

    @Test
    void badDefinitionsAndBadEntriesAreRefusedFieldByFieldTranslatedAndNothingIsSaved() throws IOException {
        long indicatorsBefore = count("indicator");
        people.signIn(people.coordinator());
        assertThatThrownBy(() -> people.tx(() -> indicators.create(new IndicatorDetails(new LocalizedText("", " ", ""),
                new LocalizedText("", "", ""), new BigDecimal("-1"), last, first, "", Indicator.Source.ENTERED, null, null,
                false, 0)))).isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fieldErrors()).extracting(InvalidInput.FieldError::field)
                            .containsExactlyInAnyOrder("name", "target", "periodEnd");
                    e.fieldErrors().forEach(f -> {
                        for (Language language : Language.values()) {
                            assertThat(Messages.get(language, f.messageKey(), f.arguments())).isNotEqualTo(f.messageKey());
                        }
                    });
                });
        assertThatThrownBy(() -> people.tx(() -> indicators.create(details("Calculé", Indicator.Source.COMPUTED, null,
                null, first, last, 5)))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                .extracting(InvalidInput.FieldError::field).containsExactly("measure"));
        assertThatThrownBy(() -> people.tx(() -> indicators.create(details("Réunions", Indicator.Source.COMPUTED,
                Measure.GROUP_MEETINGS_HELD, "PROFESSIONAL", first, last, 5))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("parameter"));
        assertThat(count("indicator")).isEqualTo(indicatorsBefore);

        Indicator indicator = entered(unique("Initiatives"), first, last, 23);
        Account partner = people.person("Tournai " + unique(""));
        people.signIn(partner);
        long entriesBefore = count("indicator_entry");
        long filesBefore = documents();
        assertThatThrownBy(() -> people.tx(() -> dashboards.enter(indicator.getId(), input(null, "-2",
                LocalDate.of(year + 1, 1, 1), "<b>x</b>", "NL"), "virus.pdf", new byte[]{'M', 'Z', 0})))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.fieldErrors()).extracting(InvalidInput.FieldError::field)
                            .containsExactlyInAnyOrder("value", "date", "territory", "country", "file");
                    e.fieldErrors().forEach(f -> assertThat(Messages.get(Language.NL, f.messageKey(), f.arguments()))
                            .isNotEqualTo(f.messageKey()));
                });
        assertThatThrownBy(() -> people.tx(() -> dashboards.enter(indicator.getId(), input(null, "2",
                LocalDate.of(year, 1, 1), "", "BE"), "grand.pdf", new byte[(int) eu.socialmap.indicator.control.EvidenceFiles.MAX_BYTES + 1])))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::messageKey).containsExactly("indicator.evidence.tooLarge"));
        assertThat(count("indicator_entry")).isEqualTo(entriesBefore);
        assertThat(documents()).isEqualTo(filesBefore);

        Indicator computed = computed(Measure.MEMBER_ORGANISATIONS, null, first, last);
        people.signIn(partner);
        assertThatThrownBy(() -> people.tx(() -> dashboards.enter(computed.getId(), input(null, "1", LocalDate.of(year, 2, 1),
                "", "BE"), null, null))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT));
    }

    @Test
    void theHomePageShowsTheFiguresTheCoordinatorChoseAndTheIndicatorsMarkedForIt() {
        people.signIn(people.coordinator());
        Map<String, Boolean> choice = new HashMap<>();
        choice.put("MEMBERS", true);
        choice.put("EVENTS", true);
        people.tx(() -> {
            indicators.chooseHomeFigures(choice);
            return null;
        });
        Indicator onHome = define(new IndicatorDetails(new LocalizedText(unique("Accueil"), "", ""),
                new LocalizedText("", "", ""), BigDecimal.TEN, first, last, "", Indicator.Source.ENTERED, null, null,
                true, 0));
        try {
            List<HomeFigures.Figure> figures = people.tx(() -> home.shown(Language.FR));
            assertThat(figures).extracting(HomeFigures.Figure::code).startsWith("MEMBERS", "EVENTS")
                    .doesNotContain("SERVICES");
            assertThat(figures).extracting(HomeFigures.Figure::name).contains(onHome.getName().in(Language.FR));
            long members = people.tx(() -> (long) people.membership.charter.memberIds().size());
            assertThat(figures.get(0).value().longValueExact()).isEqualTo(members);
        } finally {
            choice.put("SERVICES", true);
            people.signIn(people.coordinator());
            people.tx(() -> {
                indicators.chooseHomeFigures(choice);
                em.createNativeQuery("UPDATE indicator SET on_home = FALSE WHERE id = ?").setParameter(1, onHome.getId())
                        .executeUpdate();
                return null;
            });
        }
    }

    @Test
    void theDemoProgrammeHoldsTheSamEurometropolesTargetsAndEnAvantVooruits() {
        people.tx(() -> {
            DemoIndicators.load(em, Instant.now());
            return null;
        });
        people.signIn(people.coordinator());
        List<IndicatorDashboards.Progress> programme = people.tx(() -> dashboards.programme(Language.EN));
        assertThat(programme).extracting(p -> p.figures().target().intValue())
                .contains(50, 60, 23, 350, 750, 45, 126, 55);
        assertThat(programme).filteredOn(p -> p.name().equals("Professionals in immersion")).first()
                .extracting(IndicatorDashboards.Progress::measure).isEqualTo(Measure.PROFESSIONALS_IN_IMMERSION);
        assertThat(programme).filteredOn(p -> p.name().equals("Services in a cross-border network")).first()
                .extracting(IndicatorDashboards.Progress::measure).isEqualTo(Measure.SERVICES_IN_NETWORK);
    }

    @Test
    void theCoordinatorDeletesAnIndicatorDefinedByMistakeWithItsValuesAndTheirEvidence() {
        Account partner = people.person("Kortrijk " + unique(""));
        Indicator mistake = entered(unique("Doublon"), first, last, 10);
        people.signIn(partner);
        IndicatorEntry entry = people.tx(() -> dashboards.enter(mistake.getId(), input(null, "3", first, "Kortrijk", "BE"),
                "lijst.pdf", "%PDF-1.4 lijst".getBytes(StandardCharsets.US_ASCII)));
        java.nio.file.Path evidence = people.dataDirectory.resolve("documents").resolve(entry.getEvidenceStored());
        assertThat(evidence).exists();
        assertThatThrownBy(() -> people.tx(() -> {
            indicators.delete(mistake.getId(), mistake.getVersion());
            return null;
        })).as("only a coordinator deletes").isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));

        people.signIn(people.coordinator());
        assertThat(people.tx(() -> indicators.entryCount(mistake.getId()))).isEqualTo(1);
        assertThatThrownBy(() -> people.tx(() -> {
            indicators.delete(mistake.getId(), mistake.getVersion() + 1);
            return null;
        })).as("a page read before a change").isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT));
        people.tx(() -> {
            indicators.delete(mistake.getId(), mistake.getVersion());
            return null;
        });

        em.clear();
        assertThat(em.find(Indicator.class, mistake.getId())).isNull();
        assertThat(em.find(IndicatorEntry.class, entry.getId())).isNull();
        assertThat(evidence).as("the evidence file goes with its value").doesNotExist();
        assertThat(em.createNativeQuery("SELECT detail FROM audit_event WHERE action = 'indicator.deleted' AND subject_id = ?")
                .setParameter(1, mistake.getId()).getResultList()).as("the audit keeps what went")
                .containsExactly(mistake.getName().in(Language.FR) + ", entries deleted: 1");
    }

    @Test
    void aDashboardListsItsEntriesNewestFirstFiftyAPageWhileItsFiguresCountThemAll() {
        Account partner = people.person("Tournai " + unique(""));
        Indicator visits = entered(unique("Visites"), first, last, 100);
        people.signIn(partner);
        int entries = IndicatorDashboards.ENTRIES_PER_PAGE + 1;
        people.tx(() -> {
            for (int day = 0; day < entries; day++) {
                dashboards.enter(visits.getId(), input(null, "1", first.plusDays(day), "Tournai", "BE"), null, null);
            }
            return null;
        });

        IndicatorDashboards.Dashboard firstPage = people.tx(() -> dashboards.dashboard(visits.getId(), null, null, 1, Language.FR));
        assertThat(firstPage.entryCount()).isEqualTo(entries);
        assertThat(firstPage.pages()).isEqualTo(2);
        assertThat(firstPage.entries()).hasSize(IndicatorDashboards.ENTRIES_PER_PAGE);
        assertThat(firstPage.entries().get(0).date()).isEqualTo(first.plusDays(entries - 1));
        assertThat(firstPage.progress().figures().total()).isEqualByComparingTo(BigDecimal.valueOf(entries));
        IndicatorDashboards.Dashboard secondPage = people.tx(() -> dashboards.dashboard(visits.getId(), null, null, 2, Language.FR));
        assertThat(secondPage.entries()).extracting(IndicatorDashboards.EntryLine::date).containsExactly(first);
        assertThat(people.tx(() -> dashboards.dashboard(visits.getId(), null, null, 9, Language.FR)).page())
                .as("a page beyond the last shows the last").isEqualTo(2);
        assertThat(people.tx(() -> dashboards.dashboard(visits.getId(), first, first.plusDays(9), 1, Language.FR)).entryCount())
                .as("only the period's entries").isEqualTo(10);
    }

    private static IndicatorDashboards.EntryInput input(Long organisation, String value, LocalDate date, String territory,
                                                        String country) {
        return new IndicatorDashboards.EntryInput(organisation, new BigDecimal(value), date, territory, country, "");
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }

    private long documents() throws IOException {
        Path directory = people.dataDirectory.resolve("documents");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    private static String unique(String name) {
        return (name + " " + UUID.randomUUID().toString().substring(0, 8)).strip();
    }
}
