/*
 * tupu's local Neo4j: Neo4j 5.26 Community embedded, with Bolt on a loopback address. Run with
 * the jars fetched by `npx tupu neo4j fetch` (compiled once by graph/neo4j/server/launcher.ts,
 * or in source-file mode: `java --add-opens ... -cp '<jars>/*' TupuNeo4j.java --home … --port …`).
 *
 * Auth is off (loopback only) unless NEO4J_PASSWORD is set: then the user NEO4J_USER (default
 * neo4j) gets that password. LOAD CSV is locked down whatever the query text: file URLs are
 * refused unless TUPU_NEO4J_ALLOW_FILE_URLS=true (then only files under <home>/import), and every
 * network address is blocked unless TUPU_NEO4J_ALLOW_URL_IMPORT=true, so a query cannot read the
 * machine's files or send them elsewhere. Prints "TUPU_NEO4J READY bolt://host:port" when Bolt
 * accepts connections; SIGTERM / SIGINT shut the database down cleanly ("TUPU_NEO4J STOPPED").
 *
 * Bulk swap (graph/neo4j/bulk.ts): a request file in <home>/bulk-swap asks for the default
 * database's two folders to be replaced by ones imported into a staging folder; the database is
 * stopped, swapped and started inside this JVM (Community cannot STOP/START a database by Cypher,
 * and a JVM restart costs far more); Bolt keeps listening. If it does not start on the new
 * folders, the previous ones are put back. Imports (NAME.import) run in this JVM too, and the
 * warm-up of class BulkWarmUp below runs the bulk and MERGE paths once on a throwaway graph.
 */
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import inet.ipaddr.IPAddressString;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.dbms.database.DatabaseContextProvider;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.database.AbstractDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public class TupuNeo4j {
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(opts.getOrDefault("home", ".tupu/neo4j")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        long pageCache = parseBytes(opts.getOrDefault("pagecache", "2g"));
        String password = emptyToNull(System.getenv("NEO4J_PASSWORD"));
        String user = Objects.requireNonNullElse(emptyToNull(System.getenv("NEO4J_USER")), "neo4j");

        boolean fileUrls = "true".equals(System.getenv("TUPU_NEO4J_ALLOW_FILE_URLS"));
        boolean urlImport = "true".equals(System.getenv("TUPU_NEO4J_ALLOW_URL_IMPORT"));
        // Internal in 5.26 (the public name came later): CIDR ranges LOAD CSV may not fetch from.
        List<IPAddressString> blocked = urlImport
                ? List.of()
                : List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist, blocked)
                .setConfig(GraphDatabaseSettings.allow_file_urls, fileUrls)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("TUPU_NEO4J STOPPING");
            System.out.flush();
            try { dbms.shutdown(); } finally {
                System.out.println("TUPU_NEO4J STOPPED");
                System.out.flush();
                stopped.countDown();
            }
        }, "tupu-neo4j-shutdown"));

        if (password != null) setPassword(dbms, user, password);
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        startSwapWatcher(dbms, home);
        System.out.println("TUPU_NEO4J READY bolt://" + host + ":" + port + " home=" + home + " auth=" + (password != null ? "on" : "off")
                + " file-urls=" + (fileUrls ? "import-folder" : "off") + " url-import=" + (urlImport ? "on" : "off")
                + " swap=" + SWAP_DIR + " import=in-jvm warm=bulk");
        System.out.flush();
        stopped.await();
    }

    static final String SWAP_DIR = "bulk-swap";

    /**
     * Polls <home>/bulk-swap for NAME.request files (written whole, by rename): two lines, the
     * folder to take the database from and the folder to move the current one into, both
     * Neo4j homes (data/databases/neo4j, data/transactions/neo4j) under <home>. Answers with
     * NAME.result: "ok", or "failed: reason" once the previous database serves again.
     */
    private static void startSwapWatcher(DatabaseManagementService dbms, Path home) throws IOException {
        Path dir = home.resolve(SWAP_DIR);
        Files.createDirectories(dir);
        // Requests left by a load whose server went away were answered with an error already.
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir)) { for (Path p : stale) Files.deleteIfExists(p); }
        Thread watcher = new Thread(() -> {
            while (true) {
                try (DirectoryStream<Path> requests = Files.newDirectoryStream(dir, "*.{request,import,warm,cancel}")) {
                    // Cancels last: one that came with its request still finds the work started.
                    List<Path> sorted = new ArrayList<>();
                    requests.forEach(sorted::add);
                    sorted.sort(Comparator.comparing(p -> p.toString().endsWith(".cancel")));
                    for (Path request : sorted) {
                        String file = request.getFileName().toString();
                        if (file.endsWith(".request")) answer(dbms, home, request);
                        else if (file.endsWith(".import")) startImport(home, request);
                        else if (file.endsWith(".warm")) BulkWarmUp.start(home, request);
                        else cancelImport(request);
                    }
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                } catch (Throwable e) {
                    System.out.println("TUPU_NEO4J swap watcher: " + e);
                    try { Thread.sleep(1000); } catch (InterruptedException stop) { return; }
                }
            }
        }, "tupu-bulk-swap");
        watcher.setDaemon(true); watcher.start();
    }

    private static void answer(DatabaseManagementService dbms, Path home, Path request) throws IOException {
        String name = request.getFileName().toString().replaceFirst("\\.request$", "");
        String result;
        try {
            List<String> lines = Files.readAllLines(request, StandardCharsets.UTF_8);
            Files.delete(request);
            result = swap(dbms, home, inside(home, lines.get(0)), inside(home, lines.get(1)));
        } catch (Throwable e) { result = "failed: " + e; }
        writeResult(request.resolveSibling(name + ".result"), result);
    }

    /** Imports running in this JVM, by request name (for cancel requests). */
    static final Map<String, Thread> IMPORTS = new ConcurrentHashMap<>();
    static final Set<String> CANCELLED = ConcurrentHashMap.newKeySet();

    /**
     * NAME.import: the Neo4j home to import into (inside <home>), then the importer's arguments,
     * one a line. Runs `neo4j-admin database import full` in this JVM on its own thread (a
     * separate importer JVM spends seconds starting and runs its code cold; this one is warm
     * after the first load), its output going to NAME.log; answers NAME.result with "ok" or
     * "failed: exit N" / "failed: reason". NAME.cancel interrupts it.
     */
    private static void startImport(Path home, Path request) throws IOException {
        String name = request.getFileName().toString().replaceFirst("\\.import$", "");
        List<String> lines = Files.readAllLines(request, StandardCharsets.UTF_8);
        Files.delete(request);
        Path log = request.resolveSibling(name + ".log");
        Thread worker = new Thread(() -> {
            String result;
            try (PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
                Path target = inside(home, lines.get(0));
                String[] args = lines.subList(1, lines.size()).toArray(new String[0]);
                int code = AdminTool.execute(new ExecutionContext(target, target.resolve("conf"), out, out,
                        new DefaultFileSystemAbstraction()), args);
                // The importer catches the interrupt and ends with an error code: say why.
                result = code == 0 ? "ok" : CANCELLED.contains(name) ? "failed: cancelled" : "failed: exit " + code;
            } catch (Throwable e) { result = "failed: " + e; } finally {
                IMPORTS.remove(name);
                CANCELLED.remove(name);
            }
            System.out.println("TUPU_NEO4J import " + name + ": " + result);
            System.out.flush();
            try { writeResult(request.resolveSibling(name + ".result"), result); }
            catch (IOException e) { System.out.println("TUPU_NEO4J import " + name + ": " + e); }
        }, "tupu-import-" + name);
        IMPORTS.put(name, worker);
        worker.start();
    }

    private static void cancelImport(Path request) throws IOException {
        String name = request.getFileName().toString().replaceFirst("\\.cancel$", "");
        Files.delete(request);
        if (BulkWarmUp.RUNNING.contains(name)) {
            CANCELLED.add(name);
            BulkWarmUp.terminate(name); // a MERGE batch in flight ends now, not after its 10k rows
        }
        Thread worker = IMPORTS.get(name);
        if (worker == null) return;
        CANCELLED.add(name);
        worker.interrupt();
    }

    static void writeResult(Path result, String text) throws IOException {
        Path tmp = result.resolveSibling(result.getFileName() + ".tmp");
        Files.writeString(tmp, text + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, result, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Only folders inside the server's home are moved. */
    static Path inside(Path home, String path) {
        Path p = Path.of(path).toAbsolutePath().normalize();
        if (!p.startsWith(home) || p.equals(home)) throw new IllegalArgumentException("not inside " + home + ": " + path);
        return p;
    }

    private static Path[] databaseDirs(Path root) {
        String name = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
        return new Path[] { root.resolve("data").resolve("databases").resolve(name),
                root.resolve("data").resolve("transactions").resolve(name) };
    }

    /** Stop the default database, move `from`'s folders in (the current ones to `aside`), start it. */
    private static String swap(DatabaseManagementService dbms, Path home, Path from, Path aside) throws Exception {
        Path[] live = databaseDirs(home);
        Path[] incoming = databaseDirs(from);
        Path[] previous = databaseDirs(aside);
        for (Path p : incoming)
            if (!Files.isDirectory(p)) throw new IllegalArgumentException("no database folder " + p);
        GraphDatabaseAPI api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        DatabaseContextProvider<?> contexts = api.getDependencyResolver().resolveDependency(DatabaseContextProvider.class);
        AbstractDatabase database = contexts.getDatabaseContext(api.databaseId()).orElseThrow().database();
        database.stop();
        boolean swapped = false;
        try {
            for (int i = 0; i < live.length; i++) {
                Files.createDirectories(previous[i].getParent());
                if (Files.exists(live[i])) Files.move(live[i], previous[i], StandardCopyOption.ATOMIC_MOVE);
            }
            swapped = true;
            for (int i = 0; i < live.length; i++) Files.move(incoming[i], live[i], StandardCopyOption.ATOMIC_MOVE);
            database.start();
            api.executeTransactionally("MATCH (n) RETURN count(n) AS n");
            return "ok";
        } catch (Throwable e) {
            // It may not have started; the folders are put back either way.
            try { database.stop(); } catch (Throwable ignored) { }
            if (swapped) {
                for (int i = 0; i < live.length; i++) {
                    if (Files.exists(live[i])) {
                        Files.createDirectories(incoming[i].getParent());
                        Files.move(live[i], incoming[i], StandardCopyOption.ATOMIC_MOVE);
                    }
                    if (Files.exists(previous[i])) Files.move(previous[i], live[i], StandardCopyOption.ATOMIC_MOVE);
                }
            }
            database.start();
            return "failed: " + e;
        }
    }

    /** Community has one built-in user, neo4j; other names are created. Idempotent. */
    private static void setPassword(DatabaseManagementService dbms, String user, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = Map.of("pw", password);
        String quoted = "`" + user.replace("`", "``") + "`";
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
                Map.of("user", user),
                r -> ((Number) r.next().get("n")).longValue() > 0);
        String verb = exists ? "ALTER USER " : "CREATE USER ";
        system.executeTransactionally(verb + quoted + " SET PASSWORD $pw CHANGE NOT REQUIRED", params);
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length)
                throw new IllegalArgumentException("TupuNeo4j: expected --name value pairs, got " + a);
            out.put(a.substring(2), args[++i]);
        }
        return out;
    }

    private static long parseBytes(String s) {
        String t = s.trim().toLowerCase();
        int unit = "kmg".indexOf(t.charAt(t.length() - 1)) + 1; // 0: plain bytes
        return Long.parseLong(unit == 0 ? t : t.substring(0, t.length() - 1)) << (10 * unit);
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }
}

/**
 * The bulk and MERGE paths' code compiled before the first load (graph/neo4j/warm-bulk.ts, warm-merge.ts; why in
 * docs/neo4j.md). NAME.warm: a scratch folder inside <home> (deleted at the end), a grace period in ms, the importer's
 * arguments, "--schema", the schema statements, optionally "--merge" and a JSON file of MERGE batches. The importer
 * writes a throwaway graph into <scratch>/home, a second DBMS of this JVM (no Bolt; the user's database is never
 * opened by it) opens that folder, builds the schema, writes NAME.merging and MERGEs the batches (statement "s",
 * parameters "p"), then shuts down. NAME.running (written by the requester) is removed at the end, NAME.waiting when
 * the grace period ends; NAME.cancel stops it (the import is interrupted, a MERGE batch terminated). Answers NAME.result.
 */
class BulkWarmUp {
    static final Set<String> RUNNING = ConcurrentHashMap.newKeySet();
    /** The MERGE batch each warm-up runs, terminated by a cancel (a bulk load waits for nothing). */
    private static final Map<String, Transaction> MERGING = new ConcurrentHashMap<>();
    private static final String CALLED_OFF = "ok (MERGE warm-up cancelled)";

    static void terminate(String name) {
        Transaction tx = MERGING.get(name);
        try { if (tx != null) tx.terminate(); } catch (RuntimeException closed) { } // it ended meanwhile
    }

    static void start(Path home, Path request) throws IOException {
        String name = request.getFileName().toString().replaceFirst("\\.warm$", "");
        List<String> lines = Files.readAllLines(request, StandardCharsets.UTF_8);
        Files.delete(request);
        Path running = request.resolveSibling(name + ".running"), waiting = request.resolveSibling(name + ".waiting"),
                merging = request.resolveSibling(name + ".merging");
        RUNNING.add(name);
        Thread worker = new Thread(() -> {
            String result;
            Path scratch = null;
            try (PrintStream out = new PrintStream(Files.newOutputStream(request.resolveSibling(name + ".log")), true,
                    StandardCharsets.UTF_8)) {
                scratch = TupuNeo4j.inside(home, lines.get(0));
                // A grace period first (line 2, ms): a load that comes right after the start
                // cancels the warm-up before its import competes with it for the CPU.
                for (long ms = Long.parseLong(lines.get(1)); ms > 0 && !TupuNeo4j.CANCELLED.contains(name); ms -= 100)
                    Thread.sleep(100);
                Files.deleteIfExists(waiting); // it imports now: a bulk load waits for it, not calls it off
                if (TupuNeo4j.CANCELLED.contains(name)) throw new InterruptedException();
                int split = lines.indexOf("--schema"), merge = lines.indexOf("--merge");
                Path target = scratch.resolve("home");
                int code = AdminTool.execute(new ExecutionContext(target, target.resolve("conf"), out, out,
                        new DefaultFileSystemAbstraction()), lines.subList(2, split).toArray(new String[0]));
                TupuNeo4j.IMPORTS.remove(name);
                result = code != 0 ? "failed: exit " + code : populate(target, lines.subList(split + 1,
                        merge < 0 ? lines.size() : merge), merge < 0 ? null : Path.of(lines.get(merge + 1)), merging, name);
            } catch (Throwable e) { result = "failed: " + e; }
            TupuNeo4j.IMPORTS.remove(name);
            Thread.interrupted();
            if (TupuNeo4j.CANCELLED.remove(name) && !result.startsWith("ok")) result = "failed: cancelled";
            try {
                if (scratch != null) deleteTree(scratch);
                TupuNeo4j.writeResult(request.resolveSibling(name + ".result"), result);
                for (Path marker : List.of(waiting, merging, running)) Files.deleteIfExists(marker);
            } catch (IOException e) { result += "; " + e; }
            RUNNING.remove(name);
            System.out.println("TUPU_NEO4J warm-up " + name + ": " + result);
            System.out.flush();
        }, "tupu-warm-" + name);
        TupuNeo4j.IMPORTS.put(name, worker);
        worker.start();
    }

    /** Open the imported folder in a DBMS of its own, build the schema as a load does, wait for it, MERGE `merge`. */
    @SuppressWarnings("unchecked")
    private static String populate(Path target, List<String> schema, Path merge, Path merging, String name) throws Exception {
        if (TupuNeo4j.CANCELLED.contains(name)) return "failed: cancelled";
        DatabaseManagementService scratch = new DatabaseManagementServiceBuilder(target)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L << 20).build();
        try {
            GraphDatabaseService db = scratch.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (String statement : schema) {
                if (TupuNeo4j.CANCELLED.contains(name)) return "failed: cancelled";
                db.executeTransactionally(statement);
            }
            String populating = "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n";
            while (db.executeTransactionally(populating, Map.of(), r -> ((Number) r.next().get("n")).longValue()) > 0) {
                if (TupuNeo4j.CANCELLED.contains(name)) return "failed: cancelled";
                Thread.sleep(100);
            }
            if (merge == null) return "ok";
            Files.writeString(merging, ""); // a bulk load calls the rest off: what it runs is compiled
            for (Map<String, Object> batch : (List<Map<String, Object>>) new ObjectMapper().readValue(merge.toFile(), List.class)) {
                try (Transaction tx = db.beginTx()) {
                    // Registered before the check: a cancel either sees this transaction or is seen here.
                    MERGING.put(name, tx);
                    if (TupuNeo4j.CANCELLED.contains(name)) return CALLED_OFF;
                    tx.execute((String) batch.get("s"), (Map<String, Object>) batch.get("p")).accept(row -> true);
                    tx.commit();
                } catch (RuntimeException e) {
                    if (!TupuNeo4j.CANCELLED.contains(name)) throw e;
                    return CALLED_OFF; // terminated by the cancel
                } finally { MERGING.remove(name); }
            }
            return "ok";
        } finally {
            Thread.interrupted(); // a cancel that came as an interrupt must not stop the shutdown
            scratch.shutdown();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
