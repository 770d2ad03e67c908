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
}
