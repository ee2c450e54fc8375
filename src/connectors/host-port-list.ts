import { z } from 'zod';

const hostPort = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):\d{1,5}$/;

/**
 * A comma-separated `host:port` list (Kafka's and Confluent's `bootstrap_servers`).
 *
 * @example
 * ```ts
 * hostPortList().parse('kafka-1:9092,kafka-2:9092');
 * ```
 */
export function hostPortList(): z.ZodString {
  return z.string().refine((v) => v.split(',').every((part) => hostPort.test(part.trim())), {
    message: "expected host:port[,host:port…], for example 'kafka-1:9092,kafka-2:9092'",
  });
}
