package eu.socialmap.platform;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.practice.PracticeSql;
import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.Http;
import eu.socialmap.testing.SqlFixtures;
import eu.socialmap.testing.TestMailServer;
import jakarta.json.JsonObject;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What members do together, in a real browser on one Payara start: working groups and the practice library.
 * <p>
 * A working group's month: the lead proposes three dates, two members answer, the lead confirms
 * the best; both members' personal calendar feeds hold the meeting; the lead moves it and the feeds show the same
 * UID with a higher SEQUENCE; minutes are written, approved, read by members, and hidden from everyone else.
 */
class SharedWorkBrowserIT extends BrowserTest {

    private static final String TAG = "g" + System.nanoTime();
    private static final String PASSWORD = "une phrase assez longue pour le groupe";
    private static final String LEAD = "lead." + TAG + "@cpas.example";
    private static final String AMINA = "amina." + TAG + "@asbl.example";
    private static final String PIETER = "pieter." + TAG + "@vzw.example";
    private static final String OUTSIDER = "outsider." + TAG + "@other.example";
    private static long group;
    private static final String PRACTICE_AUTHOR = "claire." + TAG + "@cpas-liege.example";
    private static final String PRACTICE_COORDINATOR = "coordination." + TAG + "@reseau.example";
    private static final String PRACTICE_TAKER = "pieter." + TAG + "@ocmw-gent.example";

    @BeforeAll
    static void aHousingGroupWithALeadAndTwoMembers() throws SQLException {
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            long cpas = organisation(db, "CPAS " + TAG);
            long vzw = organisation(db, "VZW " + TAG);
            long lead = account(db, LEAD, "Léa Lead", "fr", cpas, hash);
            long amina = account(db, AMINA, "Amina Benali", "fr", cpas, hash);
            long pieter = account(db, PIETER, "Pieter Claes", "nl", vzw, hash);
            account(db, OUTSIDER, "Olivier Outsider", "fr", vzw, hash);
            group = SqlFixtures.execute(db, "INSERT INTO working_group (name_fr, name_nl, name_en, mission_fr, created_at) "
                    + "VALUES (?, ?, ?, 'Le logement digne pour tous.', UTC_TIMESTAMP(3))",
                    "Logement " + TAG, "Huisvesting " + TAG, "Housing " + TAG);
            SqlFixtures.execute(db, "INSERT INTO group_membership (group_id, account_id, status, lead, requested_at) "
                    + "VALUES (?, ?, 'MEMBER', TRUE, UTC_TIMESTAMP(3)), (?, ?, 'MEMBER', FALSE, UTC_TIMESTAMP(3)), "
                    + "(?, ?, 'MEMBER', FALSE, UTC_TIMESTAMP(3))", group, lead, group, amina, group, pieter);
        }
    }

    @BeforeAll
    static void twoMemberOrganisationsAndTheCoordinationForThePracticeLibrary() throws SQLException {
        String hash = new PasswordHashing(new Pbkdf2PasswordHashImpl()).hash(PASSWORD);
        try (Connection db = SqlFixtures.connect()) {
            PracticeSql.people(db, TAG, PRACTICE_AUTHOR, PRACTICE_COORDINATOR, PRACTICE_TAKER, hash);
        }
    }

    /**
     * The practice library: a member writes a sheet in French (a refused first try shows the error next to the
     * field), submits it; the coordinator publishes it; a member of another organisation finds it by a Dutch word,
     * says "we want to try this", the author is told by mail, and the sheet shows one organisation.
     */
    @Test
    void aMemberSharesAPracticeThatAnotherMemberFindsInDutchAndWantsToTry() {
        String title = "Un toit d’abord " + TAG;
        signIn("fr", PRACTICE_AUTHOR, "practices/edit");
        Browser.waitFor(browser, By.id("sheet:text-SUMMARY")).sendKeys("Accompagner les personnes sans-abri vers un logement durable.");
        browser.findElement(By.id("sheet:save-submit")).click();
        assertThat(Browser.waitFor(browser, By.id("sheet:text-TITLE-error")).getText()).isEqualTo("Ce champ est obligatoire.");
        assertThat(browser.findElement(By.id("sheet:text-SUMMARY")).getAttribute("value")).as("nothing typed is lost")
                .startsWith("Accompagner les personnes sans-abri");
        assertThat(Browser.accessibilityViolations(browser)).as("the editor with its errors").isEmpty();
        browser.findElement(By.id("sheet:text-TITLE")).sendKeys(title);
        browser.findElement(By.id("sheet:text-WHY")).sendKeys("La rue isole.\n\n- écoute\n- orientation");
        browser.findElement(By.id("sheet:text-STRENGTHS")).sendKeys("Une équipe **motivée**.");
        browser.findElement(By.xpath("//*[@id='sheet:themes']//label[normalize-space()='Sans-abrisme']")).click();
        browser.findElement(By.id("sheet:save")).click();
        Browser.waitFor(browser, By.id("practice-edit-status"));
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        assertThat(id.find()).isTrue();
        String sheet = id.group(1);

        // a picture, then a partial translation: the Dutch summary only
        browser.findElement(By.id("files:file")).sendKeys(picture().toString());
        browser.findElement(By.id("files:caption")).sendKeys("L’équipe de rue");
        browser.findElement(By.id("files:upload")).click();
        assertThat(Browser.waitFor(browser, By.id("practice-file-list")).getText()).contains("equipe.png");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sheet:editing-language"))).selectByValue("nl");
        browser.findElement(By.id("sheet:switch-language")).click();
        assertThat(Browser.waitFor(browser, By.id("sheet:text-SUMMARY")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.findElement(By.id("sheet:text-SUMMARY")).getAttribute("value")).isEmpty();
        browser.findElement(By.id("sheet:text-SUMMARY")).sendKeys("Begeleiding naar een duurzame woning.");
        browser.findElement(By.id("sheet:save-submit")).click();
        assertThat(Browser.waitFor(browser, By.id("practice-edit-status")).getText()).contains("En relecture");
        browser.get(base.toExternalForm() + "practices/mine");
        assertThat(Browser.waitFor(browser, By.id("mine-" + sheet)).getText()).contains(title).contains("En relecture");
        assertThat(Browser.accessibilityViolations(browser)).as("my organisation's sheets").isEmpty();

        assertThat(Http.get(Http.resolve(base, "api/v1/practices/" + sheet)).statusCode())
                .as("a sheet under review is no one's to read through the API").isEqualTo(404);

        // the coordinator opens it from her review list, reads it, and publishes it from its page
        signIn("fr", PRACTICE_COORDINATOR, "coordination/practices");
        Browser.waitFor(browser, By.id("review-open-" + sheet)).click();
        Browser.waitFor(browser, By.id("practice-review"));
        browser.findElement(By.id("review:return")).click();
        assertThat(Browser.waitFor(browser, By.id("review:comment-error")).getText()).as("returning needs a comment")
                .isNotBlank();
        assertThat(Browser.accessibilityViolations(browser)).as("the sheet under review").isEmpty();
        browser.findElement(By.id("review:publish")).click();
        assertThat(Browser.waitFor(browser, By.id("messages")).getText()).contains("Fiche publiée");
        assertThat(browser.findElements(By.id("practice-review"))).as("nothing left to review").isEmpty();

        // published, it is found through the API too, in the reader's language where translated
        JsonObject found = Http.json(Http.get(Http.resolve(base, "api/v1/practices?lang=nl&q=daklozen+" + TAG)));
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(found.getJsonArray("practices").getJsonObject(0).getString("title")).isEqualTo(title);
        JsonObject read = Http.json(Http.get(Http.resolve(base, "api/v1/practices/" + sheet + "?lang=nl")));
        JsonObject summary = read.getJsonArray("sections").getJsonObject(0);
        assertThat(summary.getString("section")).isEqualTo("SUMMARY");
        assertThat(summary.getString("lang")).isEqualTo("nl");
        assertThat(summary.getString("markdown")).isEqualTo("Begeleiding naar een duurzame woning.");
        assertThat(read.getString("originalLanguage")).isEqualTo("fr");
        assertThat(read.getJsonArray("files").getJsonObject(0).getString("kind")).isEqualTo("PICTURE");
        assertThat(read.getJsonArray("files").getJsonObject(0).getString("url")).startsWith(base.toExternalForm() + "practices/file?id=");

        signIn("nl", PRACTICE_TAKER, "practices/?q=daklozen+" + TAG);
        Browser.waitFor(browser, By.id("practice-results"));
        assertThat(browser.findElement(By.id("practice-total")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("practice-" + sheet)).getText()).contains(title);
        assertThat(browser.findElements(By.cssSelector("#practice-" + sheet + " h3 mark"))).as("the word that matched")
                .extracting(WebElement::getText).containsExactly(TAG);
        assertThat(Browser.accessibilityViolations(browser)).as("the search").isEmpty();
        browser.findElement(By.cssSelector("#practice-" + sheet + " h3 a")).click();
        assertThat(Browser.waitFor(browser, By.id("practice-title")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("practice-title")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.id("practice-summary")).getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.findElement(By.id("practice-summary")).getText()).contains("Begeleiding naar een duurzame woning");
        assertThat((Long) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('.practice-picture img').naturalWidth;")).as("the picture is served").isEqualTo(2L);
        assertThat(browser.findElement(By.id("practice-print")).isDisplayed()).as("print.js ran under the CSP").isTrue();
        assertThat(((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('practice-pdf').href).then(function (r) {"
                + " done(r.status + ' ' + r.headers.get('Content-Type')); });")).asString().startsWith("200 application/pdf");
        assertThat(browser.findElement(By.id("section-strengths")).getAttribute("innerHTML")).contains("<strong>motivée</strong>");
        assertThat(browser.findElement(By.id("practice-take-up-count")).getText()).isEqualTo("0");
        browser.findElement(By.id("try:note")).sendKeys("We beginnen in maart.");
        browser.findElement(By.id("try:try-submit")).click();
        assertThat(Browser.waitFor(browser, By.id("practice-already-tried")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("practice-take-up-count")).getText()).isEqualTo("1");
        assertThat(Browser.accessibilityViolations(browser)).as("the sheet").isEmpty();

        assertThat(TestMailServer.awaitMail(PRACTICE_AUTHOR, "veut essayer")).contains("Pieter Janssens")
                .contains("OCMW Gent " + TAG).contains("We beginnen in maart.").contains(PRACTICE_TAKER);

        open("fr", "practices/sheet?id=" + sheet);
        assertThat(Browser.waitFor(browser, By.id("practice-take-up-count")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.id("try:try-submit"))).as("a visitor takes nothing up").isEmpty();
    }

    /** A real 2 × 1 PNG in a temporary file, to upload. */
    private static java.nio.file.Path picture() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempDirectory("practice").resolve("equipe.png");
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 1, java.awt.image.BufferedImage.TYPE_INT_RGB),
                    "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLeadFindsADateWithTheMembersWhoseCalendarsFollowAndMinutesReachMembersOnly() throws Exception {
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Brussels")).plusWeeks(3).with(java.time.DayOfWeek.MONDAY);
        signIn("fr", LEAD, "groups/propose?group=" + group);
        Browser.waitFor(browser, By.id("propose:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("propose:slot-0-error")).getText()).isEqualTo("Proposez au moins deux dates.");
        browser.findElement(By.id("propose:title")).sendKeys("Réunion de décembre");
        for (int day = 0; day < 3; day++) {
            setValue("propose:slot-" + day, monday.plusDays(day).toString());
            setValue("propose:slot-" + day + "-start", "09:30");
            setValue("propose:slot-" + day + "-end", "11:30");
        }
        browser.findElement(By.id("propose:address")).sendKeys("Rue de la Victoire 96, 1060 Saint-Gilles");
        browser.findElement(By.id("propose:submit")).click();
        Browser.waitFor(browser, By.id("poll-table"));
        String meetingPage = browser.getCurrentUrl();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        answer("fr", AMINA, meetingPage, "Non", "Oui", "Si nécessaire");
        answer("nl", PIETER, meetingPage, "Ja", "Ja", "Nee");

        signIn("fr", LEAD, meetingPage.substring(base.toExternalForm().length()));
        assertThat(Browser.waitFor(browser, By.id("poll-table")).getText()).contains("Amina Benali").contains("Pieter Claes");
        List<WebElement> confirms = browser.findElements(By.cssSelector("#poll-table input[id$='confirm']"));
        assertThat(browser.findElement(By.id("best")).isDisplayed()).isTrue();
        confirms.get(1).click();
        assertThat(Browser.waitFor(browser, By.id("status")).getText()).isEqualTo("Confirmée");

        String aminaFeed = feedAddressOf("fr", AMINA);
        String pieterFeed = feedAddressOf("nl", PIETER);
        String before = get(aminaFeed);
        assertThat(before).contains("SUMMARY:Logement " + TAG + " — Réunion de décembre").contains("SEQUENCE:0")
                .contains("DTSTART;TZID=Europe/Brussels:" + monday.plusDays(1).toString().replace("-", "") + "T093000");
        String uid = uidOf(before);
        assertThat(get(pieterFeed)).as("Pieter reads his feed in Dutch").contains("Huisvesting " + TAG).contains("UID:" + uid);

        signIn("fr", LEAD, meetingPage.substring(base.toExternalForm().length()));
        setValue("move:slot-0", monday.plusDays(3).toString());
        setValue("move:slot-0-start", "14:00");
        setValue("move:slot-0-end", "16:00");
        Browser.waitFor(browser, By.id("move:submit")).click();
        Browser.waitFor(browser, By.id("when"));
        assertThat(Browser.accessibilityViolations(browser)).as("the lead's page, with the minutes editor").isEmpty();
        for (String feed : List.of(aminaFeed, pieterFeed)) {
            String after = get(feed);
            assertThat(uidOf(after)).isEqualTo(uid);
            assertThat(after).contains("SEQUENCE:1")
                    .contains("DTSTART;TZID=Europe/Brussels:" + monday.plusDays(3).toString().replace("-", "") + "T140000");
        }

        WebElement editor = Browser.waitFor(browser, By.cssSelector("#minutesForm .ql-editor"));
        editor.click();
        editor.sendKeys("Décision : un guide du logement en trois langues " + TAG);
        browser.findElement(By.id("minutesForm:save")).click();
        assertThat(Browser.waitFor(browser, By.id("minutes-status")).getText()).startsWith("Projet");
        signIn("fr", AMINA, meetingPage.substring(base.toExternalForm().length()));
        assertThat(Browser.waitFor(browser, By.id("minutes-status")).getText()).startsWith("Projet");
        assertThat(browser.findElements(By.id("minutes"))).as("a draft is not shown to members").isEmpty();

        signIn("fr", LEAD, meetingPage.substring(base.toExternalForm().length()));
        Browser.waitFor(browser, By.id("minutesForm:approve")).click();
        assertThat(Browser.waitFor(browser, By.id("minutes-status")).getText()).startsWith("Procès-verbal approuvé");

        signIn("nl", PIETER, meetingPage.substring(base.toExternalForm().length()));
        assertThat(Browser.waitFor(browser, By.id("minutes")).getText()).contains("un guide du logement en trois langues " + TAG);
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        signIn("fr", OUTSIDER, meetingPage.substring(base.toExternalForm().length()));
        assertThat(browser.getPageSource()).doesNotContain("guide du logement").doesNotContain(AMINA);
        browser.get(base.toExternalForm() + "groups/view?id=" + group);
        assertThat(Browser.waitFor(browser, By.id("summary")).getText()).contains("3 membres");
        assertThat(browser.getPageSource()).as("member contact details stay with members").doesNotContain(AMINA)
                .doesNotContain("Réunion de décembre");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    private void answer(String language, String email, String meetingPage, String... answers) {
        signIn(language, email, meetingPage.substring(base.toExternalForm().length()));
        List<WebElement> options = Browser.waitFor(browser, By.id("answers")).findElements(By.tagName("fieldset"));
        for (int i = 0; i < answers.length; i++) {
            options.get(i).findElement(By.xpath(".//label[normalize-space()='" + answers[i] + "']")).click();
        }
        browser.findElement(By.id("answers:save")).click();
        Browser.waitFor(browser, By.id("poll-table"));
    }

    private String feedAddressOf(String language, String email) {
        signIn(language, email, "groups/calendar");
        Browser.waitFor(browser, By.id("feed:renew")).click();
        String address = Browser.waitFor(browser, By.id("address")).getAttribute("value");
        assertThat(address).contains("/calendar/feed/");
        // the address is written with the portal's public URL; the test reaches the same path on this node
        return base.toExternalForm() + address.substring(address.indexOf("calendar/feed/"));
    }

    private void signIn(String language, String email, String next) {
        if (browser != null) {
            browser.quit();
        }
        open(language, "login?next=" + java.net.URLEncoder.encode("/" + next, java.nio.charset.StandardCharsets.UTF_8));
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitFor(browser, By.id("my-account"));
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    private static String get(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        // unfold RFC 5545 continuation lines before reading them
        return response.body().replace("\r\n ", "");
    }

    private static String uidOf(String calendar) {
        Matcher uid = Pattern.compile("UID:(\\S+)").matcher(calendar);
        assertThat(uid.find()).isTrue();
        return uid.group(1);
    }

    private static long organisation(Connection db, String name) throws SQLException {
        return SqlFixtures.execute(db, "INSERT INTO organisation (legal_name, short_name, kind, street, postcode, commune, country, "
                + "email, languages, status, signed_charter, created_at) VALUES (?, ?, 'SOCIAL_WELFARE_CENTRE', 'Rue 1', '1060', "
                + "'Saint-Gilles', 'BE', 'x@example.org', 'fr', 'ACCEPTED', NULL, UTC_TIMESTAMP())", name, name);
    }

    private static long account(Connection db, String email, String name, String language, long organisation,
                                String hash) throws SQLException {
        long account = SqlFixtures.execute(db, "INSERT INTO account (email, display_name, password_hash, language, organisation_id) "
                + "VALUES (?, ?, ?, ?, ?)", email, name, hash, language, organisation);
        SqlFixtures.execute(db, "INSERT INTO account_role (account_id, role) VALUES (?, 'ORGANISATION_MEMBER')", account);
        return account;
    }
}
