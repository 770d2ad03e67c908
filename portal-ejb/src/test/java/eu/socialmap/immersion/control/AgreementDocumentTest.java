package eu.socialmap.immersion.control;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementDocumentTest {

    private static final AgreementDocument.Side HOST = new AgreementDocument.Side("Sociaal Huis Kortrijk vzw",
            "Budastraat 27", "8500", "Kortrijk", EnterpriseNumber.Country.BE, "0403.170.701", Language.NL, null, null);
    private static final AgreementDocument.Side SENDER = new AgreementDocument.Side("CCAS de Roubaix",
            "Rue de Lannoy 12", "59100", "Roubaix", EnterpriseNumber.Country.FR, "552 100 554", Language.FR, null, null);
    private static final LocalizedText INSURANCE = new LocalizedText("Assurance accidents du travail de l’employeur.",
            "Arbeidsongevallenverzekering van de werkgever.", "The employer’s workplace accident insurance.");
    private static final LocalizedText CONFIDENTIALITY = new LocalizedText("Secret professionnel.", "Beroepsgeheim.",
            "Professional secrecy.");
    /** 14:05 in Brussels (winter time, UTC+1). */
    private static final Instant SIGNED = Instant.parse("2027-03-01T13:05:00Z");

    private static AgreementDocument.Terms terms(AgreementDocument.Side host, AgreementDocument.Side sender,
                                                 boolean agreed, String visitor) {
        return new AgreementDocument.Terms(42, 3, agreed, host, sender, visitor,
                new LocalizedText("", "Onthaal van daklozen", ""), "Sociaal huis, Budastraat 27, 8500 Kortrijk",
                LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 17), 3, LocalTime.of(9, 0), LocalTime.of(16, 30),
                new LocalizedText("", "Meelopen met de straathoekwerkers.", ""), new LocalizedText("", "", ""),
                INSURANCE, CONFIDENTIALITY);
    }

    private static AgreementDocument.Side signed(AgreementDocument.Side side, String name) {
        return new AgreementDocument.Side(side.legalName(), side.street(), side.postcode(), side.commune(),
                side.country(), side.enterpriseNumber(), side.language(), name, SIGNED);
    }

    @Test
    void organisationsOfTwoLanguagesGetEverySectionInBoth() throws IOException {
        PdfReader reader = new PdfReader(AgreementDocument.write(terms(HOST, SENDER, false, "Amina Benali")));
        String text = text(reader);

        assertThat(reader.getInfo().get("Title"))
                .isEqualTo("Overeenkomst voor een professionele immersie / Convention d’immersion professionnelle — Amina Benali");
        assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).as("the host's language first")
                .isEqualTo("nl");
        assertThat(text).contains("Overeenkomst voor een professionele immersie", "Convention d’immersion professionnelle",
                "Overeenkomst nr. 42", "Convention n° 42 · clauses version 3",
                "Onthaalorganisatie", "Organisation d’accueil", "Sociaal Huis Kortrijk vzw", "Ondernemingsnummer: 0403.170.701",
                "CCAS de Roubaix", "SIREN : 552 100 554", "59100 Roubaix, France", "8500 Kortrijk, België",
                "Amina Benali, de CCAS de Roubaix", "Amina Benali, van CCAS de Roubaix",
                "Sociaal huis, Budastraat 27, 8500 Kortrijk",
                "Du lundi 15 mars 2027 au mercredi 17 mars 2027, soit 3 jour(s) ouvrable(s)",
                "Van maandag 15 maart 2027 tot woensdag 17 maart 2027",
                "du lundi au vendredi, de 09:00 à 16:30", "van maandag tot vrijdag, van 09:00 tot 16:30",
                "Arbeidsongevallenverzekering van de werkgever.", "Assurance accidents du travail de l’employeur.",
                "Beroepsgeheim.", "Secret professionnel.",
                "Geen bijzondere voorwaarden.", "Pas de condition particulière.",
                "Nog niet ondertekend", "Pas encore signé");
        assertThat(text).as("the mark across the page until it is agreed").contains("ONTWERP / PROJET");
        assertThat(count(text, "Meelopen met de straathoekwerkers.")).as("written in Dutch only: printed once")
                .isEqualTo(1);
        assertThat(text).doesNotContain("immersion.agreement.");
    }

    @Test
    void aSignatureNamesItsSignerWithTheBrusselsDateAndTime() throws IOException {
        AgreementDocument.Terms halfSigned = terms(HOST, signed(SENDER, "Claire Dupont"), false, "Amina Benali");
        String text = text(new PdfReader(AgreementDocument.write(halfSigned)));
        assertThat(text).contains("Signé par Claire Dupont le 1 mars 2027 à 14:05 (heure de Bruxelles)")
                .contains("Ondertekend door Claire Dupont op 1 maart 2027 om 14:05 (Brusselse tijd)")
                .contains("Nog niet ondertekend").contains("PROJET");

        AgreementDocument.Terms agreed = terms(signed(HOST, "Pieter Janssens"), signed(SENDER, "Claire Dupont"), true,
                "Amina Benali");
        String final_ = text(new PdfReader(AgreementDocument.write(agreed)));
        assertThat(final_).contains("Ondertekend door Pieter Janssens op 1 maart 2027 om 14:05")
                .contains("Signé par Pieter Janssens le 1 mars 2027 à 14:05")
                .doesNotContain("PROJET").doesNotContain("ONTWERP").doesNotContain("Pas encore signé");
    }

    @Test
    void organisationsOfOneLanguageGetItOnce() throws IOException {
        AgreementDocument.Side frenchHost = new AgreementDocument.Side("Maison de quartier de Mouscron", "Rue du Val 3",
                "7700", "Mouscron", EnterpriseNumber.Country.BE, "", Language.FR, null, null);
        PdfReader reader = new PdfReader(AgreementDocument.write(terms(frenchHost, SENDER, false, "Łukasz Wąsik")));
        String text = text(reader);
        assertThat(reader.getInfo().get("Title")).isEqualTo("Convention d’immersion professionnelle — Łukasz Wąsik");
        assertThat(text).contains("Convention d’immersion professionnelle", "Łukasz Wąsik, de CCAS de Roubaix",
                "7700 Mouscron, Belgique", "PROJET").doesNotContain("Overeenkomst").doesNotContain("ONTWERP")
                .as("no enterprise number given: no line for it").doesNotContain("Numéro d’entreprise");
        assertThat(count(text, "Secret professionnel.")).isEqualTo(1);
    }

    private static String text(PdfReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // the extractor breaks lines where the layout does; the checks read sentences
        return text.toString().replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
