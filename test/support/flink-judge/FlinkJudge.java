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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.table.catalog.Column;
import org.apache.flink.table.catalog.ResolvedSchema;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

/**
 * Tells whether Flink's own planner accepts a CREATE TABLE on one side (source or sink).
 *
 * <p>Reads newline-delimited JSON requests from stdin, {"id": n, "ddl": "CREATE TABLE ...",
 * "side": "source"|"sink"}, one at a time, and answers each with one JSON line on stdout:
 * {"id": n, "ok": true} or {"id": n, "ok": false, "stage": "request"|"ddl"|"plan", "message": "..."}.
 * "ddl" means executeSql refused the statement (syntax, types, catalog); "plan" means the
 * planner refused to build the table's source or sink (connector factory, options, formats).
 *
 * <p>A request may instead ask for a read: {"id": n, "ddl": "CREATE TABLE t ...", "read":
 * "SELECT ... FROM t", "limitMs": ms}. The table is created, the query runs as a job on a local
 * mini-cluster started for it, and its rows come back, every field as a string (or null):
 * {"id": n, "ok": true, "rows": [["1", "a"], ...]}. An updating query's changelog is applied,
 * so its rows are its final result. The query must end by itself (a bounded
 * source); one still running after limitMs is cancelled and answered with stage "timeout". A job
 * that fails is stage "run". The mini-cluster listens on 127.0.0.1 only.
 *
 * <p>Prints {"ready":true} once the environment is built and warmed up. Everything else that
 * would go to stdout goes to stderr, so stdout carries the protocol only.
 *
 * <p>All planning runs on the main thread: Calcite keeps state in thread-locals.
 */
public final class FlinkJudge {
  private static final int MAX_MESSAGE = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TableEnvironment env;
  private final Set<String> baseline;

  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor((task) -> {
    Thread thread = new Thread(task, "flink-judge-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private FlinkJudge() {
    env = TableEnvironment.create(EnvironmentSettings.newInstance().inStreamingMode().withConfiguration(loopbackOnly()).build());
    baseline = new HashSet<>(List.of(env.listTables()));
  }

  /**
   * The mini-cluster a read starts binds its servers to 127.0.0.1: left to its defaults, its
   * blob server listens on every address.
   */
  private static Configuration loopbackOnly() {
    Configuration conf = new Configuration();
    conf.set(JobManagerOptions.ADDRESS, "127.0.0.1");
    conf.set(JobManagerOptions.BIND_HOST, "127.0.0.1");
    conf.set(TaskManagerOptions.HOST, "127.0.0.1");
    conf.set(TaskManagerOptions.BIND_HOST, "127.0.0.1");
    conf.set(RestOptions.ADDRESS, "127.0.0.1");
    conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
    conf.set(CoreOptions.DEFAULT_PARALLELISM, 1);
    return conf;
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
    if (request.has("read")) return answerRead(reply, ddl.asText(), request.get("read"), request.get("limitMs"));
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

  private String answerRead(ObjectNode reply, String ddl, JsonNode query, JsonNode limitMs) {
    if (!query.isTextual()) return refusal(reply, "request", "read must be a string");
    if (limitMs == null || !limitMs.canConvertToLong() || limitMs.asLong() <= 0) {
      return refusal(reply, "request", "limitMs must be a positive number of milliseconds");
    }
    try {
      ArrayNode rows = read(ddl, query.asText(), limitMs.asLong());
      reply.put("ok", true);
      reply.set("rows", rows);
      return reply.toString();
    } catch (Refused refused) {
      return refusal(reply, refused.stage, refused.getMessage());
    }
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

  /** A request's refusal: the stage it came from and its message. */
  private static final class Refused extends Exception {
    final String stage;

    Refused(String stage, String message) {
      super(message, null, false, false);
      this.stage = stage;
    }
  }

  /**
   * Creates the table, runs the query to its end and returns its rows. The limit counts from
   * the start of the request; when it passes, the job is cancelled. Planning stays on this
   * thread; the watchdog only cancels.
   */
  private ArrayNode read(String ddl, String query, long limitMs) throws Refused {
    Running running = new Running();
    var timer = watchdog.schedule(running::timeOut, limitMs, TimeUnit.MILLISECONDS);
    try {
      try {
        env.executeSql(ddl);
      } catch (Throwable e) {
        throw new Refused("ddl", messageOf(e));
      }
      if (createdTables().size() != 1) {
        throw new Refused("ddl", "expected the statement to create one table, it created " + createdTables().size());
      }
      TableResult result;
      try {
        result = env.executeSql(query);
      } catch (Throwable e) {
        throw new Refused("plan", messageOf(e));
      }
      if (result.getJobClient().isEmpty()) throw new Refused("plan", "the query started no job");
      running.started(result.getJobClient().get());
      ArrayNode rows = JSON.createArrayNode();
      try (CloseableIterator<Row> iterator = result.collect()) {
        while (iterator.hasNext()) apply(rows, iterator.next());
      } catch (Throwable e) {
        if (!running.timedOut()) throw new Refused("run", messageOf(e));
      }
      if (running.timedOut()) {
        throw new Refused("timeout", "the query did not end within " + limitMs + " ms; its job was cancelled after " + rows.size() + " row(s)");
      }
      return rows;
    } finally {
      timer.cancel(false);
      running.cancel();
      dropCreated();
    }
  }

  /** The job a read started, cancelled when the limit passes (or when the read ends early). */
  private static final class Running {
    private JobClient job;
    private boolean timedOut;

    synchronized void started(JobClient job) {
      this.job = job;
      if (timedOut) cancel();
    }

    synchronized void timeOut() {
      timedOut = true;
      cancel();
    }

    synchronized boolean timedOut() {
      return timedOut;
    }

    synchronized void cancel() {
      if (job == null) return;
      try {
        if (!job.getJobStatus().get().isGloballyTerminalState()) job.cancel().get(10, TimeUnit.SECONDS);
      } catch (Throwable e) {
        System.err.println("flink-judge: could not cancel job " + job.getJobID() + ": " + messageOf(e));
      }
      job = null;
    }
  }

  /**
   * Applies one change of the query's changelog to the rows so far: an insert or an update's
   * new row is appended, a delete or an update's old row removes its first equal. An
   * insert-only query's rows are its rows in order; an updating one's (an aggregate's) are
   * its final result.
   */
  private static void apply(ArrayNode rows, Row change) {
    ArrayNode fields = fieldsOf(change);
    switch (change.getKind()) {
      case INSERT, UPDATE_AFTER -> rows.add(fields);
      case UPDATE_BEFORE, DELETE -> {
        for (int i = 0; i < rows.size(); i++) {
          if (rows.get(i).equals(fields)) {
            rows.remove(i);
            break;
          }
        }
      }
    }
  }

  /** A row's fields as strings, null as null. */
  private static ArrayNode fieldsOf(Row row) {
    ArrayNode fields = JSON.createArrayNode();
    for (int i = 0; i < row.getArity(); i++) {
      Object field = row.getField(i);
      if (field == null) fields.addNull();
      else fields.add(String.valueOf(field));
    }
    return fields;
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
