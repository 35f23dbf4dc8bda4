package org.songngu.cli;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.songngu.SongnguApplication;
import org.songngu.batch.FrenchCheckConfiguration;
import org.songngu.glossary.GlossaryLoad;
import org.songngu.quality.CheckFrenchCommand;
import org.songngu.quality.FrenchChecker;
import org.songngu.quality.LanguageToolPreload;
import org.songngu.system.SongnguProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts the Spring application a command needs, with the command line's discipline: log lines on
 * standard error, only warnings and errors for commands, no framework stack traces; a start-up that
 * fails is reported in one line saying what is wrong and what to do (the trace with
 * {@code --debug}).
 */
class ApplicationStarter {

    /** Loggers that report a failed start-up with a stack trace the command line replaces with one line. */
    private static final List<String> START_UP_FAILURE_LOGGERS = List.of(
            "org.springframework.boot.SpringApplication",
            "org.springframework.boot.diagnostics",
            "org.springframework.context.annotation.AnnotationConfigApplicationContext",
            "org.springframework.boot.web.context.servlet.AnnotationConfigServletWebServerApplicationContext",
            "org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext",
            "com.zaxxer.hikari.pool.HikariPool");

    private static final String COULD_NOT_START = "could not start: ";

    private final PrintWriter err;
    private boolean checkerPrepared;

    ApplicationStarter(PrintWriter err) {
        this.err = err;
    }

    /**
     * @param name     the command, to prefix its messages ({@code songngu run})
     * @param settings {@code --name=value} arguments, as Spring reads them from a command line
     * @param options  settings given as command options ({@code --glossary}): they win over every other source
     * @param usesGlossary whether the command reads the glossary (checked before anything else starts)
     * @return the running application, or null when it could not start (the reason is printed)
     */
    Started start(
            SongnguCommandLine.Needs needs,
            String name,
            List<String> settings,
            Map<String, Object> options,
            boolean usesGlossary,
            boolean debug) {
        if (needs == SongnguCommandLine.Needs.CHECKER) {
            return startChecker(name, settings, options, debug);
        }
        SpringApplication application = new SpringApplication(SongnguApplication.class);
        application.setWebApplicationType(
                needs == SongnguCommandLine.Needs.WEB ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        application.setDefaultProperties(defaults(needs, debug));
        List<ConfigurableEnvironment> environment = new ArrayList<>(1);
        application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event -> {
            environment.add(event.getEnvironment());
            event.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("songngu command options", options));
            if (usesGlossary) {
                // Before the database is opened and migrated: a wrong glossary path costs nothing.
                // Bound as the application binds it: the default lives in SongnguProperties only.
                FrenchCheckConfiguration.requireGlossary(
                        org.springframework.boot.context.properties.bind.Binder.get(event.getEnvironment())
                                .bindOrCreate("songngu", SongnguProperties.class)
                                .glossaryPath());
            }
        });
        try {
            return new Started(application.run(settings.toArray(String[]::new)));
        } catch (RuntimeException e) {
            report(err, name, describe(e, environment.isEmpty() ? null : environment.get(0)), e, debug);
            return null;
        }
    }

    /**
     * {@code check-french}: no application context (it took seconds, most of a short check's wall
     * clock), only what the command uses: the settings, read from the same sources as the
     * application's (command line, {@code application.properties}, system properties, environment),
     * the glossary and one {@link FrenchChecker}. LanguageTool's shared parts start loading on another
     * thread first, while the settings and the glossary are read.
     */
    Started startChecker(String name, List<String> settings, Map<String, Object> options, boolean debug) {
        prepareChecker(debug);
        StandardEnvironment environment = new StandardEnvironment();
        try {
            environment
                    .getPropertySources()
                    .addFirst(new SimpleCommandLinePropertySource(settings.toArray(String[]::new)));
            environment.getPropertySources().addFirst(new MapPropertySource("songngu command options", options));
            ConfigDataEnvironmentPostProcessor.applyTo(environment);
            SongnguProperties properties = Binder.get(environment).bindOrCreate("songngu", SongnguProperties.class);
            GlossaryLoad glossary = FrenchCheckConfiguration.readGlossary(properties);
            FrenchChecker checker = FrenchChecker.forGlossary(
                    FrenchCheckConfiguration.settingsOf(properties), glossary.glossary(), List.of());
            return new Started(environment, Map.of(CheckFrenchCommand.class, new CheckFrenchCommand(checker)), () -> {
                checker.close();
                LanguageToolPreload.finish();
            });
        } catch (RuntimeException e) {
            report(err, name, describe(e, environment), e, debug);
            return null;
        }
    }

    /**
     * Starts loading LanguageTool for {@code check-french} on another thread ({@link
     * LanguageToolPreload}), as early as the command is known; the log is configured first, so that
     * nothing LanguageTool logs reaches standard output. Repeating it does nothing more.
     */
    void prepareChecker(boolean debug) {
        if (!checkerPrepared) {
            checkerPrepared = true;
            CommandLogging.configure(debug);
            LanguageToolPreload.start();
        }
    }

    private static Map<String, Object> defaults(SongnguCommandLine.Needs needs, boolean debug) {
        Map<String, Object> defaults = new HashMap<>();
        if (needs != SongnguCommandLine.Needs.WEB) {
            defaults.put("songngu.run-on-startup", "false");
            defaults.put("spring.main.banner-mode", "off");
            defaults.put("spring.main.log-startup-info", "false");
            defaults.put("logging.level.root", debug ? "INFO" : "WARN");
            // A command builds only the beans it uses: export-tmx and import-tmx neither read the
            // glossary nor start LanguageTool.
            defaults.put("spring.main.lazy-initialization", "true");
            if (!debug) {
                // A command's log is a few warnings, not a server's: level, class, message, and an
                // exception as its chain of messages without frames.
                defaults.put("logging.pattern.console", "%level %logger{0}: %m%n%ex{0}");
            }
        }
        // Flyway warns at every start that our H2 is newer than the one it was verified with; the
        // migrations are tested on it, so the warning says nothing to a user.
        defaults.put("logging.level.org.flywaydb.core.internal.database.base.Database", "ERROR");
        if (!debug) {
            START_UP_FAILURE_LOGGERS.forEach(logger -> defaults.put("logging.level." + logger, "OFF"));
        }
        return defaults;
    }

    /** One line; with {@code --debug}, the stack trace after it. */
    static void report(PrintWriter err, String name, String reason, Throwable failure, boolean debug) {
        err.println(
                name + ": " + reason + (debug || !reason.startsWith(COULD_NOT_START) ? "" : " (--debug for details)"));
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
    }

    /** What went wrong while starting, in one line, with what to do when we know it. */
    static String describe(Throwable failure, Environment environment) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        String database = environment == null ? null : environment.getProperty("spring.datasource.url");
        for (Throwable cause : chain) {
            if (cause instanceof FrenchCheckConfiguration.MissingGlossaryException) {
                return cause.getMessage();
            }
            if (cause.getClass().getSimpleName().equals("PortInUseException")) {
                String port = environment == null ? null : environment.getProperty("server.port", "8080");
                return "port " + port + " is already in use: stop the program using it, or choose another port"
                        + " with --server.port=N (or the SERVER_PORT environment variable)";
            }
            if (cause instanceof BindException bind) {
                return "invalid setting " + bind.getName() + ": " + oneLine(chain.get(chain.size() - 1));
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof ConnectException) {
                return "cannot connect to the database at " + database + ": connection refused; start "
                        + (database != null && database.startsWith("jdbc:postgresql:")
                                ? "PostgreSQL"
                                : "the database server")
                        + " there, or point SONGNGU_DB_URL (with SONGNGU_DB_USER, SONGNGU_DB_PASSWORD) at a running "
                        + "one";
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08")
                            || sql.getSQLState().startsWith("28")
                            || sql.getSQLState().startsWith("3D"))) {
                return "cannot connect to the database at " + database + ": " + firstLine(sql.getMessage())
                        + "; check SONGNGU_DB_URL, SONGNGU_DB_USER and SONGNGU_DB_PASSWORD";
            }
        }
        return COULD_NOT_START + oneLine(chain.get(chain.size() - 1));
    }

    /** An exception's own message, first line only, or its kind when it has none. */
    static String oneLine(Throwable exception) {
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** A started application, or the few objects a command runs with, closed when the command is done. */
    static final class Started implements AutoCloseable {

        private final ConfigurableApplicationContext context;
        private final Environment environment;
        private final Map<Class<?>, Object> objects;
        private final AutoCloseable resource;

        Started(ConfigurableApplicationContext context) {
            this.context = context;
            this.environment = context == null ? null : context.getEnvironment();
            this.objects = Map.of();
            this.resource = null;
        }

        /** Without a context: the command's objects, and what to close after it ran. */
        Started(Environment environment, Map<Class<?>, Object> objects, AutoCloseable resource) {
            this.context = null;
            this.environment = environment;
            this.objects = Map.copyOf(objects);
            this.resource = resource;
        }

        <K> K bean(Class<K> type) {
            return context != null
                    ? context.getBean(type)
                    : type.cast(Objects.requireNonNull(
                            objects.get(type), () -> "nothing started for " + type.getSimpleName()));
        }

        /** A failure of this application, in one line. */
        String describe(Throwable failure) {
            return ApplicationStarter.describe(failure, environment);
        }

        @Override
        public void close() {
            if (context != null) {
                context.close();
            }
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
