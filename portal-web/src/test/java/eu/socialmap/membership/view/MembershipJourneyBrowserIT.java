package eu.socialmap.membership.view;

import eu.socialmap.testing.Browser;
import eu.socialmap.testing.BrowserTest;
import eu.socialmap.testing.SqlFixtures;
import eu.socialmap.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an association joins the network, in a real browser: it registers (and gets its mistakes explained without
 * losing what it typed), confirms its address from the mail (read from the test SMTP server), the coordinator
 * accepts it, its administrator signs the charter and it appears among the members; a new charter version turns
 * it to "to sign again". And what an administrator may not do: edit another organisation by changing the id.
 * <p>
 * Accounts, on the same deployment (each costs a Payara Micro start): the platform administrator signs in and out,
 * protected pages send visitors to the form, "password forgotten" from the request to the link refused a second
 * time, and an invited coordinator chooses her password, signs in with her role and changes it; roles change, but
 * never leave the portal without an administrator.
 */
class MembershipJourneyBrowserIT extends BrowserTest {

    private static final Pattern CONFIRM = Pattern.compile("/registration/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
    private static final String PASSWORD = "une longue phrase pour le réseau";

    @Test
    void anAssociationRegistersIsAcceptedSignsTheCharterAndMustSignAgainAfterANewVersion() {
        String name = "Maison des Solidarités " + System.nanoTime();
        String email = "direction." + System.nanoTime() + "@maison-solidarites.example";
        publishCharterAsCoordinator("Nous agissons ensemble.");

        open("fr", "register");
        fillRegistration("<b>" + name + "</b>", "0403.170.702", "106", email);
        browser.findElement(By.id("register:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("register:legalName-error")).getText())
                .isEqualTo("Texte simple uniquement : retirez les signes < > et les codes HTML.");
        assertThat(browser.findElement(By.id("register:enterpriseNumber-error")).getText())
                .startsWith("Ce numéro d’entreprise belge (BCE) n’est pas valable");
        assertThat(browser.findElement(By.id("register:postcode-error")).getText()).isEqualTo("Un code postal belge a 4 chiffres.");
        assertThat(browser.findElement(By.id("register:languages-error")).getText()).isEqualTo("Choisissez au moins une langue de contact.");
        assertThat(browser.findElement(By.id("register:street")).getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Rue de la Victoire 96");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        replace("register:legalName", name);
        replace("register:enterpriseNumber", randomBelgianNumber());
        replace("register:postcode", "1060");
        browser.findElement(By.cssSelector("input[name='register:languages'][value='fr']")).click();
        browser.findElement(By.id("register:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("register:submit")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("C’est presque fini : un lien de confirmation a été envoyé à " + email + ". Ouvrez-le dans les 48 heures.");

        Matcher link = CONFIRM.matcher(TestMailServer.awaitMail(email, "Confirmez l’inscription de votre organisation"));
        assertThat(link.find()).isTrue();
        browser.get(base.toExternalForm() + "registration/confirm?token=" + link.group(1));
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .startsWith("Merci : l’adresse e-mail de " + name + " est confirmée.");
        browser.get(base.toExternalForm() + "registration/confirm?token=" + link.group(1));
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .as("a link works once").isEqualTo("Ce lien a déjà servi. Demandez-en un nouveau si nécessaire.");
        browser.quit();

        acceptAsCoordinator(name);
        assertThat(TestMailServer.awaitMail(email, "Bienvenue dans le réseau")).contains(name);

        signIn("fr", email, PASSWORD, "/organisation/");
        assertThat(Browser.waitFor(browser, By.id("membership-status")).getText()).isEqualTo("Non membre");
        browser.findElement(By.id("sign:submit")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .startsWith("Votre organisation a signé la version");
        assertThat(browser.findElement(By.id("membership-status")).getText()).isEqualTo("Membre");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        String publicPage = browser.findElement(By.linkText("Page publique")).getAttribute("href");

        browser.get(base.toExternalForm() + "members?page=1");
        assertThat(Browser.waitFor(browser, By.id("members")).getText()).contains(name);
        browser.quit();

        String election = openElectionAsCoordinator("Comité d’accompagnement " + System.nanoTime());
        signIn("fr", email, PASSWORD, "/elections/view?id=" + election);
        Browser.waitFor(browser, By.id("candidacy:personName")).sendKeys("Fatima Benali");
        browser.findElement(By.id("candidacy:statement")).sendKeys("Porter la voix des petites associations.");
        browser.findElement(By.id("candidacy:submit")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText()).isEqualTo("Fatima Benali est candidat.");
        assertThat(browser.findElement(By.id("candidates")).getText()).contains("Fatima Benali");
        assertThat(browser.findElements(By.id("candidacy:submit"))).as("one candidate per organisation").isEmpty();
        assertThat(browser.findElements(By.id("ballot:submit"))).as("voting is not open yet").isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        browser.quit();

        publishCharterAsCoordinator("Nous agissons ensemble, version revue.");
        open("fr", "");
        browser.get(publicPage);
        assertThat(Browser.waitFor(browser, By.id("membership-status")).getText())
                .isEqualTo("À signer à nouveau (une nouvelle version de la charte est en vigueur)");
    }

    @Test
    void anOrganisationAdministratorCannotEditAnotherOrganisationByChangingTheId() {
        String theirs = registerAndAccept("Épicerie sociale " + System.nanoTime(), "nl");
        String mineEmail = "beheer." + System.nanoTime() + "@buurthuis.example";
        String mine = registerAndAccept("Buurthuis " + System.nanoTime(), mineEmail);

        signIn("nl", mineEmail, PASSWORD, "/organisations/edit?id=" + mine);
        assertThat(Browser.waitFor(browser, By.id("edit:legalName")).getAttribute("value")).startsWith("Buurthuis");

        browser.get(base.toExternalForm() + "organisations/edit?id=" + theirs);
        assertThat(Browser.waitFor(browser, By.tagName("h1")).getText()).isEqualTo("Toegang geweigerd");

        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('" + base.getPath() + "api/v1/organisations/" + theirs + "', {method: 'PUT',"
                        + " headers: {'Content-Type': 'application/json', 'Accept-Language': 'nl'},"
                        + " body: JSON.stringify({version: 0, legalName: 'Overgenomen', street: 'x', postcode: '1000',"
                        + " commune: 'Brussel', country: 'BE', kind: 'ASSOCIATION', email: 'x@y.example', languages: ['nl']})})"
                        + ".then(r => r.json().then(b => done(r.status + ' ' + b.detail)));");
        assertThat(status).isEqualTo("403 U kunt alleen optreden voor uw eigen organisatie.");
        Object signature = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('" + base.getPath() + "api/v1/organisations/" + theirs + "/charter-signatures', {method: 'POST',"
                        + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({version: 1})})"
                        + ".then(r => done(r.status));");
        assertThat(signature).as("signing for another organisation").isEqualTo(403L);

        for (String coordinatorsOnly : new String[] {"coordination/registrations", "coordination/audit", "admin/"}) {
            browser.get(base.toExternalForm() + coordinatorsOnly);
            assertThat(Browser.waitFor(browser, By.tagName("h1")).getText()).as(coordinatorsOnly).isEqualTo("Toegang geweigerd");
        }

        browser.get(base.toExternalForm() + "organisations/view?id=" + theirs);
        assertThat(Browser.waitFor(browser, By.id("organisation-name")).getText()).startsWith("Épicerie sociale");
        assertThat(browser.findElements(By.id("edit-link"))).as("no edit link on another organisation").isEmpty();
    }

    @Test
    void aMemberOrganisationVotesOnceSeesTheResultsAfterClosingAndIsCountedPresentAtTheAssembly() throws Exception {
        publishCharterAsCoordinator("Nous votons ensemble.");
        String email = "stem." + System.nanoTime() + "@vzw.example";
        String mine = registerAndAccept("Vzw De Stem " + System.nanoTime(), email);
        signIn("nl", email, PASSWORD, "/organisation/");
        Browser.waitFor(browser, By.id("sign:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("membership-status")).getText()).isEqualTo("Lid");

        // the election is a SQL fixture: its voting period is open now, which no form allows to wait for
        long election = votingOpenElectionWithCandidates(Long.parseLong(mine));
        browser.get(base.toExternalForm() + "elections/view?id=" + election);
        Browser.waitFor(browser, By.xpath("//label[contains(., 'Lotte Claes')]")).click();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        browser.findElement(By.id("ballot:submit")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("Het stembiljet van uw organisatie is geteld. Dank u.");
        assertThat(browser.findElement(By.id("voted")).getText()).isEqualTo("Uw organisatie heeft gestemd.");
        assertThat(browser.findElements(By.id("ballot:submit"))).as("one ballot per organisation").isEmpty();

        closeVoting(election, false);
        browser.navigate().refresh();
        assertThat(Browser.waitFor(browser, By.id("results-withheld")).getText()).as("a lone ballot stays secret")
                .startsWith("Minder dan twee stembiljetten");
        closeVoting(election, true);
        browser.navigate().refresh();
        assertThat(Browser.waitFor(browser, By.id("results")).getText()).contains("Lotte Claes 2 Verkozen");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        browser.quit();

        signInAsCoordinator("/assemblies/");
        Browser.waitFor(browser, By.id("convene:titleFr")).sendKeys("Assemblée générale " + System.nanoTime());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('convene:startsAt').value = arguments[0];",
                java.time.LocalDateTime.now().plusDays(30).withSecond(0).withNano(0).toString().substring(0, 16));
        browser.findElement(By.id("convene:place")).sendKeys("Maison du Peuple, Saint-Gilles");
        browser.findElement(By.id("convene:agendaFr")).sendKeys("1. Rapport\n2. Comptes");
        browser.findElement(By.id("convene:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("quorum")).getText()).startsWith("0 / 1");
        browser.findElement(By.cssSelector("input[name='presence:present'][value='" + mine + "']")).click();
        browser.findElement(By.id("presence:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("Une organisation membre notée présente.");
        assertThat(browser.findElement(By.id("quorum")).getText()).startsWith("1 / 1").endsWith("quorum atteint");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    private static long votingOpenElectionWithCandidates(long organisation) throws java.sql.SQLException {
        try (java.sql.Connection db = SqlFixtures.connect()) {
            long id = SqlFixtures.execute(db, "INSERT INTO election (title_fr, title_nl, seats, candidacy_opens, "
                    + "candidacy_closes, voting_opens, voting_closes, created_at) VALUES ('Comité', 'Comité', 1, "
                    + "UTC_TIMESTAMP() - INTERVAL 2 DAY, UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() - INTERVAL 1 HOUR, "
                    + "UTC_TIMESTAMP() + INTERVAL 1 DAY, UTC_TIMESTAMP())");
            SqlFixtures.execute(db, "INSERT INTO candidate (election_id, organisation_id, person_name, proposed_at) "
                    + "VALUES (?, ?, ?, UTC_TIMESTAMP())", id, organisation, "Lotte Claes");
            return id;
        }
    }

    /** Closes the voting; with {@code secondBallot}, another organisation's ballot for the candidate is added first. */
    private static void closeVoting(long election, boolean secondBallot) throws java.sql.SQLException {
        try (java.sql.Connection db = SqlFixtures.connect()) {
            if (secondBallot) {
                String ballot = java.util.UUID.randomUUID().toString();
                SqlFixtures.execute(db, "INSERT INTO vote_receipt (election_id, organisation_id, cast_at) SELECT ?, MIN(id), UTC_TIMESTAMP() "
                        + "FROM organisation WHERE id NOT IN (SELECT organisation_id FROM vote_receipt WHERE election_id = ?)",
                        election, election);
                SqlFixtures.execute(db, "INSERT INTO ballot (id, election_id) VALUES (?, ?)", ballot, election);
                SqlFixtures.execute(db, "INSERT INTO ballot_choice (ballot_id, candidate_id) SELECT ?, id FROM candidate WHERE election_id = ?",
                        ballot, election);
            }
            SqlFixtures.execute(db, "UPDATE election SET voting_closes = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE id = ?", election);
        }
    }

    /** Registers an organisation whose administrator is {@code emailOrLanguage} (or a new address), accepts it; its id. */
    private String registerAndAccept(String name, String emailOrLanguage) {
        String email = emailOrLanguage.contains("@") ? emailOrLanguage : "admin." + System.nanoTime() + "@example.org";
        open("nl", "register");
        fillRegistration(name, "", "1060", email);
        browser.findElement(By.cssSelector("input[name='register:languages'][value='nl']")).click();
        browser.findElement(By.id("register:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("register:submit")).click();
        Browser.waitFor(browser, By.cssSelector(".message-info"));
        Matcher link = CONFIRM.matcher(TestMailServer.awaitMail(email, "Bevestig de inschrijving"));
        assertThat(link.find()).isTrue();
        browser.get(base.toExternalForm() + "registration/confirm?token=" + link.group(1));
        Browser.waitFor(browser, By.cssSelector(".message-info"));
        browser.quit();
        acceptAsCoordinator(name);
        signIn("nl", email, PASSWORD, "/organisation/");
        Matcher id = ID.matcher(Browser.waitFor(browser, By.linkText("Openbare pagina")).getAttribute("href"));
        assertThat(id.find()).isTrue();
        browser.quit();
        return id.group(1);
    }

    private void fillRegistration(String legalName, String enterpriseNumber, String postcode, String email) {
        Browser.waitFor(browser, By.id("register:legalName")).sendKeys(legalName);
        browser.findElement(By.id("register:enterpriseNumber")).sendKeys(enterpriseNumber);
        browser.findElement(By.id("register:street")).sendKeys("Rue de la Victoire 96");
        browser.findElement(By.id("register:postcode")).sendKeys(postcode);
        browser.findElement(By.id("register:commune")).sendKeys("Saint-Gilles");
        browser.findElement(By.id("register:email")).sendKeys("contact@" + System.nanoTime() + ".example");
        browser.findElement(By.id("register:descriptionFr")).sendKeys("Épicerie sociale et accompagnement.");
        browser.findElement(By.id("register:personName")).sendKeys("Fatima Benali");
        browser.findElement(By.id("register:personEmail")).sendKeys(email);
    }

    /** The platform administrator is also the coordinator in these tests (given the role once, idempotently). */
    private void signInAsCoordinator(String next) {
        openAsAdministrator("fr", "/admin/account?email=admin%40socialmap.test");
        WebElement coordinator = Browser.waitFor(browser, By.cssSelector("input[value='COORDINATOR']"));
        if (!coordinator.isSelected()) {
            coordinator.click();
            browser.findElement(By.id("roles:save")).click();
            Browser.waitFor(browser, By.cssSelector(".message-info"));
            browser.findElement(By.id("signOut:submit")).click();
            Browser.waitFor(browser, By.id("sign-in"));
            browser.quit();
            openAsAdministrator("fr", next);
        } else {
            browser.get(base.toExternalForm() + next.substring(1));
        }
    }

    private void publishCharterAsCoordinator(String text) {
        signInAsCoordinator("/coordination/charter");
        replace("publish:textFr", text);
        browser.findElement(By.id("publish:submit")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText()).startsWith("La version");
        assertThat(browser.findElement(By.id("charter-text")).getText()).isEqualTo(text);
        browser.quit();
    }

    /** Opens an election whose candidacies are open now (the form's default dates); its id. */
    private String openElectionAsCoordinator(String title) {
        signInAsCoordinator("/elections/");
        Browser.waitFor(browser, By.id("open:titleFr")).sendKeys(title);
        replace("open:seats", "5");
        browser.findElement(By.id("open:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("phase")).getText()).isEqualTo("Candidatures ouvertes");
        Matcher id = ID.matcher(browser.getCurrentUrl());
        assertThat(id.find()).isTrue();
        browser.quit();
        return id.group(1);
    }

    private void acceptAsCoordinator(String name) {
        signInAsCoordinator("/coordination/registrations");
        WebElement card = Browser.waitFor(browser, By.xpath("//article[h2[contains(., '" + name + "')]]"));
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        card.findElement(By.cssSelector("input[id$=':accept']")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText()).startsWith(name + " est acceptée");
        browser.quit();
    }

    private void signIn(String language, String email, String password, String next) {
        open(language, "login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitForAddressEndingWith(browser, next);
    }

    private void replace(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** A valid Belgian enterprise number that no other run uses: 0 + 7 random digits + the modulo-97 check. */
    private static String randomBelgianNumber() {
        long base = 2_000_000 + ThreadLocalRandom.current().nextLong(7_999_999);
        long check = 97 - (base % 97);
        return String.format("0%07d%02d", base, check);
    }

    // Accounts: signing in, passwords and invitations (formerly AccountsBrowserIT, merged to share its Payara start)


    private static final Pattern TOKEN = Pattern.compile("/password\\?token=([A-Za-z0-9_-]+)");

    @Test
    void anInvitedCoordinatorChoosesHerPasswordAndSignsInAsCoordinator() {
        String email = "els.vermeulen." + System.nanoTime() + "@ocmw-kortrijk.be";
        openAsAdministrator("en", "/admin/");
        Browser.waitFor(browser, By.id("invite:email")).sendKeys(email);
        browser.findElement(By.id("invite:name")).sendKeys("Els Vermeulen");
        new Select(browser.findElement(By.id("invite:language"))).selectByValue("nl");
        browser.findElement(By.cssSelector("input[value='COORDINATOR']")).click();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        browser.findElement(By.id("invite:send")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("The invitation was sent to " + email + ".");
        assertThat(browser.findElement(By.id("accounts")).getText()).contains(email)
                .contains("Network coordinator");

        browser.get(base.toExternalForm() + "admin/outbox");
        Browser.waitFor(browser, By.id("mails"));
        String body = browser.findElement(By.cssSelector("#mails .mail-body")).getAttribute("textContent");
        assertThat(body).startsWith("Goeiedag Els Vermeulen,");
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        browser.findElement(By.id("signOut:submit")).click();
        Browser.waitFor(browser, By.id("sign-in"));

        browser.get(base.toExternalForm() + "password?token=" + token.group(1));
        browser.findElement(By.id("password:new")).sendKeys("samen sterk in de Eurometropool");
        browser.findElement(By.id("password:confirmation")).sendKeys("samen sterk in de Eurometropool");
        browser.findElement(By.id("password:save")).click();
        Browser.waitFor(browser, By.cssSelector(".message-info"));
        browser.findElement(By.id("signIn:password")).sendKeys("samen sterk in de Eurometropool");
        browser.findElement(By.id("signIn:submit")).click();

        assertThat(Browser.waitFor(browser, By.id("roles")).getText()).isEqualTo("Network coordinator");
        assertThat(browser.findElements(By.linkText("Administration"))).as("no administration for her").isEmpty();

        changePassword("not my password at all", "een nieuwe zin voor het portaal");
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("The current password is wrong.");
        changePassword("samen sterk in de Eurometropool", "een nieuwe zin voor het portaal");
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("Your new password is saved.");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("signOut:submit")).click();
        Browser.waitFor(browser, By.id("sign-in")); // signed out before opening the form again
        browser.get(base.toExternalForm() + "login");
        Browser.waitFor(browser, By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys("een nieuwe zin voor het portaal");
        browser.findElement(By.id("signIn:submit")).click();
        assertThat(Browser.waitFor(browser, By.id("signed-in-email")).getText()).isEqualTo(email);
    }

    @Test
    void theAdministratorChangesRolesButNeverLeavesThePortalWithoutAdministrator() {
        String email = "lead." + System.nanoTime() + "@ccas-roubaix.fr";
        openAsAdministrator("fr", "/admin/");
        Browser.waitFor(browser, By.id("invite:email")).sendKeys(email);
        browser.findElement(By.id("invite:name")).sendKeys("Karim Benali");
        browser.findElement(By.id("invite:send")).click();
        Browser.waitFor(browser, By.cssSelector(".message-info"));

        browser.get(base.toExternalForm() + "admin/account?email=" + email);
        assertThat(Browser.waitFor(browser, By.id("account-name")).getText()).isEqualTo("Karim Benali");
        browser.findElement(By.cssSelector("input[value='GROUP_LEAD']")).click();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
        browser.findElement(By.id("roles:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("Les rôles de " + email + " sont enregistrés.");
        assertThat(browser.findElement(By.id("accounts")).getText()).contains("Animateur de groupe de travail");

        browser.get(base.toExternalForm() + "admin/account?email=admin%40socialmap.test");
        Browser.waitFor(browser, By.cssSelector("input[value='PLATFORM_ADMIN']")).click();
        browser.findElement(By.id("roles:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .startsWith("C’est le dernier administrateur de la plateforme");
    }

    private void changePassword(String current, String next) {
        browser.findElement(By.id("change:current")).sendKeys(current);
        browser.findElement(By.id("change:new")).sendKeys(next);
        browser.findElement(By.id("change:confirmation")).sendKeys(next);
        browser.findElement(By.id("change:save")).click();
    }

    @Test
    void aVisitorWhoOpensTheAdministrationIsAskedToSignInThenTakenThere() {
        open("fr", "admin/");

        Browser.waitFor(browser, By.id("signIn:email"));
        assertThat(browser.getCurrentUrl()).contains("/login?next=");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion");
        String sessionBefore = sessionId();

        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Browser.waitForAddressEndingWith(browser, "/admin/");
        assertThat(Browser.waitFor(browser, By.id("accounts")).getText()).contains(ADMIN_EMAIL)
                .contains("Administrateur de la plateforme");
        assertThat(sessionId()).as("a new session id at sign-in").isNotEqualTo(sessionBefore);
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedInTheVisitorsLanguageAndNothingIsRevealed() {
        open("nl", "login");

        signIn(ADMIN_EMAIL, "not the right password");

        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("E-mailadres of wachtwoord onjuist.");
        assertThat(browser.findElement(By.id("signIn:password")).getAttribute("value")).isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        signIn("nobody@socialmap.test", "not the right password");
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .as("the same words for an unknown address").isEqualTo("E-mailadres of wachtwoord onjuist.");
    }

    @Test
    void signingOutEndsTheSession() {
        open("en", "login");
        signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(Browser.waitFor(browser, By.id("signed-in-email")).getText()).isEqualTo(ADMIN_EMAIL);

        browser.findElement(By.id("signOut:submit")).click();

        assertThat(Browser.waitFor(browser, By.id("sign-in")).getText()).isEqualTo("Sign in");
        browser.get(base.toExternalForm() + "account");
        Browser.waitFor(browser, By.id("signIn:email"));
    }

    private void signIn(String email, String password) {
        browser.findElement(By.id("signIn:email")).clear();
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(password);
        browser.findElement(By.id("signIn:submit")).click();
    }

    private String sessionId() {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    @Test
    void anAdministratorWhoForgotHerPasswordChoosesANewOneThroughTheMailedLink() {
        open("fr", "login");
        browser.findElement(By.id("forgotten")).click();
        Browser.waitFor(browser, By.id("forgotten:email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("forgotten:send")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .startsWith("Si un compte existe pour cette adresse");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        String token = tokenOfTheResetMail();
        browser.findElement(By.id("signOut:submit")).click();
        Browser.waitFor(browser, By.id("sign-in"));

        browser.get(base.toExternalForm() + "password?token=" + token);
        browser.findElement(By.id("password:new")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("password:confirmation")).sendKeys("something else entirely");
        browser.findElement(By.id("password:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(Browser.accessibilityViolations(browser)).isEmpty();

        browser.findElement(By.id("password:new")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("password:confirmation")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("password:save")).click();
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-info")).getText())
                .isEqualTo("Votre mot de passe est enregistré. Vous pouvez vous connecter.");
        assertThat(browser.findElement(By.id("signIn:email")).getAttribute("value")).isEqualTo(ADMIN_EMAIL);

        browser.get(base.toExternalForm() + "password?token=" + token);
        assertThat(Browser.waitFor(browser, By.cssSelector(".message-error")).getText())
                .isEqualTo("Ce lien a déjà servi. Demandez-en un nouveau si nécessaire.");
        assertThat(browser.findElements(By.id("password:new"))).isEmpty();
    }

    /** Signs in and reads the newest reset mail in Administration > Outbox. */
    private String tokenOfTheResetMail() {
        browser.get(base.toExternalForm() + "login?next=%2Fadmin%2Foutbox");
        browser.findElement(By.id("signIn:email")).sendKeys(ADMIN_EMAIL);
        browser.findElement(By.id("signIn:password")).sendKeys(ADMIN_PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        Browser.waitForAddressEndingWith(browser, "/admin/outbox");
        Browser.waitFor(browser, By.id("mails"));
        // The body is inside a closed <details>: present, not visible.
        String body = browser.findElement(By.cssSelector("#mails .mail-body")).getAttribute("textContent");
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).as(body).isTrue();
        return token.group(1);
    }
}
