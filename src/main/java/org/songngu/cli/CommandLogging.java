package org.songngu.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.LoggerFactory;

/**
 * The log of a command that starts no Spring application ({@code check-french}), as Spring's would
 * be for a command ({@code ApplicationStarter}'s defaults): on standard error, warnings and errors
 * only, one line each with the exception as its chain of messages; with {@code --debug}, from INFO
 * and with stack traces. Without it, Logback's default would write debug lines to standard output,
 * which is the command's report.
 */
final class CommandLogging {

    private CommandLogging() {}

    static void configure(boolean debug) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(debug ? "%level %logger{0}: %m%n" : "%level %logger{0}: %m%n%ex{0}");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(debug ? Level.INFO : Level.WARN);
        root.addAppender(console);
    }
}
