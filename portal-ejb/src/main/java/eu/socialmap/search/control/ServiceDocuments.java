package eu.socialmap.search.control;

import eu.socialmap.directory.entity.Closure;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.OpeningSlot;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** Turns a service of the database, with its organisation, into what the index stores. */
public final class ServiceDocuments {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private ServiceDocuments() {
    }

    public static ServiceDocument of(Service service, Organisation organisation) {
        List<Location> places = service.getLocations().stream().sorted(java.util.Comparator.comparing(Location::getId)).toList();
        return new ServiceDocument(service.getId(), service.getOrganisationId(), organisation.getShortName(),
                text(service.getName()), text(service.getDescription()),
                codes(service, TaxonomyTerm.Taxonomy.THEME), codes(service, TaxonomyTerm.Taxonomy.AUDIENCE),
                service.getLanguages(),
                places.stream().map(Location::getCommune).distinct().toList(),
                places.stream().map(l -> l.getCountry().name()).distinct().toList(),
                places.stream().map(Location::getPostcode).distinct().toList(),
                places.stream().filter(Location::isLocated)
                        .map(l -> new ServiceDocument.Point(l.getLatitude(), l.getLongitude())).toList(),
                places.stream().anyMatch(Location::isWheelchair),
                service.getHours().stream().map(ServiceDocuments::minutes).toList(),
                service.getClosures().stream().map(ServiceDocuments::range).toList());
    }

    private static int[] minutes(OpeningSlot slot) {
        int day = (slot.getWeekday().getValue() - 1) * MINUTES_PER_DAY;
        return new int[] {day + slot.getOpensAt().toSecondOfDay() / 60, day + slot.getClosesAt().toSecondOfDay() / 60};
    }

    private static List<String> codes(Service service, TaxonomyTerm.Taxonomy taxonomy) {
        return service.getTerms().stream().filter(t -> t.getTaxonomy() == taxonomy).map(TaxonomyTerm::getCode).sorted().toList();
    }

    private static ServiceDocument.Text text(LocalizedText text) {
        return new ServiceDocument.Text(text.exactly(Language.FR), text.exactly(Language.NL), text.exactly(Language.EN));
    }

    private static LocalDate[] range(Closure closure) {
        return new LocalDate[] {closure.getFirstDay(), closure.getLastDay()};
    }
}
