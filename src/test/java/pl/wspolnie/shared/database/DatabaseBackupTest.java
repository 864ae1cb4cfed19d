package pl.wspolnie.shared.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.support.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Collections;

/**
 * The backup tool (java -jar … --backup / --restore, bin/backup, bin/restore) on the test
 * database: a backup restored into a new database and backed up again gives the same rows
 * of every table, byte for byte; a failing backup leaves no file; a restore into a
 * database with data is refused and changes nothing.
 */
class DatabaseBackupTest extends IntegrationTest {

    @Autowired
    EmbeddedPostgresConfig.Server server;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int tool(String... args) {
        return new DatabaseBackup(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .execute(args, Map.of());
    }

    private String url(String database) {
        return "--database-url=jdbc:postgresql://localhost:" + server.port() + "/" + database;
    }

    @Test
    void backupRestoredIntoANewDatabaseHoldsTheSameRowsOfEveryTable(@TempDir Path dir) throws Exception {
        String copy = "wspolnie_restored_" + System.nanoTime();
        jdbc.sql("create database " + copy + " encoding 'UTF8' template template0").update();
        try {
            Path first = dir.resolve("first.zip");
            assertThat(tool("--backup=" + first, url("wspolnie"), "--database-username=postgres")).as(err.toString())
                .isZero();
            assertThat(tool("--restore=" + first, url(copy), "--database-username=postgres")).as(err.toString())
                .isZero();
            Path second = dir.resolve("second.zip");
            assertThat(tool("--backup=" + second, url(copy), "--database-username=postgres")).as(err.toString())
                .isZero();

            Map<String, byte[]> before = entries(first);
            Map<String, byte[]> after = entries(second);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
            Properties manifest = manifest(first);
            assertThat(manifest.getProperty("tables").split(",")).hasSizeGreaterThan(50)
                .contains("jst", "user_account");
            assertThat(Long.parseLong(manifest.getProperty("rows.jst"))).isPositive();
            assertThat(manifest(second).getProperty("totalRows")).isEqualTo(manifest.getProperty("totalRows"));

            // A restore into a database with data is refused and leaves it as it was.
            long jsts = jdbc.sql("select count(*) from jst").query(Long.class).single();
            assertThat(tool("--restore=" + first, url("wspolnie"), "--database-username=postgres")).isEqualTo(1);
            assertThat(err.toString()).contains("is not empty");
            assertThat(jdbc.sql("select count(*) from jst").query(Long.class).single()).isEqualTo(jsts);
        }
        finally {
            jdbc.sql("drop database if exists " + copy + " with (force)").update();
        }
    }

    @Test
    void aFailedBackupExitsNonZeroAndLeavesNoFile(@TempDir Path dir) {
        Path file = dir.resolve("failed.zip");
        assertThat(tool("--backup=" + file, url("no_such_database"), "--database-username=postgres")).isEqualTo(1);
        assertThat(err.toString()).startsWith("FAILED: ");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("failed.zip.partial")).doesNotExist();
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(file.entries())) {
                // holds the time of the backup
                if (!e.getName().equals("manifest.properties")) {
                    entries.put(e.getName(), file.getInputStream(e).readAllBytes());
                }
            }
        }
        return entries;
    }

    private static Properties manifest(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Properties p = new Properties();
            p.load(file.getInputStream(file.getEntry("manifest.properties")));
            return p;
        }
    }

}
