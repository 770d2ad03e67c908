package eu.socialmap.bench;

import java.util.List;

/**
 * A commune of the network's territory with the centre its generated places cluster around (approximate centres,
 * general knowledge: good to a few hundred metres, which is all a benchmark needs).
 *
 * @param name     the name the portal stores and facets on (the local official one; Brussels: the French one)
 * @param nameNl   the Dutch name (the same where there is no other)
 * @param weight   how many organisations it gets relative to the others (cities more than villages)
 */
record Commune(String name, String nameNl, String postcode, String country, Region region, double latitude,
               double longitude, int weight) {

    /** Which languages services there are written in (see {@link ServiceGenerator}). */
    enum Region { BRUSSELS, BRUSSELS_RIM, FLANDERS, WALLONIA, FRANCE }

    static final List<Commune> ALL = List.of(
            // the 19 communes of Brussels
            new Commune("Bruxelles", "Brussel", "1000", "BE", Region.BRUSSELS, 50.8467, 4.3525, 3),
            new Commune("Saint-Gilles", "Sint-Gillis", "1060", "BE", Region.BRUSSELS, 50.8267, 4.3458, 2),
            new Commune("Anderlecht", "Anderlecht", "1070", "BE", Region.BRUSSELS, 50.8365, 4.3073, 2),
            new Commune("Schaerbeek", "Schaarbeek", "1030", "BE", Region.BRUSSELS, 50.8676, 4.3737, 2),
            new Commune("Ixelles", "Elsene", "1050", "BE", Region.BRUSSELS, 50.8333, 4.3667, 2),
            new Commune("Molenbeek-Saint-Jean", "Sint-Jans-Molenbeek", "1080", "BE", Region.BRUSSELS, 50.8550, 4.3230, 2),
            new Commune("Etterbeek", "Etterbeek", "1040", "BE", Region.BRUSSELS, 50.8364, 4.3860, 1),
            new Commune("Forest", "Vorst", "1190", "BE", Region.BRUSSELS, 50.8103, 4.3183, 1),
            new Commune("Uccle", "Ukkel", "1180", "BE", Region.BRUSSELS, 50.8000, 4.3333, 1),
            new Commune("Saint-Josse-ten-Noode", "Sint-Joost-ten-Node", "1210", "BE", Region.BRUSSELS, 50.8530, 4.3730, 1),
            new Commune("Jette", "Jette", "1090", "BE", Region.BRUSSELS, 50.8770, 4.3260, 1),
            new Commune("Evere", "Evere", "1140", "BE", Region.BRUSSELS, 50.8700, 4.4030, 1),
            new Commune("Koekelberg", "Koekelberg", "1081", "BE", Region.BRUSSELS, 50.8620, 4.3290, 1),
            new Commune("Ganshoren", "Ganshoren", "1083", "BE", Region.BRUSSELS, 50.8710, 4.3170, 1),
            new Commune("Berchem-Sainte-Agathe", "Sint-Agatha-Berchem", "1082", "BE", Region.BRUSSELS, 50.8640, 4.2950, 1),
            new Commune("Woluwe-Saint-Lambert", "Sint-Lambrechts-Woluwe", "1200", "BE", Region.BRUSSELS, 50.8460, 4.4290, 1),
            new Commune("Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe", "1150", "BE", Region.BRUSSELS, 50.8310, 4.4320, 1),
            new Commune("Auderghem", "Oudergem", "1160", "BE", Region.BRUSSELS, 50.8160, 4.4330, 1),
            new Commune("Watermael-Boitsfort", "Watermaal-Bosvoorde", "1170", "BE", Region.BRUSSELS, 50.7990, 4.4160, 1),
            // the Flemish rim of Brussels (several with facilities for French speakers)
            new Commune("Dilbeek", "Dilbeek", "1700", "BE", Region.BRUSSELS_RIM, 50.8480, 4.2590, 1),
            new Commune("Vilvoorde", "Vilvoorde", "1800", "BE", Region.BRUSSELS_RIM, 50.9280, 4.4250, 1),
            new Commune("Zaventem", "Zaventem", "1930", "BE", Region.BRUSSELS_RIM, 50.8830, 4.4730, 1),
            new Commune("Drogenbos", "Drogenbos", "1620", "BE", Region.BRUSSELS_RIM, 50.7870, 4.3150, 1),
            new Commune("Linkebeek", "Linkebeek", "1630", "BE", Region.BRUSSELS_RIM, 50.7670, 4.3370, 1),
            new Commune("Sint-Genesius-Rode", "Sint-Genesius-Rode", "1640", "BE", Region.BRUSSELS_RIM, 50.7490, 4.3570, 1),
            new Commune("Kraainem", "Kraainem", "1950", "BE", Region.BRUSSELS_RIM, 50.8610, 4.4680, 1),
            new Commune("Wezembeek-Oppem", "Wezembeek-Oppem", "1970", "BE", Region.BRUSSELS_RIM, 50.8420, 4.4940, 1),
            new Commune("Machelen", "Machelen", "1830", "BE", Region.BRUSSELS_RIM, 50.9110, 4.4420, 1),
            new Commune("Grimbergen", "Grimbergen", "1850", "BE", Region.BRUSSELS_RIM, 50.9340, 4.3720, 1),
            new Commune("Sint-Pieters-Leeuw", "Sint-Pieters-Leeuw", "1600", "BE", Region.BRUSSELS_RIM, 50.7810, 4.2440, 1),
            // Eurometropole Lille–Kortrijk–Tournai: the French side
            new Commune("Lille", "Rijsel", "59000", "FR", Region.FRANCE, 50.6292, 3.0573, 3),
            new Commune("Roubaix", "Robaais", "59100", "FR", Region.FRANCE, 50.6942, 3.1746, 2),
            new Commune("Tourcoing", "Toerkonje", "59200", "FR", Region.FRANCE, 50.7239, 3.1612, 2),
            new Commune("Villeneuve-d'Ascq", "Villeneuve-d'Ascq", "59650", "FR", Region.FRANCE, 50.6233, 3.1450, 1),
            new Commune("Wattrelos", "Waterlo", "59150", "FR", Region.FRANCE, 50.7010, 3.2150, 1),
            new Commune("Halluin", "Halewijn", "59250", "FR", Region.FRANCE, 50.7860, 3.1260, 1),
            new Commune("Armentières", "Armentiers", "59280", "FR", Region.FRANCE, 50.6880, 2.8800, 1),
            new Commune("Comines", "Komen", "59560", "FR", Region.FRANCE, 50.7610, 3.0080, 1),
            new Commune("Wasquehal", "Waskwaal", "59290", "FR", Region.FRANCE, 50.6700, 3.1300, 1),
            new Commune("Croix", "Croix", "59170", "FR", Region.FRANCE, 50.6780, 3.1490, 1),
            new Commune("Marcq-en-Barœul", "Marke-aan-de-Berk", "59700", "FR", Region.FRANCE, 50.6710, 3.0970, 1),
            new Commune("Lambersart", "Lambersart", "59130", "FR", Region.FRANCE, 50.6500, 3.0250, 1),
            // the Walloon side (Wallonie picarde)
            new Commune("Tournai", "Doornik", "7500", "BE", Region.WALLONIA, 50.6056, 3.3878, 2),
            new Commune("Mouscron", "Moeskroen", "7700", "BE", Region.WALLONIA, 50.7446, 3.2063, 2),
            new Commune("Comines-Warneton", "Komen-Waasten", "7780", "BE", Region.WALLONIA, 50.7700, 2.9980, 1),
            new Commune("Estaimpuis", "Estaimpuis", "7730", "BE", Region.WALLONIA, 50.7040, 3.2670, 1),
            new Commune("Péruwelz", "Péruwelz", "7600", "BE", Region.WALLONIA, 50.5090, 3.5930, 1),
            new Commune("Antoing", "Antoing", "7640", "BE", Region.WALLONIA, 50.5670, 3.4500, 1),
            // the Flemish side (South-West Flanders, and Ronse of the demo network)
            new Commune("Kortrijk", "Kortrijk", "8500", "BE", Region.FLANDERS, 50.8280, 3.2650, 2),
            new Commune("Menen", "Menen", "8930", "BE", Region.FLANDERS, 50.7960, 3.1220, 1),
            new Commune("Wevelgem", "Wevelgem", "8560", "BE", Region.FLANDERS, 50.8100, 3.1830, 1),
            new Commune("Waregem", "Waregem", "8790", "BE", Region.FLANDERS, 50.8890, 3.4260, 1),
            new Commune("Harelbeke", "Harelbeke", "8530", "BE", Region.FLANDERS, 50.8560, 3.3100, 1),
            new Commune("Kuurne", "Kuurne", "8520", "BE", Region.FLANDERS, 50.8510, 3.2830, 1),
            new Commune("Ieper", "Ieper", "8900", "BE", Region.FLANDERS, 50.8510, 2.8860, 1),
            new Commune("Poperinge", "Poperinge", "8970", "BE", Region.FLANDERS, 50.8550, 2.7260, 1),
            new Commune("Zwevegem", "Zwevegem", "8550", "BE", Region.FLANDERS, 50.8120, 3.3380, 1),
            new Commune("Avelgem", "Avelgem", "8580", "BE", Region.FLANDERS, 50.7720, 3.4450, 1),
            new Commune("Spiere-Helkijn", "Spiere-Helkijn", "8587", "BE", Region.FLANDERS, 50.7250, 3.3580, 1),
            new Commune("Wervik", "Wervik", "8940", "BE", Region.FLANDERS, 50.7800, 3.0400, 1),
            new Commune("Ronse", "Ronse", "9600", "BE", Region.FLANDERS, 50.7460, 3.6000, 1));

    static Commune named(String name) {
        return ALL.stream().filter(c -> c.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No commune " + name));
    }

    /** The commune's name as a text in that language writes it. */
    String in(String language) {
        return "nl".equals(language) ? nameNl : name;
    }
}
