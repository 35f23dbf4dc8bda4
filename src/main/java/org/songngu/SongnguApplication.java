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
        // Before H2 loads: its AUTO_SERVER socket (web application and commands sharing data/) on loopback only.
        EmbeddedDatabaseProtection.bindToLoopback();
        OptionalInt status = SongnguCommandLine.standard().execute(args);
        if (status.isPresent()) {
            System.exit(status.getAsInt());
        }
    }
}
