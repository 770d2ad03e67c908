package eu.socialmap.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic social map of any size: organisations in the communes of Brussels, its Flemish rim and the
 * Lille–Kortrijk–Tournai Eurometropole, their places near the commune's centre, and services written the way each
 * side of the language borders writes them — most in one language only (Dutch in Flanders, French in Wallonia and
 * France, French or Dutch or both in Brussels), a few in two or three. Every service knows its themes (the seeded
 * taxonomy codes): that is the ground truth the recall figures are measured against.
 */
final class ServiceGenerator {

    /** Bump when the generated data changes: a database loaded by another version is loaded again. */
    static final int VERSION = 1;
    static final long SEED = 20_260_501L;
    static final int SERVICES_PER_ORGANISATION = 5;

    /** The THEME codes of sql/V8__social_map.sql, with how common each is among services. */
    static final Map<String, Integer> THEME_WEIGHTS = Map.ofEntries(Map.entry("housing", 12), Map.entry("health", 10),
            Map.entry("employment", 10), Map.entry("food", 8), Map.entry("youth", 8), Map.entry("elderly", 8),
            Map.entry("childhood", 6), Map.entry("early-childhood", 5), Map.entry("homelessness", 6),
            Map.entry("debt", 6), Map.entry("legal", 5), Map.entry("migration", 6), Map.entry("culture", 5),
            Map.entry("disability", 5));
    static final List<String> THEMES = THEME_WEIGHTS.keySet().stream().sorted().toList();

    /** The AUDIENCE codes of sql/V8__social_map.sql a theme usually addresses. */
    private static final Map<String, String> AUDIENCE_OF_THEME = Map.of("youth", "young-people", "childhood",
            "children", "early-childhood", "families", "elderly", "elderly", "homelessness", "homeless", "employment",
            "jobseekers", "migration", "newcomers", "disability", "disabled");
    private static final List<String> OTHER_AUDIENCES = List.of("everyone", "families", "women", "professionals");

    /** Languages spoken besides the texts' own, with their chance in percent (of ServiceDetails.SPOKEN). */
    private static final Map<String, Integer> EXTRA_SPOKEN = Map.ofEntries(Map.entry("en", 20), Map.entry("ar", 18),
            Map.entry("tr", 8), Map.entry("es", 6), Map.entry("pt", 4), Map.entry("ro", 4), Map.entry("pl", 4),
            Map.entry("ru", 3), Map.entry("uk", 4), Map.entry("it", 3), Map.entry("de", 2), Map.entry("fa", 2),
            Map.entry("so", 1), Map.entry("ti", 1), Map.entry("ber", 3), Map.entry("ln", 2));
    private static final List<String> EXTRA_ORDER = EXTRA_SPOKEN.keySet().stream().sorted().toList();

    private static final List<String> NAMES_FR = List.of("Le Pont", "L'Entraide", "Solidarité", "La Rencontre",
            "Horizon", "Les Trois Pommiers", "Le Relais", "La Passerelle", "L'Îlot", "Le Phare", "Droit de cité",
            "La Ruche", "Le Figuier", "Lire et Écrire", "Espace Social", "La Bouée");
    private static final List<String> NAMES_NL = List.of("De Brug", "Het Anker", "Den Durpel", "De Schakel",
            "Het Punt", "De Overstap", "Het Huis", "De Vonk", "Open Deur", "De Sleutel", "Welzijnsschakel",
            "De Kiem", "Het Kompas", "Buurtwerk");
    private static final List<String> STREETS_FR = List.of("Rue de la Station", "Rue de l'Église", "Avenue de la Gare",
            "Rue du Marché", "Boulevard de la Liberté", "Rue des Écoles", "Place communale", "Rue Haute");
    private static final List<String> STREETS_NL = List.of("Stationsstraat", "Kerkstraat", "Marktplein",
            "Schoolstraat", "Nieuwstraat", "Molenstraat", "Dorpsstraat", "Gentsesteenweg");

    static final LocalDate[] SUMMER = {LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 14)};
    static final LocalDate[] WINTER = {LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1)};

    record Organisation(long id, String shortName, String legalName, String kind, Commune commune, String street,
                        List<String> languages) {
    }

    record Place(long id, long organisationId, Commune commune, String street, double latitude, double longitude,
                 boolean wheelchair) {
    }

    record Slot(DayOfWeek weekday, LocalTime opens, LocalTime closes) {
    }

    /** One service; a text is null in a language it is not written in. */
    record Service(long id, long organisationId, String nameFr, String nameNl, String nameEn, String descriptionFr,
                   String descriptionNl, String descriptionEn, List<String> themes, List<String> audiences,
                   List<String> languages, List<Place> places, List<Slot> hours, List<LocalDate[]> closures,
                   boolean active) {

        boolean writtenIn(String language) {
            return switch (language) {
                case "fr" -> nameFr != null;
                case "nl" -> nameNl != null;
                case "en" -> nameEn != null;
                default -> false;
            };
        }

        /** How many of French, Dutch and English it is written in. */
        int textLanguages() {
            return (nameFr != null ? 1 : 0) + (nameNl != null ? 1 : 0) + (nameEn != null ? 1 : 0);
        }
    }

    record Network(List<Organisation> organisations, List<Place> places, List<Service> services) {
    }

    private final Random random;

    private ServiceGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The same network for the same size and seed, on any machine. */
    static Network generate(int services, long seed) {
        return new ServiceGenerator(seed).network(services);
    }

    private Network network(int serviceCount) {
        List<Organisation> organisations = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<List<Place>> placesOf = new ArrayList<>();
        int organisationCount = Math.max(1, serviceCount / SERVICES_PER_ORGANISATION);
        List<Commune> weighted = new ArrayList<>();
        Commune.ALL.forEach(c -> {
            for (int i = 0; i < c.weight(); i++) {
                weighted.add(c);
            }
        });
        for (int o = 0; o < organisationCount; o++) {
            // the first organisations are each commune's social-welfare centre, as on the real map
            Commune commune = o < Commune.ALL.size() ? Commune.ALL.get(o) : pick(weighted);
            Organisation organisation = organisation(o + 1, commune, o < Commune.ALL.size());
            organisations.add(organisation);
            List<Place> own = new ArrayList<>();
            int count = chance(70) ? 1 : chance(83) ? 2 : 3;
            for (int p = 0; p < count; p++) {
                Place place = place(places.size() + 1, organisation, p == 0 ? organisation.street() : street(commune));
                places.add(place);
                own.add(place);
            }
            placesOf.add(own);
        }
        List<Service> services = new ArrayList<>(serviceCount);
        for (int s = 0; s < serviceCount; s++) {
            int o = random.nextInt(organisationCount);
            services.add(service(s + 1, organisations.get(o), placesOf.get(o)));
        }
        return new Network(organisations, places, services);
    }

    private Organisation organisation(long id, Commune commune, boolean welfareCentre) {
        boolean dutch = speaksDutch(commune);
        List<String> languages = switch (commune.region()) {
            case BRUSSELS -> dutch ? List.of("nl", "fr") : chance(25) ? List.of("fr", "nl") : List.of("fr");
            case BRUSSELS_RIM, FLANDERS -> List.of("nl");
            case WALLONIA, FRANCE -> List.of("fr");
        };
        String shortName;
        String kind;
        if (welfareCentre) {
            kind = "SOCIAL_WELFARE_CENTRE";
            shortName = switch (commune.region()) {
                case FRANCE -> "CCAS de " + commune.name();
                case BRUSSELS_RIM, FLANDERS -> "OCMW " + commune.name();
                case BRUSSELS, WALLONIA -> "CPAS de " + commune.name();
            };
        } else if (chance(15)) {
            kind = "PUBLIC_SERVICE";
            shortName = commune.region() == Commune.Region.FRANCE ? "Ville de " + commune.name()
                    : dutch ? "Gemeente " + commune.nameNl() : "Commune de " + commune.name();
        } else {
            kind = "ASSOCIATION";
            String name = dutch ? pick(NAMES_NL) : pick(NAMES_FR);
            shortName = (commune.region() == Commune.Region.FRANCE ? "" : dutch ? "vzw " : "ASBL ") + name + " "
                    + commune.in(dutch ? "nl" : "fr");
        }
        return new Organisation(id, shortName, shortName + (dutch ? " (" + commune.nameNl() + ")" : ""), kind, commune,
                street(commune), languages);
    }

    /** Whether an organisation there works in Dutch (in Brussels: about one in four). */
    private boolean speaksDutch(Commune commune) {
        return switch (commune.region()) {
            case BRUSSELS -> chance(25);
            case BRUSSELS_RIM, FLANDERS -> true;
            case WALLONIA, FRANCE -> false;
        };
    }

    private String street(Commune commune) {
        boolean dutch = commune.region() == Commune.Region.FLANDERS || commune.region() == Commune.Region.BRUSSELS_RIM;
        return (dutch ? pick(STREETS_NL) + " " : pick(STREETS_FR) + " ") + (1 + random.nextInt(180));
    }

    /** A place within a couple of kilometres of the commune's centre (rounded as DECIMAL(8,5) stores it). */
    private Place place(long id, Organisation organisation, String street) {
        Commune commune = organisation.commune();
        double latitude = commune.latitude() + jitter(0.006);
        double longitude = commune.longitude() + jitter(0.009);
        return new Place(id, organisation.id(), commune, street, round5(latitude), round5(longitude), chance(40));
    }

    private double jitter(double sigma) {
        return Math.max(-2.5, Math.min(2.5, random.nextGaussian())) * sigma;
    }

    private static double round5(double value) {
        return Math.round(value * 100_000d) / 100_000d;
    }

    private Service service(long id, Organisation organisation, List<Place> organisationPlaces) {
        String theme = weightedTheme();
        List<String> themes = new ArrayList<>(List.of(theme));
        if (chance(25)) {
            String second = weightedTheme();
            if (!second.equals(theme)) {
                themes.add(second);
            }
        }
        Set<String> written = textLanguages(organisation);
        Commune commune = organisation.commune();
        String[] names = new String[3];
        String[] descriptions = new String[3];
        String[] all = {"fr", "nl", "en"};
        int nameChoice = random.nextInt(100);
        boolean nameWithCommune = chance(30);
        for (int l = 0; l < all.length; l++) {
            String language = all[l];
            if (!written.contains(language)) {
                continue;
            }
            Vocabulary.Phrases main = Vocabulary.THEMES.get(theme).get(language);
            names[l] = main.names().get(nameChoice % main.names().size())
                    + (nameWithCommune ? " – " + commune.in(language) : "");
            StringBuilder text = new StringBuilder(pick(main.sentences()));
            if (chance(50)) {
                appendDifferent(text, main.sentences());
            }
            for (String other : themes.subList(1, themes.size())) {
                text.append(' ').append(pick(Vocabulary.THEMES.get(other).get(language).sentences()));
            }
            int general = random.nextInt(3);
            List<String> generalSentences = Vocabulary.GENERAL.get(language);
            for (int g = 0; g < general; g++) {
                appendDifferent(text, generalSentences);
            }
            descriptions[l] = text.toString().replace("{commune}", commune.in(language));
        }
        List<String> audiences = new ArrayList<>();
        themes.stream().map(AUDIENCE_OF_THEME::get).filter(a -> a != null && !audiences.contains(a)).forEach(audiences::add);
        if (audiences.isEmpty() || chance(30)) {
            String other = pick(OTHER_AUDIENCES);
            if (!audiences.contains(other)) {
                audiences.add(other);
            }
        }
        List<Place> places = new ArrayList<>(List.of(organisationPlaces.get(0)));
        if (organisationPlaces.size() > 1 && chance(30)) {
            places.add(organisationPlaces.get(1 + random.nextInt(organisationPlaces.size() - 1)));
        }
        List<LocalDate[]> closures = new ArrayList<>();
        if (chance(20)) {
            closures.add(SUMMER);
        }
        if (chance(10)) {
            closures.add(WINTER);
        }
        return new Service(id, organisation.id(), names[0], names[1], names[2], descriptions[0], descriptions[1],
                descriptions[2], List.copyOf(themes), List.copyOf(audiences), spoken(written, organisation),
                List.copyOf(places), hours(theme), List.copyOf(closures), !chance(3));
    }

    private void appendDifferent(StringBuilder text, List<String> sentences) {
        String sentence = pick(sentences);
        if (text.indexOf(sentence) < 0) {
            text.append(' ').append(sentence);
        }
    }

    /** The languages its name and description are written in: most services have one only. */
    private Set<String> textLanguages(Organisation organisation) {
        int roll = random.nextInt(100);
        boolean dutch = organisation.languages().get(0).equals("nl");
        List<String> chosen = switch (organisation.commune().region()) {
            case BRUSSELS -> organisation.languages().size() > 1 && !dutch
                    ? roll < 60 ? List.of("fr", "nl") : roll < 85 ? List.of("fr") : roll < 95 ? List.of("nl") : List.of("fr", "nl", "en")
                    : dutch ? roll < 70 ? List.of("nl") : roll < 95 ? List.of("nl", "fr") : List.of("nl", "fr", "en")
                    : roll < 80 ? List.of("fr") : roll < 92 ? List.of("fr", "nl") : roll < 96 ? List.of("en") : List.of("fr", "nl", "en");
            case BRUSSELS_RIM -> roll < 70 ? List.of("nl") : roll < 95 ? List.of("nl", "fr") : List.of("nl", "fr", "en");
            case FLANDERS -> roll < 85 ? List.of("nl") : roll < 95 ? List.of("nl", "fr") : roll < 98 ? List.of("nl", "en") : List.of("nl", "fr", "en");
            case WALLONIA -> roll < 88 ? List.of("fr") : roll < 98 ? List.of("fr", "nl") : List.of("fr", "nl", "en");
            case FRANCE -> roll < 90 ? List.of("fr") : roll < 95 ? List.of("fr", "en") : roll < 99 ? List.of("fr", "nl") : List.of("fr", "nl", "en");
        };
        return new LinkedHashSet<>(chosen);
    }

    private List<String> spoken(Set<String> written, Organisation organisation) {
        Set<String> spoken = new LinkedHashSet<>(written);
        if (organisation.commune().region() == Commune.Region.BRUSSELS && chance(50)) {
            spoken.add(spoken.contains("fr") ? "nl" : "fr");
        }
        for (String extra : EXTRA_ORDER) {
            if (chance(EXTRA_SPOKEN.get(extra))) {
                spoken.add(extra);
            }
        }
        return List.copyOf(spoken);
    }

    private static final List<List<DayOfWeek>> DAYS = List.of(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
            List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
            List.of(DayOfWeek.WEDNESDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                    DayOfWeek.SATURDAY));
    private static final List<List<LocalTime[]>> TIMES = List.of(
            List.<LocalTime[]>of(times("09:00", "12:00")),
            List.of(times("09:00", "12:00"), times("13:30", "16:30")),
            List.<LocalTime[]>of(times("08:30", "17:00")),
            List.<LocalTime[]>of(times("14:00", "18:00")),
            List.<LocalTime[]>of(times("10:00", "16:00")));

    private static LocalTime[] times(String opens, String closes) {
        return new LocalTime[] {LocalTime.parse(opens), LocalTime.parse(closes)};
    }

    /** Weekly hours like the demo's ("MON-FRI 09:00-12:00"); night shelters open every evening; some unknown. */
    private List<Slot> hours(String theme) {
        if (chance(10)) {
            return List.of();
        }
        List<Slot> slots = new ArrayList<>();
        if (theme.equals("homelessness") && chance(50)) {
            for (DayOfWeek day : DayOfWeek.values()) {
                slots.add(new Slot(day, LocalTime.of(20, 0), LocalTime.of(23, 59)));
            }
            return slots;
        }
        List<DayOfWeek> days = pick(DAYS);
        List<LocalTime[]> times = pick(TIMES);
        for (DayOfWeek day : days) {
            for (LocalTime[] time : times) {
                slots.add(new Slot(day, time[0], time[1]));
            }
        }
        return slots;
    }

    private String weightedTheme() {
        int total = THEME_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (String theme : THEMES) {
            roll -= THEME_WEIGHTS.get(theme);
            if (roll < 0) {
                return theme;
            }
        }
        throw new IllegalStateException();
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
