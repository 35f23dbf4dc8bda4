package org.songngu;

import org.songngu.system.StandaloneCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. {@code align} and {@code evaluate} run the plain-Java core without starting Spring
 * (no database, no LanguageTool); every other invocation starts the Spring application.
 */
@SpringBootApplication
public class SongnguApplication {

    public static void main(String[] args) {
        if (args.length > 0 && StandaloneCommands.handles(args[0])) {
            System.exit(StandaloneCommands.execute(args));
        }
        SpringApplication.run(SongnguApplication.class, args);
    }

}
