package eu.socialmap.event.control;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.socialmap.platform.entity.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class EventDocumentsTest {

    private final EventDocuments.Sheet event = new EventDocuments.Sheet("Journée de l’accueil social",
            "mardi 12 mai 2026, 9:30 – 16:00", "Maison du Peuple, Saint-Gilles", "Réseau bruxellois");
    private final EventDocuments.Sheet online = new EventDocuments.Sheet("Webinar energy poverty",
            "Tuesday 12 May 2026", null, null);

    private static EventDocuments.Attendee attendee(String name, String organisation, boolean present) {
        return new EventDocuments.Attendee(name, organisation, "T-" + name.hashCode(), present ? "Présent" : "Inscrit",
                present);
    }

    private final List<EventDocuments.Attendee> nine = List.of(
            attendee("Zoë Vermeulen", "Huurdersbond", false),
            attendee("Émile Lambert", "CPAS de Saint-Gilles", true),
            attendee("Amina Benali", "CPAS de Saint-Gilles", true),
            attendee("Łukasz Wąsik", null, false),
            attendee("Pieter Janssens", "Huurdersbond", false),
            attendee("Léa Dubois", "Écoles de devoirs", false),
            attendee("Jan Peeters", null, false),
            attendee("Fatima El Idrissi", "Maison médicale", false),
            attendee("Bart De Smet", "OCMW Anderlecht", false));

    @Test
    void aTicketShowsTheEventTheParticipantTheQrCodeAndTheCode() throws IOException {
        byte[] pdf = EventDocuments.ticket(event, "Léa Dubois", "SM-7QK4-ZX9P", Language.FR);
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getInfo().get("Title")).isEqualTo("Billet — Journée de l’accueil social");
        assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("fr");
        assertThat(text(reader)).contains("Réseau bruxellois").contains("Journée de l’accueil social")
                .contains("Quand : mardi 12 mai 2026, 9:30").contains("Où : Maison du Peuple, Saint-Gilles")
                .contains("Au nom de : Léa Dubois").contains("SM-7QK4-ZX9P")
                .contains("Présentez ce billet à l’entrée");
        PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
        assertThat(resources.getAsDict(PdfName.XOBJECT).getKeys()).as("the QR code's image").hasSize(1);
    }

    @Test
    void aTicketInDutchWithoutAPlace() throws IOException {
        String text = text(new PdfReader(EventDocuments.ticket(online, "Pieter Janssens", "SM-1", Language.NL)));
        assertThat(text).contains("Wanneer: Tuesday 12 May 2026").contains("Op naam van: Pieter Janssens")
                .contains("Toon dit ticket aan de ingang").doesNotContain("Waar:");
    }

    @Test
    void badgesComeEightAPageInTheAlphabeticalOrderOfTheLanguage() throws IOException {
        PdfReader nineBadges = new PdfReader(EventDocuments.badges(event, nine, Language.FR));
        assertThat(nineBadges.getNumberOfPages()).isEqualTo(2);
        assertThat(nineBadges.getInfo().get("Title")).isEqualTo("Badges — Journée de l’accueil social");
        String first = new PdfTextExtractor(nineBadges).getTextFromPage(1);
        String second = new PdfTextExtractor(nineBadges).getTextFromPage(2);
        assertThat(first).contains("Amina Benali", "CPAS de Saint-Gilles", "Journée de l’accueil social",
                "Émile Lambert", "Pieter Janssens", "Zoë Vermeulen");
        assertThat(first.indexOf("Émile Lambert")).as("É among the E, not after Z")
                .isBetween(first.indexOf("Bart De Smet"), first.indexOf("Fatima El Idrissi"));
        // Java's collator sends Ł after Z; the point here is that the name prints at all
        assertThat(second).contains("Łukasz Wąsik").doesNotContain("Zoë Vermeulen");

        assertThat(new PdfReader(EventDocuments.badges(event, nine.subList(0, 8), Language.NL)).getNumberOfPages())
                .isEqualTo(1);
        PdfReader none = new PdfReader(EventDocuments.badges(event, List.of(), Language.NL));
        assertThat(none.getNumberOfPages()).isEqualTo(1);
        assertThat(text(none)).contains("Geen deelnemers");
        assertThat(none.getInfo().get("Title")).isEqualTo("Naambadges — Journée de l’accueil social");
    }

    @Test
    void theAttendeeListHasATickForThosePresentAndACount() throws IOException {
        PdfReader reader = new PdfReader(EventDocuments.attendeeList(event, nine, Language.FR));
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getInfo().get("Title")).isEqualTo("Liste des participants — Journée de l’accueil social");
        String text = text(reader);
        assertThat(text).contains("Liste des participants — Journée de l’accueil social")
                .contains("Maison du Peuple, Saint-Gilles")
                .containsPattern("Nom\\s*Organisation\\s*Statut\\s*Présent\\s*Signature")
                .containsPattern("Amina Benali\\s*CPAS de Saint-Gilles\\s*Présent\\s*\\[x]")
                .containsPattern("Jan Peeters\\s*Inscrit\\s*\\[ +]")
                .contains("Inscrits : 9 — présents : 2")
                .contains("page 1");
        assertThat(text.indexOf("Émile Lambert")).isLessThan(text.indexOf("Fatima El Idrissi"));
    }

    @Test
    void aLongAttendeeListRepeatsItsHeaderOnEachPage() throws IOException {
        List<EventDocuments.Attendee> many = new ArrayList<>();
        IntStream.rangeClosed(1, 60).forEach(i ->
                many.add(attendee(String.format("Deelnemer %02d", i), "Organisatie " + i, i % 3 == 0)));
        PdfReader reader = new PdfReader(EventDocuments.attendeeList(event, many, Language.NL));
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            assertThat(extractor.getTextFromPage(page))
                    .containsPattern("Naam\\s*Organisatie\\s*Status\\s*Aanwezig\\s*Handtekening")
                    .contains("Deelnemerslijst — Journée de l’accueil social — pagina " + page);
        }
        assertThat(extractor.getTextFromPage(reader.getNumberOfPages())).contains("Deelnemer 60")
                .contains("Ingeschreven: 60 — aanwezig: 20");
    }

    @Test
    void aCertificateInFrenchIsALandscapePage() throws IOException {
        PdfReader reader = new PdfReader(EventDocuments.certificate(event, "Léa Dubois", "CPAS de Saint-Gilles",
                Language.FR, LocalDate.of(2026, 5, 13), "Réseau bruxellois"));
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(reader.getPageSizeWithRotation(1)
                .getHeight());
        assertThat(reader.getInfo().get("Title")).isEqualTo("Attestation de participation — Léa Dubois");
        // the extractor may break the sentence where the page does: compare without line breaks
        String text = text(reader).replaceAll("\\s+", " ");
        assertThat(text).contains("Attestation de participation")
                .contains("Léa Dubois (CPAS de Saint-Gilles) a participé à « Journée de l’accueil social », "
                        + "mardi 12 mai 2026, 9:30 – 16:00, Maison du Peuple, Saint-Gilles.")
                .contains("Délivrée le 13 mai 2026 par Réseau bruxellois");
    }

    @Test
    void aCertificateInDutchWithoutOrganisationOrPlace() throws IOException {
        String text = text(new PdfReader(EventDocuments.certificate(online, "Jan Peeters", null, Language.NL,
                LocalDate.of(2026, 5, 13), "Huurdersbond"))).replaceAll("\\s+", " ");
        assertThat(text).contains("Aanwezigheidsattest")
                .contains("Jan Peeters heeft deelgenomen aan „Webinar energy poverty”, Tuesday 12 May 2026.")
                .contains("Uitgereikt op 13 mei 2026 door Huurdersbond");
    }

    @Test
    void aTitleWithATypographicApostropheStaysInBoldHelvetica() throws IOException {
        PdfReader reader = new PdfReader(EventDocuments.ticket(event, "Léa Dubois", "SM-7QK4-ZX9P", Language.FR));
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        List<String> names = fonts.getKeys().stream()
                .map(key -> fonts.getAsDict(key).getAsName(PdfName.BASEFONT).toString()).toList();
        assertThat(names).as("\"Journée de l’accueil social\" in bold, not in the regular fallback font")
                .contains("/Helvetica-Bold").noneMatch(name -> name.contains("Liberation"));
    }

    private static String text(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
