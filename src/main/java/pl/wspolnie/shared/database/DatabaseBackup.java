package pl.wspolnie.shared.database;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import ch.qos.logback.classic.Level;
import java.io.FilterOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of the platform's database without PostgreSQL client tools, for the
 * embedded server (whose version, 17, is newer than the pg_dump of Debian 12) and for an
 * external one alike: {@code java -jar wspolnie.jar --backup=FILE},
 * {@code --restore=FILE} and {@code --count-rows} (wrapped by bin/backup and bin/restore;
 * see docs/operations.md, "Backups").
 * <p>
 * A backup is a zip: every table of the schema as {@code COPY ... TO STDOUT} text, read
 * in one repeatable-read transaction (one snapshot, as pg_dump takes it, while the
 * application keeps running), the sequences, and a manifest with the row count of each
 * table and the applied migrations. The schema itself is not in the file: a restore
 * creates it with this build's Flyway migrations in an empty database, refuses a backup
 * made by a build with other migrations, then loads the rows in one transaction (foreign
 * keys dropped and re-created, so they are checked again, user triggers off) and compares
 * each table's row count with the manifest. The file is written under a temporary name
 * and renamed only when complete; any failure leaves no file and exits non-zero, and a
 * failed restore leaves the target empty again.
 * <p>
 * Where the database is: {@code DATABASE_URL} (+ {@code DATABASE_USERNAME},
 * {@code DATABASE_PASSWORD}) for an external server, else the embedded server's folder
 * {@code WSPOLNIE_DATA_DIR} (default ./data/postgres): the running application's server
 * is used when there is one (its port is in postmaster.pid), otherwise the tool starts
 * the embedded server on the folder itself (an empty or missing folder gets a new one,
 * for a restore).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class DatabaseBackup {

    static final String FORMAT = "wspolnie-backup-1";

    private static final String MANIFEST = "manifest.properties";

    private static final String SEQUENCES = "sequences.tsv";

    private final PrintStream out;

    private final PrintStream err;

    /**
     * Whether the command line asks for one of the tool's commands instead of starting
     * the application.
     */
    public static boolean isCommand(String[] args) {
        for (String a : args) {
            if (a.startsWith("--backup") || a.startsWith("--restore") || a.equals("--count-rows")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command; the exit code (0 = done). */
    public static int run(String[] args) {
        quietLogging();
        return new DatabaseBackup(System.out, System.err).execute(args, System.getenv());
    }

    int execute(String[] args, Map<String, String> env) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                options.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "" : a.substring(eq + 1));
            }
        }
        Target target = Target.of(options, env);
        try {
            if (options.containsKey("backup")) {
                backup(target, requiredPath(options, "backup"));
            }
            else if (options.containsKey("restore")) {
                restore(target, requiredPath(options, "restore"));
            }
            else {
                countRows(target);
            }
            return 0;
        }
        catch (Exception e) {
            err.println("FAILED: " + e.getMessage());
            if (e.getCause() != null) {
                err.println("  cause: " + e.getCause());
            }
            return 1;
        }
    }

    private static Path requiredPath(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + "=FILE: the file is missing");
        }
        return Path.of(value).toAbsolutePath();
    }

    // ---- backup
    // ------------------------------------------------------------------------------------------------

    void backup(Target target, Path file) throws Exception {
        long started = System.nanoTime();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.createDirectories(file.getParent());
        try (Database db = target.open(false)) {
            Connection c = db.connection();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            List<String> tables = tables(c);
            if (!tables.contains("flyway_schema_history")) {
                throw new IllegalStateException("the database has no Wspólnie schema (no flyway_schema_history)");
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("server", db.describe());
            manifest.setProperty("migrations", migrations(c));
            manifest.setProperty("tables", String.join(",", tables));
            long totalRows = 0;
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                    ZipOutputStream zip = new ZipOutputStream(raw)) {
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("data/" + table + ".copy"));
                    long rows = copy.copyOut(
                            "COPY " + quote(table) + " (" + String.join(", ", columns(c, table)) + ") TO STDOUT",
                            new NonClosing(zip));
                    zip.closeEntry();
                    manifest.setProperty("rows." + table, String.valueOf(rows));
                    totalRows += rows;
                }
                zip.putNextEntry(new ZipEntry(SEQUENCES));
                zip.write(sequences(c).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                manifest.setProperty("totalRows", String.valueOf(totalRows));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Wspólnie backup");
                zip.closeEntry();
            }
            c.commit();
            try (var channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.printf("Backup written: %s (%d tables, %d rows, %,d bytes, %.1f s) from %s%n", file, tables.size(),
                    totalRows, Files.size(file), seconds(started), db.describe());
        }
        catch (Exception e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    // ---- restore
    // -----------------------------------------------------------------------------------------------

    void restore(Target target, Path file) throws Exception {
        long started = System.nanoTime();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no backup file " + file);
        }
        try (ZipFile zip = new ZipFile(file.toFile()); Database db = target.open(true)) {
            Properties manifest = new Properties();
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new IllegalStateException(file + " is not a Wspólnie backup (no " + MANIFEST + ")");
            }
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new IllegalStateException("unknown backup format " + manifest.getProperty("format"));
            }
            Connection c = db.connection();
            if (!tables(c).isEmpty()) {
                throw new IllegalStateException(
                        "the target database (" + db.describe() + ") is not empty: restore into a"
                                + " new data folder (WSPOLNIE_DATA_DIR) or a new, empty database");
            }
            Flyway flyway = Flyway.configure()
                .dataSource(db.dataSource())
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .cleanDisabled(false)
                .load();
            try {
                flyway.migrate();
                String here = migrations(c);
                if (!here.equals(manifest.getProperty("migrations"))) {
                    throw new IllegalStateException("the backup was made by a build with other database migrations;"
                            + " restore it with that build, then start this one (it migrates the data).\n  backup: "
                            + manifest.getProperty("migrations") + "\n  this build: " + here);
                }
                long rows = load(c, zip, manifest);
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
                out.printf("Restored: %s into %s (%s tables, %d rows, %.1f s)%n", file, db.describe(),
                        manifest.getProperty("tables").split(",").length, rows, seconds(started));
            }
            catch (Exception e) {
                try {
                    c.rollback();
                }
                catch (SQLException ignored) {
                    // the connection may be gone; clean uses its own
                }
                flyway.clean();
                err.println("The target database was emptied again.");
                throw e;
            }
        }
    }

    private long load(Connection c, ZipFile zip, Properties manifest) throws Exception {
        c.setAutoCommit(false);
        List<String> tables = List.of(manifest.getProperty("tables").split(","));
        List<String> here = tables(c);
        if (!here.containsAll(tables)) {
            List<String> missing = new ArrayList<>(tables);
            missing.removeAll(here);
            throw new IllegalStateException("tables of the backup missing in this schema: " + missing);
        }
        // A partitioned table's foreign key stands once more on each partition
        // (conparentid): dropped and made again with the table's own, not one by one.
        List<String[]> foreignKeys = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint
                where contype = 'f' and conparentid = 0 and connamespace = current_schema()::regnamespace""")) {
            while (rs.next()) {
                foreignKeys.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
            }
        }
        long total = 0;
        try (Statement st = c.createStatement()) {
            for (String[] fk : foreignKeys) {
                st.execute("ALTER TABLE " + fk[0] + " DROP CONSTRAINT " + quote(fk[1]));
            }
            st.execute("TRUNCATE " + String.join(", ", here.stream().map(DatabaseBackup::quote).toList()));
            for (String table : here) {
                st.execute("ALTER TABLE " + quote(table) + " DISABLE TRIGGER USER");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                ZipEntry entry = zip.getEntry("data/" + table + ".copy");
                if (entry == null) {
                    throw new IllegalStateException("the backup has no data of table " + table);
                }
                long rows;
                try (InputStream in = zip.getInputStream(entry)) {
                    rows = copy.copyIn(
                            "COPY " + quote(table) + " (" + String.join(", ", columns(c, table)) + ") FROM STDIN", in);
                }
                long expected = Long.parseLong(manifest.getProperty("rows." + table));
                if (rows != expected) {
                    throw new IllegalStateException(
                            "table " + table + ": " + rows + " rows loaded, the backup has " + expected);
                }
                total += rows;
            }
            for (String table : here) {
                st.execute("ALTER TABLE " + quote(table) + " ENABLE TRIGGER USER");
            }
            for (String[] fk : foreignKeys) {
                st.execute("ALTER TABLE " + fk[0] + " ADD CONSTRAINT " + quote(fk[1]) + " " + fk[2]);
            }
            String sequences = new String(zip.getInputStream(zip.getEntry(SEQUENCES)).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String line : sequences.split("\n")) {
                if (!line.isBlank()) {
                    String[] s = line.split("\t");
                    st.execute("SELECT setval('" + quote(s[0]).replace("'", "''") + "', " + Long.parseLong(s[1])
                            + ", true)");
                }
            }
        }
        c.commit();
        return total;
    }

    // ---- row counts
    // --------------------------------------------------------------------------------------------

    void countRows(Target target) throws Exception {
        try (Database db = target.open(false)) {
            Connection c = db.connection();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Map<String, Long> counts = new TreeMap<>();
            try (Statement st = c.createStatement()) {
                for (String table : tables(c)) {
                    try (ResultSet rs = st.executeQuery("select count(*) from " + quote(table))) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            c.commit();
            counts.forEach((table, n) -> out.println(table + "\t" + n));
        }
    }

    // ---- catalogue
    // ---------------------------------------------------------------------------------------------

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r' order by c.relname""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The stored columns (generated ones are computed again on load). */
    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var ps = c.prepareStatement("""
                select attname from pg_attribute where attrelid = ?::regclass and attnum > 0 and not attisdropped
                and attgenerated = '' order by attnum""")) {
            ps.setString(1, quote(table));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(quote(rs.getString(1)));
                }
            }
        }
        return columns;
    }

    private static String migrations(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select version, checksum from flyway_schema_history where success and version is not null
                order by string_to_array(version, '.')::int[]""")) {
            while (rs.next()) {
                versions.add(rs.getString(1) + ":" + rs.getString(2));
            }
        }
        return String.join(",", versions);
    }

    private static String sequences(Connection c) throws SQLException {
        StringBuilder s = new StringBuilder();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select sequencename, last_value from pg_sequences
                where schemaname = current_schema() and last_value is not null order by sequencename""")) {
            while (rs.next()) {
                s.append(rs.getString(1)).append('\t').append(rs.getLong(2)).append('\n');
            }
        }
        return s.toString();
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** The zip entry stays open after COPY writes into it. */
    private static final class NonClosing extends FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }

    }

    // ---- where the database is
    // ---------------------------------------------------------------------------------

    /** An external server (JDBC URL) or the embedded server's data folder. */
    record Target(String url, String username, String password, Path dataDir) {

        static Target of(Map<String, String> options, Map<String, String> env) {
            String url = options.getOrDefault("database-url", env.getOrDefault("DATABASE_URL", ""));
            if (!url.isBlank()) {
                return new Target(url,
                        options.getOrDefault("database-username", env.getOrDefault("DATABASE_USERNAME", "")),
                        options.getOrDefault("database-password", env.getOrDefault("DATABASE_PASSWORD", "")), null);
            }
            String dir = options.getOrDefault("data-dir", env.getOrDefault("WSPOLNIE_DATA_DIR", "./data/postgres"));
            return new Target(null, null, null, Path.of(dir).toAbsolutePath().normalize());
        }

        Database open(boolean createIfMissing) throws Exception {
            if (url != null) {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(url);
                if (!username.isBlank()) {
                    ds.setUser(username);
                }
                if (!password.isBlank()) {
                    ds.setPassword(password);
                }
                return new Database(ds, ds.getConnection(), null, "external server " + url.replaceAll("\\?.*", ""));
            }
            Integer running = runningPort();
            if (running != null) {
                return Database.embedded(running, null, "the running embedded server of " + dataDir);
            }
            if (!createIfMissing && !Files.exists(dataDir.resolve("PG_VERSION"))) {
                throw new IllegalStateException("no embedded database in " + dataDir + " (set WSPOLNIE_DATA_DIR or"
                        + " --data-dir, or DATABASE_URL for an external server)");
            }
            EmbeddedPostgres pg = EmbeddedPostgresConfig.start(dataDir.toString(), 0);
            try {
                EmbeddedPostgresConfig.createDatabaseIfMissing(pg);
                return Database.embedded(pg.getPort(), pg, "the embedded server of " + dataDir);
            }
            catch (RuntimeException e) {
                pg.close();
                throw e;
            }
        }

        /**
         * The port of the application's server on this folder, when it runs
         * (postmaster.pid, line 4).
         */
        private Integer runningPort() {
            Path pid = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pid)) {
                return null;
            }
            try {
                List<String> lines = Files.readAllLines(pid);
                int port = Integer.parseInt(lines.get(3).strip());
                try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=3", "postgres", "");
                        Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("show data_directory")) {
                    rs.next();
                    return Path.of(rs.getString(1)).toRealPath().equals(dataDir.toRealPath()) ? port : null;
                }
            }
            catch (IOException | SQLException | RuntimeException e) {
                // a stale file of a stopped server: the server is started below
                return null;
            }
        }
    }

    /**
     * An open connection, and the embedded server the tool started (stopped on close).
     */
    record Database(DataSource dataSource, Connection connection, EmbeddedPostgres started,
            String describe) implements AutoCloseable {

        static Database embedded(int port, EmbeddedPostgres started, String describe) throws SQLException {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL("jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresConfig.DATABASE);
            ds.setUser("postgres");
            return new Database(ds, ds.getConnection(), started, describe);
        }

        @Override
        public void close() throws IOException {
            try {
                connection.close();
            }
            catch (SQLException ignored) {
                // closing anyway
            }
            if (started != null) {
                started.close();
            }
        }
    }

    private static void quietLogging() {
        try {
            ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory
                .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.WARN);
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(Level.ERROR); // "outOfOrder
                                                                                                             // mode
                                                                                                             // is
                                                                                                             // active":
                                                                                                             // as
                                                                                                             // in
                                                                                                             // the
                                                                                                             // application
        }
        catch (ClassCastException | NoClassDefFoundError e) {
            // another logging backend: its own defaults
        }
    }

}
