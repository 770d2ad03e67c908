package eu.socialmap.directory.entity;

import eu.socialmap.platform.entity.BusinessException;

import java.util.Optional;

/**
 * The official number of an organisation: a Belgian enterprise number (KBO/BCE, 10 digits, the last two a
 * modulo-97 check) or a French SIREN (9 digits, Luhn check). Typed as people write them ("BE 0403.170.701",
 * "403 170 701", "552 100 554"), stored as digits only.
 */
public record EnterpriseNumber(Country country, String digits) {

    public enum Country { BE, FR }

    /** La Poste's SIREN, the one number the Luhn rule does not cover (its digits add up to a multiple of 5). */
    private static final String LA_POSTE = "356000000";

    public EnterpriseNumber {
        if (country == null || digits == null || !digits.matches("\\d+")) {
            throw new IllegalArgumentException("Not an enterprise number: " + country + " " + digits);
        }
    }

    /**
     * Reads a number as typed for an organisation of that country; an empty field means "none".
     *
     * @throws BusinessException {@code directory.enterpriseNumber.invalid} when it is not a valid number
     */
    public static Optional<EnterpriseNumber> parse(Country country, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String compact = typed.strip().toUpperCase().replaceAll("[\\s.\\-/]", "");
        if (compact.startsWith(country.name())) {
            compact = compact.substring(2);
        }
        boolean valid = switch (country) {
            case BE -> {
                if (compact.length() == 9) {
                    compact = "0" + compact; // numbers given before 2023 without their leading 0
                }
                yield isValidBelgian(compact);
            }
            case FR -> isValidSiren(compact);
        };
        if (!valid) {
            throw new BusinessException(BusinessException.Kind.INVALID, "directory.enterpriseNumber.invalid."
                    + country.name().toLowerCase());
        }
        return Optional.of(new EnterpriseNumber(country, compact));
    }

    static boolean isValidBelgian(String digits) {
        if (!digits.matches("[01]\\d{9}")) {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return 97 - (base % 97) == check;
    }

    static boolean isValidSiren(String digits) {
        if (!digits.matches("\\d{9}")) {
            return false;
        }
        if (digits.equals(LA_POSTE)) {
            return true;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = digits.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** As people read it: {@code BE 0403.170.701} or {@code SIREN 552 100 554}. */
    public String formatted() {
        return switch (country) {
            case BE -> "BE " + digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
            case FR -> "SIREN " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        };
    }
}
