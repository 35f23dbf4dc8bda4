package org.songngu.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's folder, files and password are its owner's alone. */
class EmbeddedDatabaseFolderTest {

    @TempDir
    Path work;

    private final EmbeddedDatabaseFolder folder = new EmbeddedDatabaseFolder();

    private String url() {
        return "jdbc:h2:file:" + work.resolve("data/songngu");
    }

    @Test
    void aFreshStartCreatesAnOwnerOnlyFolderAndAStoredRandomPassword() throws Exception {
        EmbeddedDatabaseFolder.Settings settings = folder.protect(url(), "sa", "", "127.0.0.1");

        Path data = work.resolve("data");
        assertThat(mode(data)).isEqualTo("rwx------");
        Path secret = data.resolve("songngu.secret");
        assertThat(mode(secret)).isEqualTo("rw-------");
        assertThat(settings.password())
                .hasSizeGreaterThanOrEqualTo(40)
                .isEqualTo(Files.readString(secret).strip());
        assertThat(folder.protect(url(), "sa", "", "127.0.0.1").password())
                .as("the next start reads the same password")
                .isEqualTo(settings.password());
        assertThat(new EmbeddedDatabaseFolder()
                        .protect(url().replace("songngu", "other"), "sa", "", "127.0.0.1")
                        .password())
                .isNotEqualTo(settings.password());

        try (Connection connection = DriverManager.getConnection(settings.url(), "sa", settings.password())) {
            connection.createStatement().execute("CREATE TABLE t (x INT)");
        }
        EmbeddedDatabaseFolder.ownerOnlyFiles(data);
        assertThat(mode(data.resolve("songngu.mv.db"))).isEqualTo("rw-------");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(settings.url(), "sa", "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Wrong user name or password");
    }

    @Test
    void anExistingOpenFolderAndItsFilesAreTightened() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lock = Files.writeString(data.resolve("songngu.lock.db"), "server=0.0.0.0:9092");
        Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-r--r--"));

        folder.protect(url(), "sa", "", "127.0.0.1");

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(lock)).isEqualTo("rw-------");
    }

    @Test
    void aConfiguredPasswordIsUsedAndNothingIsStored() {
        EmbeddedDatabaseFolder.Settings settings = folder.protect(url(), "sa", "from-configuration", "127.0.0.1");

        assertThat(settings.password()).isEqualTo("from-configuration");
        assertThat(work.resolve("data/songngu.secret")).doesNotExist();
    }

    @Test
    void aDatabaseMadeBeforePasswordsGetsTheGeneratedOne() throws Exception {
        Files.createDirectories(work.resolve("data"));
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (x INT)");
            statement.execute("INSERT INTO kept VALUES (7)");
        }

        EmbeddedDatabaseFolder.Settings settings = folder.protect(url(), "sa", "", "127.0.0.1");

        assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close())
                .isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(url(), "sa", settings.password());
                var rows = connection.createStatement().executeQuery("SELECT x FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(7);
        }
        assertThat(work.resolve("data/songngu.secret.new")).doesNotExist();
    }

    @Test
    void aLostSecretOfAProtectedDatabaseIsAClearErrorNotANewPassword() throws Exception {
        EmbeddedDatabaseFolder.Settings first = folder.protect(url(), "sa", "", "127.0.0.1");
        DriverManager.getConnection(url(), "sa", first.password()).close();
        Files.delete(work.resolve("data/songngu.secret"));

        assertThatThrownBy(() -> folder.protect(url(), "sa", "", "127.0.0.1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("songngu.secret is missing")
                .hasMessageContaining("spring.datasource.password");
        assertThat(work.resolve("data/songngu.secret")).doesNotExist();
        DriverManager.getConnection(url(), "sa", first.password()).close();
    }

    @Test
    void sharingStaysOnlyWhenH2ListensOnLoopback() {
        String shared = url() + ";AUTO_SERVER=TRUE";

        assertThat(folder.protect(shared, "sa", "x", "127.0.0.1").url()).isEqualTo(shared);
        assertThat(folder.protect(shared, "sa", "x", "::1").sharingDropped()).isFalse();
        for (String exposed : new String[] {null, "", "0.0.0.0", "192.0.2.1"}) {
            EmbeddedDatabaseFolder.Settings settings = folder.protect(shared, "sa", "x", exposed);
            assertThat(settings.sharingDropped()).as(exposed).isTrue();
            assertThat(settings.url()).isEqualTo(url());
        }
    }

    @Test
    void onlyH2FileUrlsAreTouched() {
        assertThat(EmbeddedDatabaseFolder.databasePath("jdbc:h2:file:./data/songngu;AUTO_SERVER=TRUE"))
                .contains(Path.of("data/songngu").toAbsolutePath());
        assertThat(EmbeddedDatabaseFolder.databasePath("jdbc:h2:/srv/db/songngu"))
                .contains(Path.of("/srv/db/songngu"));
        assertThat(EmbeddedDatabaseFolder.databasePath("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
                .isEmpty();
        assertThat(EmbeddedDatabaseFolder.databasePath("jdbc:h2:tcp://localhost/x"))
                .isEmpty();
        assertThat(EmbeddedDatabaseFolder.databasePath("jdbc:postgresql://localhost/songngu"))
                .isEmpty();
        assertThat(EmbeddedDatabaseFolder.databasePath(null)).isEmpty();
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
