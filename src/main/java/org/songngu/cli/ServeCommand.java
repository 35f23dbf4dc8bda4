package org.songngu.cli;

import picocli.CommandLine.Command;

/**
 * {@code serve}: the web application (review pages, REST API, TMX download). It has no options of
 * its own: settings such as {@code --server.port=9090} go to Spring, as for every command that
 * starts it. {@link SongnguCommandLine} starts the application; this class is its name, its help
 * and its place in the command list.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the web application (the default with no command).",
            "Review pages, REST API and TMX download on port 8080; another port with",
            "--server.port=N or the SERVER_PORT environment variable."
        })
public final class ServeCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalStateException("serve is started by the command line, not run as a command");
    }
}
