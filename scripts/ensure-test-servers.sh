#!/usr/bin/env bash
# Makes sure this machine has what the test suite starts by itself: Debian's redis-server,
# nats-server, mosquitto, rabbitmq-server, openssl and PostgreSQL server binaries, a
# `postgres` OS user (initdb refuses to run as root), Java and Maven, Debian's chromium
# (the web console's browser tests drive it through playwright-core; no browser is
# downloaded), the Apache Kafka jars and the Flink judge's jars (resolved from Maven Central
# once, then cached; the judge's class is compiled into the same cache).
# It installs only what is missing, and needs root only for that.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
if ! command -v pg_config >/dev/null 2>&1 || [ ! -x "$(pg_config --bindir 2>/dev/null)/initdb" ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
fi
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v nats-server >/dev/null 2>&1 || missing+=(nats-server)
command -v mosquitto >/dev/null 2>&1 || missing+=(mosquitto)
command -v mosquitto_passwd >/dev/null 2>&1 || missing+=(mosquitto)
# The stream plugin ships inside Debian's rabbitmq-server; the tests run its scripts from /usr/lib/rabbitmq/bin.
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-test-servers: missing ${missing[*]}; install them (Debian: apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
  echo "ensure-test-servers: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # A package's own service must not start (and hold the default ports): the tests start their own.
  own_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
  fi
  apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null
  [ -z "$own_policy" ] || rm -f /usr/sbin/policy-rc.d
fi

if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
fi

node --input-type=module -e "const { ensureKafkaJars } = await import('./test/support/kafka-broker.mjs'); console.log('ensure-test-servers: Kafka jars in', await ensureKafkaJars());"
node --input-type=module -e "const { ensureFlinkJudge } = await import('./test/support/flink-judge.mjs'); const { classes } = await ensureFlinkJudge(); console.log('ensure-test-servers: Flink judge in', classes);"
