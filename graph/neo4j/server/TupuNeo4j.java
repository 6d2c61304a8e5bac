/*
 * tupu's local Neo4j: Neo4j 5.26 Community embedded, with Bolt on a loopback address.
 * Run in source-file mode (no build step), with the jars fetched by `npx tupu neo4j fetch`:
 *
 *   java --add-opens ... -cp '<jars>/*' TupuNeo4j.java --home .tupu/neo4j --host 127.0.0.1 --port 7687
 *
 * Auth is off (the server listens on loopback only) unless NEO4J_PASSWORD is set, in which case
 * auth is on and the user NEO4J_USER (default neo4j) gets that password.
 *
 * LOAD CSV is locked down by the server, whatever the query text: file URLs are refused unless
 * TUPU_NEO4J_ALLOW_FILE_URLS=true (then only files under <home>/import), and every network
 * address is on Cypher's IP blocklist unless TUPU_NEO4J_ALLOW_URL_IMPORT=true, so a query cannot
 * read the machine's files or send what it read to another host. Prints one line
 * "TUPU_NEO4J READY bolt://host:port" when Bolt accepts connections, and shuts the database
 * down cleanly on SIGTERM / SIGINT (shutdown hook), then prints "TUPU_NEO4J STOPPED".
 */
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

public class TupuNeo4j {
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(opts.getOrDefault("home", ".tupu/neo4j")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
        long pageCache = parseBytes(opts.getOrDefault("pagecache", "2g"));
        String password = emptyToNull(System.getenv("NEO4J_PASSWORD"));
        String user = emptyToNull(System.getenv("NEO4J_USER"));
        if (user == null) user = "neo4j";

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
            try {
                dbms.shutdown();
            } finally {
                System.out.println("TUPU_NEO4J STOPPED");
                System.out.flush();
                stopped.countDown();
            }
        }, "tupu-neo4j-shutdown"));

        if (password != null) setPassword(dbms, user, password);
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println("TUPU_NEO4J READY bolt://" + host + ":" + port + " home=" + home
                + " auth=" + (password != null ? "on" : "off")
                + " file-urls=" + (fileUrls ? "import-folder" : "off")
                + " url-import=" + (urlImport ? "on" : "off"));
        System.out.flush();
        stopped.await();
    }

    /** Community has one built-in user, neo4j; other names are created. Idempotent. */
    private static void setPassword(DatabaseManagementService dbms, String user, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = new HashMap<>();
        params.put("pw", password);
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
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("TupuNeo4j: expected --name value pairs, got " + a);
            }
            out.put(a.substring(2), args[++i]);
        }
        return out;
    }

    private static long parseBytes(String s) {
        String t = s.trim().toLowerCase();
        long mult = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k') mult = 1L << 10;
        if (last == 'm') mult = 1L << 20;
        if (last == 'g') mult = 1L << 30;
        if (mult > 1) t = t.substring(0, t.length() - 1);
        return Long.parseLong(t) * mult;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
