package eu.socialmap.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The very WAR the build produced (and the run command starts), so tests see what users get. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        String war = System.getProperty("socialmap.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("socialmap.war is not set or missing (" + war + "): run through mvn verify");
        }
        // Named ROOT.war so that Payara Micro serves it at "/", as the run command does.
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File(war)).as(WebArchive.class);
    }
}
