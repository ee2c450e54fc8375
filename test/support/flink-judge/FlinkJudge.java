import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.catalog.Column;
import org.apache.flink.table.catalog.ResolvedSchema;

/**
 * Tells whether Flink's own planner accepts a CREATE TABLE on one side (source or sink).
 *
 * <p>Reads newline-delimited JSON requests from stdin, {"id": n, "ddl": "CREATE TABLE ...",
 * "side": "source"|"sink"}, one at a time, and answers each with one JSON line on stdout:
 * {"id": n, "ok": true} or {"id": n, "ok": false, "stage": "request"|"ddl"|"plan", "message": "..."}.
 * "ddl" means executeSql refused the statement (syntax, types, catalog); "plan" means the
 * planner refused to build the table's source or sink (connector factory, options, formats).
 * Prints {"ready":true} once the environment is built and warmed up. Everything else that
 * would go to stdout goes to stderr, so stdout carries the protocol only.
 *
 * <p>All planning runs on the main thread: Calcite keeps state in thread-locals.
 */
public final class FlinkJudge {
  private static final int MAX_MESSAGE = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TableEnvironment env;
  private final Set<String> baseline;

  private FlinkJudge() {
    env = TableEnvironment.create(EnvironmentSettings.inStreamingMode());
    baseline = new HashSet<>(List.of(env.listTables()));
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    FlinkJudge judge = new FlinkJudge();
    // Warm-up: the first plan loads the planner's classes; do it before saying ready.
    judge.judge("CREATE TABLE warm_up (a BIGINT, b STRING) WITH ('connector' = 'datagen')", "source");
    judge.judge("CREATE TABLE warm_up (a BIGINT, b STRING) WITH ('connector' = 'blackhole')", "sink");
    out.println("{\"ready\":true}");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      if (line.isBlank()) continue;
      out.println(judge.answer(line));
    }
  }

  /** One request line to one answer line; never throws. */
  private String answer(String line) {
    ObjectNode reply = JSON.createObjectNode();
    JsonNode request;
    try {
      request = JSON.readTree(line);
    } catch (Exception e) {
      reply.putNull("id");
      return refusal(reply, "request", "not JSON: " + messageOf(e));
    }
    if (request == null || !request.isObject()) {
      reply.putNull("id");
      return refusal(reply, "request", "a request is a JSON object");
    }
    reply.set("id", request.has("id") ? request.get("id") : JSON.nullNode());
    JsonNode ddl = request.get("ddl");
    JsonNode side = request.get("side");
    if (ddl == null || !ddl.isTextual()) return refusal(reply, "request", "ddl must be a string");
    if (side == null || !(side.asText().equals("source") || side.asText().equals("sink"))) {
      return refusal(reply, "request", "side must be \"source\" or \"sink\"");
    }
    String[] verdict = judge(ddl.asText(), side.asText());
    if (verdict == null) {
      reply.put("ok", true);
      return reply.toString();
    }
    return refusal(reply, verdict[0], verdict[1]);
  }

  private static String refusal(ObjectNode reply, String stage, String message) {
    reply.put("ok", false);
    reply.put("stage", stage);
    reply.put("message", message);
    return reply.toString();
  }

  /** Null when the planner accepts the table on that side, else {stage, message}. */
  private String[] judge(String ddl, String side) {
    try {
      try {
        env.executeSql(ddl);
      } catch (Throwable e) {
        return new String[] {"ddl", messageOf(e)};
      }
      List<String> created = createdTables();
      if (created.size() != 1) {
        return new String[] {"ddl", "expected the statement to create one table, it created " + created.size()};
      }
      String table = quote(created.get(0));
      try {
        if (side.equals("source")) {
          env.explainSql("SELECT * FROM " + table);
        } else {
          env.explainSql("INSERT INTO " + table + " SELECT " + nullRow(env.from(table).getResolvedSchema()));
        }
      } catch (Throwable e) {
        return new String[] {"plan", messageOf(e)};
      }
      return null;
    } finally {
      dropCreated();
    }
  }

  /** CAST(NULL AS type) AS name for each column a sink writes (physical and writable metadata). */
  private static String nullRow(ResolvedSchema schema) {
    List<String> columns = new ArrayList<>();
    for (Column column : schema.getColumns()) {
      if (!column.isPersisted()) continue;
      String type = column.getDataType().getLogicalType().copy(true).asSerializableString();
      columns.add("CAST(NULL AS " + type + ") AS " + quote(column.getName()));
    }
    return String.join(", ", columns);
  }

  private List<String> createdTables() {
    List<String> created = new ArrayList<>();
    for (String name : env.listTables()) {
      if (!baseline.contains(name)) created.add(name);
    }
    return created;
  }

  /** Drops whatever the request created, temporary or not, so that names can repeat. */
  private void dropCreated() {
    Set<String> temporary = new HashSet<>(List.of(env.listTemporaryTables()));
    Set<String> views = new HashSet<>(List.of(env.listViews()));
    for (String name : createdTables()) {
      try {
        if (views.contains(name)) {
          if (!env.dropTemporaryView(name)) env.executeSql("DROP VIEW IF EXISTS " + quote(name));
        } else if (temporary.contains(name)) {
          env.dropTemporaryTable(name);
        } else {
          env.executeSql("DROP TABLE IF EXISTS " + quote(name));
        }
      } catch (Throwable e) {
        System.err.println("flink-judge: could not drop " + name + ": " + messageOf(e));
      }
    }
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /**
   * The top message and the innermost cause's message, which is usually the one that names
   * the option; the messages in between follow when there is room.
   */
  static String messageOf(Throwable top) {
    Set<String> chain = new LinkedHashSet<>();
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = top; t != null && seen.add(t); t = t.getCause()) {
      String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage().trim();
      // A cause whose message the outer one already quotes (a parse error's) adds nothing.
      if (!message.isEmpty() && chain.stream().noneMatch((outer) -> outer.contains(message))) chain.add(message);
    }
    List<String> messages = new ArrayList<>(chain);
    if (messages.isEmpty()) return top.getClass().getName();
    String first = messages.get(0);
    if (messages.size() == 1) return trim(first, MAX_MESSAGE);
    String last = messages.get(messages.size() - 1);
    String innermost = trim(last, MAX_MESSAGE / 2);
    StringBuilder text = new StringBuilder(trim(first, MAX_MESSAGE - innermost.length() - 12));
    for (String middle : messages.subList(1, messages.size() - 1)) {
      if (text.length() + middle.length() + innermost.length() + 24 > MAX_MESSAGE) break;
      text.append("\nCaused by: ").append(middle);
    }
    return text.append("\nCaused by: ").append(innermost).toString();
  }

  private static String trim(String text, int max) {
    return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
  }
}
