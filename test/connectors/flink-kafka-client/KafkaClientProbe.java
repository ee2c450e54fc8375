import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.connector.kafka.source.KafkaSourceOptions;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ArrayNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * Asks the kafka-clients jar on the Flink judge's classpath what it knows, one mode per run,
 * answering with one JSON document on stdout:
 *
 * <ul>
 *   <li>{@code configs}: the kafka-clients version, every config name of ConsumerConfig,
 *       ProducerConfig and AdminClientConfig with its ConfigDef type, and the property names
 *       Flink's KafkaSource reads itself (KafkaSourceOptions).
 *   <li>{@code values}: stdin is a JSON array of [name, value]; answers, for each, null when
 *       the ConfigDef that defines the name parses and validates the value, else Kafka's message.
 *   <li>{@code jaas}: stdin is a JSON array of sasl.jaas.config texts; answers, for each,
 *       {module, flag, options} as Kafka's client JAAS context reads it, or {error}.
 * </ul>
 */
public final class KafkaClientProbe {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<ConfigDef> DEFS =
      List.of(ConsumerConfig.configDef(), ProducerConfig.configDef(), AdminClientConfig.configDef());

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    switch (args[0]) {
      case "configs" -> out.println(configs());
      case "values" -> out.println(values(JSON.readTree(System.in)));
      case "jaas" -> out.println(jaas(JSON.readTree(System.in)));
      default -> throw new IllegalArgumentException("mode: configs | values | jaas");
    }
  }

  private static ObjectNode configs() throws IllegalAccessException {
    Map<String, String> types = new TreeMap<>();
    for (ConfigDef def : DEFS) {
      def.configKeys().forEach((name, key) -> types.putIfAbsent(name, key.type.name()));
    }
    ObjectNode reply = JSON.createObjectNode();
    reply.put("version", AppInfoParser.getVersion());
    reply.set("configs", JSON.valueToTree(types));
    ArrayNode flink = reply.putArray("flinkSourceProperties");
    for (Field field : KafkaSourceOptions.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof ConfigOption<?> option) {
        flink.add(option.key());
      }
    }
    return reply;
  }

  private static ArrayNode values(JsonNode pairs) {
    ArrayNode reply = JSON.createArrayNode();
    for (JsonNode pair : pairs) {
      String name = pair.get(0).asText();
      String value = pair.get(1).asText();
      ConfigDef.ConfigKey key =
          DEFS.stream().map(def -> def.configKeys().get(name)).filter(k -> k != null).findFirst().orElseThrow();
      try {
        Object parsed = ConfigDef.parseType(name, value, key.type);
        if (key.validator != null) key.validator.ensureValid(name, parsed);
        reply.addNull();
      } catch (RuntimeException e) {
        reply.add(e.getMessage());
      }
    }
    return reply;
  }

  private static ArrayNode jaas(JsonNode texts) {
    ArrayNode reply = JSON.createArrayNode();
    for (JsonNode text : texts) {
      ObjectNode answer = reply.addObject();
      try {
        JaasContext context =
            JaasContext.loadClientContext(Map.of(SaslConfigs.SASL_JAAS_CONFIG, new Password(text.asText())));
        AppConfigurationEntry entry = context.configurationEntries().get(0);
        answer.put("module", entry.getLoginModuleName());
        answer.put("flag", entry.getControlFlag().toString());
        answer.set("options", JSON.valueToTree(new TreeMap<>(entry.getOptions())));
      } catch (RuntimeException e) {
        answer.put("error", e.getMessage());
      }
    }
    return reply;
  }
}
