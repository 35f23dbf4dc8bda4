package org.songngu.system;

import java.util.List;

import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the command named on the command line ({@code run}, {@code check-french},
 * {@code export-tmx}) with picocli, taking the command objects from the Spring context so that they
 * share the job's beans and settings. Does nothing when the application starts without a command.
 */
@Component
class SpringCommands implements CommandLineRunner, ExitCodeGenerator {

    private final ApplicationContext context;
    private int exitCode;

    SpringCommands(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(String... args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            return;
        }
        CommandLine commandLine = new CommandLine(new Root(), this::create);
        List<Object> commands = context.getBeansWithAnnotation(Command.class).values().stream().toList();
        commands.forEach(commandLine::addSubcommand);
        exitCode = commandLine.execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private <K> K create(Class<K> type) throws Exception {
        try {
            return context.getBean(type);
        } catch (NoSuchBeanDefinitionException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }

    @Command(name = "songngu", mixinStandardHelpOptions = true,
            description = "Sentence alignment and translation memory for French, Vietnamese and English.")
    static final class Root {
    }
}
