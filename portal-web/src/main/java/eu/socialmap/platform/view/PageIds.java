package eu.socialmap.platform.view;

/**
 * Reads the {@code id} of an address ({@code ?id=42}) as typed: anything that is not a positive number is an id
 * that exists nowhere (-1), so pages answer "not found" rather than fail on a conversion.
 */
public final class PageIds {

    private PageIds() {
    }

    public static long parse(String typed) {
        if (typed == null || !typed.strip().matches("\\d{1,18}")) {
            return -1;
        }
        return Long.parseLong(typed.strip());
    }
}
