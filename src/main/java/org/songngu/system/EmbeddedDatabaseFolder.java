package org.songngu.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the embedded H2 database to the account that runs Songngu. Before H2 opens
 * {@code jdbc:h2:file:./data/songngu}, the folder {@code data/} is created (or tightened) to mode 700
 * and its files to 600; the database password is the one configured, or else a random one generated
 * on first start and kept in {@code data/songngu.secret} (600). A database created before passwords
 * (user {@code sa}, empty password) gets the new password on that first start.
 *
 * <p>{@code AUTO_SERVER=TRUE} (the web application and a {@code run} command sharing the file) stays
 * only when H2 binds its server socket to a loopback address ({@link #BIND_PROPERTY}): the server's
 * port and key are in the lock file inside the owner-only folder, and a connection needs the password.
 * On any other binding the sharing is switched off rather than exposed on the network.
 */
final class EmbeddedDatabaseFolder {

    /** H2's system property for the address its TCP server (AUTO_SERVER's included) listens on. */
    static final String BIND_PROPERTY = "h2.bindAddress";

    static final String LOOPBACK = "127.0.0.1";

    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Pattern AUTO_SERVER = Pattern.compile(";AUTO_SERVER=TRUE", Pattern.CASE_INSENSITIVE);
    /** H2's "wrong user name or password". */
    private static final String WRONG_PASSWORD_STATE = "28000";

    private final SecureRandom random = new SecureRandom();

    /** What to connect with once the folder is protected. */
    record Settings(String url, String password, Path folder, boolean sharingDropped) {}

    /**
     * The database file path of an H2 file URL ({@code jdbc:h2:file:./data/songngu;...} or
     * {@code jdbc:h2:./data/songngu}), or empty for any other URL (in-memory, TCP, PostgreSQL).
     */
    static Optional<Path> databasePath(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        String rest = url.substring(8);
        int semicolon = rest.indexOf(';');
        String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (location.regionMatches(true, 0, "file:", 0, 5)) {
            location = location.substring(5);
        } else if (location.contains(":") && !location.matches("(?i)[a-z]:[\\\\/].*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, ...
        }
        if (location.isBlank() || location.startsWith("~")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(location).toAbsolutePath().normalize());
    }

    /** Whether H2's server sockets are bound to a loopback address. */
    static boolean loopback(String bindAddress) {
        if (bindAddress == null || bindAddress.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Protects the folder of {@code url}'s database and says what to connect with.
     *
     * @param configuredPassword the password from the configuration; empty means "generate one"
     * @param bindAddress        the address H2's server sockets bind to in this JVM
     */
    Settings protect(String url, String user, String configuredPassword, String bindAddress) {
        Path database = databasePath(url).orElseThrow(() -> new IllegalArgumentException("not an H2 file URL: " + url));
        Path folder = database.getParent();
        ownerOnlyFolder(folder);
        ownerOnlyFiles(folder);
        boolean dropSharing = AUTO_SERVER.matcher(url).find() && !loopback(bindAddress);
        String effectiveUrl = dropSharing ? AUTO_SERVER.matcher(url).replaceAll("") : url;
        String password = configuredPassword != null && !configuredPassword.isEmpty()
                ? configuredPassword
                : storedPassword(database, effectiveUrl, user);
        return new Settings(effectiveUrl, password, folder, dropSharing);
    }

    /** The secret file kept beside the database: {@code data/songngu.secret}. */
    static Path secretFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".secret");
    }

    private String storedPassword(Path database, String url, String user) {
        Path secret = secretFile(database);
        if (Files.exists(secret)) {
            ownerOnly(secret, OWNER_FILE);
            try {
                String password =
                        Files.readString(secret, StandardCharsets.UTF_8).strip();
                if (password.isEmpty()) {
                    throw new IllegalStateException(
                            secret + " is empty: delete it only if the database has no password");
                }
                return password;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the database password in " + secret, e);
            }
        }
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        Path pending = database.resolveSibling(database.getFileName() + ".secret.new");
        write(pending, password);
        try {
            if (Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
                setPasswordOfOldDatabase(url, user, password, secret);
            }
            move(pending, secret);
        } finally {
            try {
                Files.deleteIfExists(pending);
            } catch (IOException e) {
                // Already moved, or unwritable: the secret file is what counts.
            }
        }
        return password;
    }

    /** A database made before passwords has an empty one: give it the new password once. */
    private static void setPasswordOfOldDatabase(String url, String user, String password, Path secret) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                PreparedStatement alter =
                        connection.prepareStatement("ALTER USER " + quoted(user) + " SET PASSWORD ?")) {
            alter.setString(1, password);
            alter.execute();
        } catch (SQLException e) {
            if (WRONG_PASSWORD_STATE.equals(e.getSQLState())) {
                throw new IllegalStateException(
                        "The database in " + secret.getParent() + " has a password but "
                                + secret.getFileName() + " is missing: restore that file, or give the password with "
                                + "spring.datasource.password.",
                        e);
            }
            throw new IllegalStateException(
                    "cannot set the password of the database in " + secret.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static String quoted(String user) {
        return '"' + user.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + '"';
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static void write(Path file, String content) {
        try {
            Files.deleteIfExists(file);
            if (posix(file.getParent())) {
                FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(OWNER_FILE);
                Files.createFile(file, mode);
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the database password to " + file, e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the database password in " + to, e);
        }
    }

    /** Creates {@code folder} with mode 700 (before H2 puts anything in it), or tightens it to 700. */
    static void ownerOnlyFolder(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                ownerOnly(folder, OWNER_DIR);
                return;
            }
            Files.createDirectories(folder.getParent());
            try {
                if (posix(folder.getParent())) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_DIR));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (FileAlreadyExistsException e) {
                // Another process made it at the same moment.
            }
            ownerOnly(folder, OWNER_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + folder, e);
        }
    }

    /** Tightens every file directly in {@code folder} to mode 600. */
    static void ownerOnlyFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> ownerOnly(file, OWNER_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the database folder " + folder, e);
        }
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> mode) {
        if (!posix(path)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(path).equals(mode)) {
                Files.setPosixFilePermissions(path, mode);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot restrict " + path + " to its owner (mode " + PosixFilePermissions.toString(mode) + "): "
                            + e.getMessage(),
                    e);
        }
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
