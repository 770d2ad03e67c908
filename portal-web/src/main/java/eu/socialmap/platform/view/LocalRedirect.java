package eu.socialmap.platform.view;

/**
 * Where a "go back to" parameter may send the visitor: only to a page of this portal, never to another site
 * (an open redirect would let a phishing mail borrow the portal's address).
 */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    public static String target(String next, String contextPath) {
        String home = contextPath.isEmpty() ? "/" : contextPath + "/";
        if (next == null || next.isBlank()) {
            return home;
        }
        boolean local = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f)
                && (contextPath.isEmpty() || next.equals(contextPath) || next.startsWith(contextPath + "/"));
        return local ? next : home;
    }
}
