package org.songngu;

import java.util.OptionalInt;
import org.songngu.cli.SongnguCommandLine;
import org.songngu.system.EmbeddedDatabaseProtection;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The application, and the entry point: {@link SongnguCommandLine} parses the command line and
 * starts only what the command needs (nothing for help, the version and usage errors; the web
 * application only with no command or {@code serve}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SongnguApplication {

    public static void main(String[] args) {
        // picocli looks for Groovy's Closure class before it builds a command; the class is not on the class
        // path, and looking for it opens every jar there (about 170: a fifth of a short align's start-up).
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
        // Before H2 loads: its AUTO_SERVER socket (web application and commands sharing data/) on loopback only.
        EmbeddedDatabaseProtection.bindToLoopback();
        OptionalInt status = SongnguCommandLine.standard().execute(args);
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
    }
}
