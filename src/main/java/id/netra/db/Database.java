package id.netra.db;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import id.netra.db.schema.DefaultSchema;

/**
 * The embedded store: one H2 file in the data folder, migrated by Flyway at open, reached through
 * jOOQ. Stores receive this object and never see JDBC URLs or connections.
 */
public final class Database implements AutoCloseable {

    static {
        // jOOQ greets on first use; the CLI's output must stay clean for scripts
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final DataDirectory dir;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String schemaVersion;
    private final char[] filePassword;
    private final FileVault files;
    private static final List<BulkWriteHook> BULK_HOOKS = ServiceLoader
            .load(BulkWriteHook.class, Database.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    private volatile StoreSession session = StoreSession.system();

    private Database(DataDirectory dir, InstanceLock lock, JdbcConnectionPool pool, String schemaVersion,
                     char[] filePassword, FileVault files) {
        this.dir = dir;
        this.lock = lock;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        this.filePassword = filePassword == null ? null : filePassword.clone();
        this.files = files;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(new SessionDataSource(), SQLDialect.H2, settings);
    }

    /** Opens (creating when absent) and migrates the store in {@code dir}. */
    public static Database open(DataDirectory dir) throws StoreException {
        return open(dir, null);
    }

    /** Environment variable a command line (a script cannot type into a prompt) gives the file password in. */
    public static final String PASSWORD_VARIABLE = "NETRA_STORE_PASSWORD";

    /**
     * Opens the store for a command: with the password from {@value #PASSWORD_VARIABLE} when the file
     * is encrypted (the variable keeps it out of the process list). Every CLI command opens this way.
     */
    public static Database openForCommand(DataDirectory dir) throws StoreException {
        if (!StoreFiles.isEncrypted(dir.databaseFile())) {
            return open(dir, null);
        }
        char[] password = commandPassword();
        if (password == null) {
            throw new StoreException(StoreException.Kind.PASSWORD_NEEDED, dir.toString());
        }
        return open(dir, password);
    }

    /** The file password a command line was given in {@value #PASSWORD_VARIABLE}; null when none. */
    public static char[] commandPassword() {
        String p = System.getenv(PASSWORD_VARIABLE);
        return p == null || p.isEmpty() ? null : p.toCharArray();
    }

    /**
     * Opens the store, encrypted with H2's AES file cipher when {@code filePassword} is given. A wrong
     * password, or none for an encrypted file, fails with {@link StoreException.Kind#WRONG_PASSWORD}.
     */
    public static Database open(DataDirectory dir, char[] filePassword) throws StoreException {
        try {
            dir.ensureExists();
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.CANNOT_OPEN, dir.toString(), e);
        }
        InstanceLock lock = InstanceLock.acquire(dir.lockFile());
        JdbcConnectionPool pool = null;
        try {
            boolean encrypt = filePassword != null;
            if (!encrypt && StoreFiles.isEncrypted(dir.databaseFile())) {
                throw new StoreException(StoreException.Kind.WRONG_PASSWORD, dir.toString());
            }
            pool = JdbcConnectionPool.create(url(dir.databaseBase(), encrypt), "sa", password(filePassword));
            pool.setMaxConnections(8);
            // open one connection now so a corrupt or foreign file fails here, not in the first query
            pool.getConnection().close();
            String version = migrate(pool);
            runOpenHooks(pool);
            FileVault vault = encrypt ? FileVault.forPassword(dir.filesDir(), filePassword) : FileVault.plain();
            return new Database(dir, lock, pool, version, filePassword, vault);
        } catch (IOException e) {
            dispose(pool, lock);
            throw new StoreException(StoreException.Kind.CANNOT_OPEN, dir.toString(), e);
        } catch (StoreException e) {
            dispose(pool, lock);
            throw e;
        } catch (SQLException e) {
            dispose(pool, lock);
            throw translate(e, dir);
        } catch (FlywayException e) {
            dispose(pool, lock);
            if (e.getMessage() != null && e.getMessage().contains("newer than")) {
                throw new StoreException(StoreException.Kind.NEWER_SCHEMA, dir.toString(), e);
            }
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw translate(sql, dir);
            }
            throw new StoreException(StoreException.Kind.CORRUPT, dir.toString(), e);
        } catch (RuntimeException e) {
            dispose(pool, lock);
            throw new StoreException(StoreException.Kind.CANNOT_OPEN, dir.toString(), e);
        }
    }

    /**
     * The H2 URL for a store file base (without {@code .mv.db}). DB_CLOSE_ON_EXIT off: we close in order
     * ourselves (backup at exit needs the store open). LOCK_TIMEOUT 10 s: audited writers queue on the
     * audit chain's head row, and a long import must not make a quick edit fail. WRITE_DELAY 0: a commit
     * is in the file when it returns, and no background writer stores half a transaction
     * (docs/decisions/0012).
     */
    public static String url(java.nio.file.Path base, boolean encrypted) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0" + (encrypted ? ";CIPHER=AES" : "");
    }

    /** H2 wants "filePassword userPassword"; the user password stays empty. */
    public static String password(char[] filePassword) {
        if (filePassword == null) {
            return "";
        }
        return new String(filePassword) + " ";
    }

    private static void runOpenHooks(JdbcConnectionPool pool) throws SQLException {
        for (StoreOpenHook hook : ServiceLoader.load(StoreOpenHook.class, Database.class.getClassLoader())) {
            try (Connection c = pool.getConnection()) {
                hook.afterMigrate(c);
            }
        }
    }

    private static String migrate(JdbcConnectionPool pool) throws SQLException {
        Optional<Integer> bundled = BundledMigrations.latest();
        Optional<Integer> applied = appliedVersion(pool);
        if (bundled.isPresent() && bundled.equals(applied)) {
            return String.valueOf(applied.get());
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // migrations are Netra's own writes: audit triggers must not flag them as outside the app
                .initSql("SET @" + StoreSession.VARIABLE + " = 'ADMIN:netra-migration'")
                .load();
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /**
     * The newest successfully applied migration, read straight from Flyway's history table; empty
     * for a new store or when any migration failed (then Flyway must run and report it).
     */
    private static Optional<Integer> appliedVersion(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
                if (!exists.next() || exists.getInt(1) == 0) {
                    return Optional.empty();
                }
            }
            try (ResultSet failed = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                if (failed.next() && failed.getInt(1) > 0) {
                    return Optional.empty();
                }
            }
            Integer max = null;
            try (ResultSet versions = s.executeQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                while (versions.next()) {
                    String v = versions.getString(1);
                    if (v.matches("\\d+")) {
                        int n = Integer.parseInt(v);
                        max = max == null || n > max ? n : max;
                    }
                }
            }
            return Optional.ofNullable(max);
        }
    }

    private static StoreException translate(SQLException e, DataDirectory dir) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreException(StoreException.Kind.ALREADY_RUNNING, dir.toString(), e);
        }
        if (code == ErrorCode.WRONG_PASSWORD_FORMAT || code == ErrorCode.WRONG_USER_OR_PASSWORD
                || code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
            return new StoreException(StoreException.Kind.WRONG_PASSWORD, dir.toString(), e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.GENERAL_ERROR_1
                || code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2) {
            return new StoreException(StoreException.Kind.CORRUPT, dir.databaseFile().toString(), e);
        }
        return new StoreException(StoreException.Kind.CANNOT_OPEN, dir.toString(), e);
    }

    private static void dispose(JdbcConnectionPool pool, InstanceLock lock) {
        if (pool != null) {
            pool.dispose();
        }
        lock.close();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Runs {@code work} in one transaction: everything or nothing reaches the file. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        Objects.requireNonNull(work);
        return dsl.transactionResult(cfg -> work.apply(DSL.using(cfg)));
    }

    public void inTransactionRun(java.util.function.Consumer<DSLContext> work) {
        dsl.transaction(cfg -> work.accept(DSL.using(cfg)));
    }

    /**
     * One transaction for thousands of rows (a roster import): like {@link #inTransactionRun}, with
     * the {@link BulkWriteHook}s told where it begins and ends so per-row bookkeeping can be done
     * once. Nothing else may share the transaction's connection meanwhile.
     */
    public void inBulkTransaction(java.util.function.Consumer<DSLContext> work) {
        dsl.transaction(cfg -> {
            DSLContext ctx = DSL.using(cfg);
            ctx.connection(c -> {
                for (BulkWriteHook h : BULK_HOOKS) {
                    h.begin(c);
                }
            });
            try {
                work.accept(ctx);
                ctx.connection(c -> {
                    for (BulkWriteHook h : BULK_HOOKS) {
                        h.beforeCommit(c);
                    }
                });
            } catch (RuntimeException failure) {
                // the work's failure is what the caller needs to see, not a failing clean-up after it
                try {
                    endBulk(ctx);
                } catch (RuntimeException cleanUp) {
                    failure.addSuppressed(cleanUp);
                }
                throw failure;
            }
            endBulk(ctx);
        });
    }

    private static void endBulk(DSLContext ctx) {
        ctx.connection(c -> {
            for (BulkWriteHook h : BULK_HOOKS) {
                h.end(c);
            }
        });
    }

    public DataDirectory directory() {
        return dir;
    }

    public boolean isEncrypted() {
        return filePassword != null;
    }

    /** The store password (a copy), for backups of an encrypted store; null when not encrypted. */
    public char[] filePassword() {
        return filePassword == null ? null : filePassword.clone();
    }

    /** Evidence and scans: read and write them here so they are encrypted when the store is. */
    public FileVault files() {
        return files;
    }

    /** Who the following writes are made by (the audit log names them; read-only roles are refused). */
    public void setSession(StoreSession session) {
        this.session = Objects.requireNonNull(session);
    }

    public StoreSession session() {
        return session;
    }

    /**
     * The pool, with every borrowed connection told who is working. A plain SET per borrow costs a few
     * microseconds and keeps the session right even when the user changes while connections are idle.
     */
    private final class SessionDataSource implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = pool.getConnection();
            try (PreparedStatement set = c.prepareStatement("SET @" + StoreSession.VARIABLE + " = ?")) {
                set.setString(1, session.encoded());
                set.execute();
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return pool.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** Row count of every application table, in schema order: for {@code info} and backup manifests. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName().toLowerCase(java.util.Locale.ROOT), dsl.fetchCount(table));
        }
        return counts;
    }

    @Override
    public void close() {
        try {
            // H2 closes the file when the last pooled connection goes (DB_CLOSE_DELAY 0)
            pool.dispose();
        } finally {
            if (filePassword != null) {
                java.util.Arrays.fill(filePassword, '\0');
            }
            lock.close();
        }
    }
}
