package eu.socialmap.openreferral.control;

import eu.socialmap.directory.entity.Closure;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.OpeningSlot;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.ServiceDetails;
import eu.socialmap.platform.entity.LocalizedText;

import java.io.Serializable;
import java.util.List;

/** An HSDS package as read, every value checked against our rules; what the import writes. */
public record HsdsPackage(List<Organisation> organisations, List<Service> services, List<Remark> warnings) {

    /** Something said about a record of the package: why it is refused, or what of it was left out. */
    public record Remark(String record, String messageKey, List<Object> arguments) implements Serializable {
    }

    public record Organisation(String hsdsId, OrganisationDetails.Checked details) {
    }

    public record Address(String street, String postcode, String commune, EnterpriseNumber.Country country) {
    }

    public record Location(String hsdsId, String organisationHsdsId, String name, Address address, Double latitude,
                           Double longitude, boolean byHand, boolean wheelchair, boolean hearingLoop, String note) {
    }

    /** A term as the package names it: our own id, or a taxonomy and a code, or a name in one of our languages. */
    public record TermRef(String id, String taxonomy, String code, String name) {
    }

    public record Service(String hsdsId, String organisationHsdsId, ServiceDetails.Checked details,
                          LocalizedText conditions, LocalizedText howToApply, LocalizedText fees, boolean freeOfCharge,
                          List<Location> locations, List<OpeningSlot> hours, List<Closure> closures,
                          List<TermRef> terms) {
    }
}
