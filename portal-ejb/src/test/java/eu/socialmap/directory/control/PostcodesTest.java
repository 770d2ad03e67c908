package eu.socialmap.directory.control;

import eu.socialmap.directory.entity.EnterpriseNumber;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodesTest {

    private static final String TABLE = """
            country,postcode,commune,latitude,longitude
            BE,1060,Saint-Gilles,50.8276,4.3439
            BE,1060,Sint-Gillis,50.8276,4.3439
            BE,7700,Mouscron,50.745,3.2064
            BE,7700,Luingne,50.7333,3.2333
            FR,59000,Lille,50.633,3.0586
            FR,59100,"Roubaix, centre",50.6942,3.1746
            BE,9999,Nowhere,,
            """;

    private final Postcodes postcodes = Postcodes.read(new StringReader(TABLE));

    @Test
    void aPostcodeGivesTheCentreOfItsAreaAndACommuneItsOwnPoint() {
        assertThat(postcodes.locate(EnterpriseNumber.Country.BE, "1060", "sint gillis"))
                .contains(new Postcodes.Point(50.8276, 4.3439));
        assertThat(postcodes.locate(EnterpriseNumber.Country.BE, "7700", "LUINGNE"))
                .contains(new Postcodes.Point(50.7333, 3.2333));
        assertThat(postcodes.locate(EnterpriseNumber.Country.BE, "7700", "Herseaux"))
                .as("unknown commune: the postcode's first row").contains(new Postcodes.Point(50.745, 3.2064));
        assertThat(postcodes.locate(EnterpriseNumber.Country.FR, "59100", "Roubaix, centre")).isPresent();
    }

    @Test
    void theCountryMattersAndRowsWithoutCoordinatesAreIgnored() {
        assertThat(postcodes.locate(EnterpriseNumber.Country.FR, "1060", null)).isEmpty();
        assertThat(postcodes.locate(EnterpriseNumber.Country.BE, "9999", "Nowhere")).isEmpty();
        assertThat(Postcodes.empty().locate(EnterpriseNumber.Country.BE, "1060", null)).isEmpty();
    }

    @Test
    void aPersonMayGiveAPostcodeAnAddressOrACommuneByName() {
        assertThat(postcodes.find("1060")).contains(new Postcodes.Point(50.8276, 4.3439));
        assertThat(postcodes.find("Rue de Mouscron 3, 7700 Luingne")).contains(new Postcodes.Point(50.7333, 3.2333));
        assertThat(postcodes.find("59000")).as("five digits: France").contains(new Postcodes.Point(50.633, 3.0586));
        assertThat(postcodes.find("Sint-Gillis")).contains(new Postcodes.Point(50.8276, 4.3439));
        assertThat(postcodes.find("mouscron")).contains(new Postcodes.Point(50.745, 3.2064));
        assertThat(postcodes.find("Atlantis")).isEmpty();
        assertThat(postcodes.find("  ")).isEmpty();
    }

    @Test
    void theTableShippedWithThePortalPlacesTheNetworksCommunesOnBothSidesOfTheBorder() throws java.io.IOException {
        try (var csv = getClass().getResourceAsStream("/geo/network-postcodes.csv")) {
            Postcodes shipped = Postcodes.read(new java.io.InputStreamReader(csv, java.nio.charset.StandardCharsets.UTF_8));
            Postcodes.Point saintGilles = shipped.find("1060").orElseThrow();
            Postcodes.Point kortrijk = shipped.find("Kortrijk").orElseThrow();
            Postcodes.Point lille = shipped.find("59000").orElseThrow();
            assertThat(saintGilles.latitude()).isBetween(50.80, 50.85);
            assertThat(kortrijk.longitude()).isBetween(3.2, 3.3);
            assertThat(lille.latitude()).isBetween(50.6, 50.65);
            assertThat(shipped.find("Moeskroen")).isEqualTo(shipped.find("7700 Mouscron"));
        }
    }
}
