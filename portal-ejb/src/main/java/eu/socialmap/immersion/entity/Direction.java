package eu.socialmap.immersion.entity;

import eu.socialmap.directory.entity.EnterpriseNumber;

/** Which way an immersion crosses the border: what the cross-border funders count. */
public enum Direction {
    FR_TO_BE, BE_TO_FR, SAME_COUNTRY;

    /** From the visitor's organisation's country to the host's. */
    public static Direction of(EnterpriseNumber.Country from, EnterpriseNumber.Country to) {
        if (from == EnterpriseNumber.Country.FR && to == EnterpriseNumber.Country.BE) {
            return FR_TO_BE;
        }
        if (from == EnterpriseNumber.Country.BE && to == EnterpriseNumber.Country.FR) {
            return BE_TO_FR;
        }
        return SAME_COUNTRY;
    }

    public boolean crossesTheBorder() {
        return this != SAME_COUNTRY;
    }
}
