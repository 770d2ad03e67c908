package eu.socialmap.platform.boundary;

import jakarta.persistence.EntityManager;

/** Platform services wired by hand, for service tests outside the container (package-private fields). */
public final class PlatformFixtures {

    private PlatformFixtures() {
    }

    public static Mailer mailer(EntityManager em) {
        Mailer mailer = new Mailer();
        mailer.em = em;
        return mailer;
    }

    public static PublicUrl publicUrl(String base) {
        PublicUrl publicUrl = new PublicUrl();
        publicUrl.base = base;
        return publicUrl;
    }
}
