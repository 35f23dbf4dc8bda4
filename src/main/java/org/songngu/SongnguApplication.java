package org.songngu;

import org.songngu.system.EmbeddedDatabaseProtection;
import org.songngu.system.StandaloneCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point. {@code align} and {@code evaluate} run the plain-Java core without starting Spring
 * (no database, no LanguageTool); another command ({@code run}, {@code check-french},
 * {@code export-tmx}) starts Spring without the web server, runs and exits with its status; no
 * command starts the web application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SongnguApplication {

    public static void main(String[] args) {
        // Before H2 loads: its AUTO_SERVER socket (web application and commands sharing data/) on loopback only.
        EmbeddedDatabaseProtection.bindToLoopback();
        if (args.length > 0 && StandaloneCommands.handles(args[0])) {
            System.exit(StandaloneCommands.execute(args));
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(SongnguApplication.class, args);
    }

    private static int runCommand(String[] args) {
        SpringApplication application = new SpringApplication(SongnguApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // The command's own options (--corpus, --out, ...) are not Spring properties.
        application.setAddCommandLineProperties(false);
        application.setDefaultProperties(java.util.Map.of(
                "songngu.run-on-startup", "false",
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN"));
        ConfigurableApplicationContext context = application.run(args);
        return SpringApplication.exit(context);
    }

}
