import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const POM = join(here, 'flink-judge', 'pom.xml');
const SOURCE = join(here, 'flink-judge', 'FlinkJudge.java');
const FLINK_VERSION = /<flink.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))[1];
const READY_TIMEOUT_MS = 120_000;
const DEFAULT_READ_LIMIT_MS = 60_000;

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Where the judge's classpath and compiled class are cached between runs. */
export function flinkJudgeDir() {
  return join(process.env.DDL_PROFILES_CACHE ?? join(homedir(), '.cache', 'ddl-profiles'), `flink-judge-${FLINK_VERSION}`);
}

/**
 * Resolves the judge's jars from Maven Central (into ~/.m2, once) and writes their classpath
 * into the cache; compiles FlinkJudge.java there, into a folder named by a hash of the source
 * and the classpath, when that folder has no class yet. Later runs reuse both.
 */
export async function ensureFlinkJudge() {
  const dir = flinkJudgeDir();
  mkdirSync(dir, { recursive: true });
  const pom = readFileSync(POM, 'utf8');
  const classpathFile = join(dir, 'classpath.txt');
  const pomStamp = join(dir, 'pom.sha256');
  const jarsThere = (cp) => cp !== '' && cp.split(delimiter).every((jar) => existsSync(jar));
  let classpath = existsSync(classpathFile) ? readFileSync(classpathFile, 'utf8').trim() : '';
  if (!(existsSync(pomStamp) && readFileSync(pomStamp, 'utf8') === sha256(pom) && jarsThere(classpath))) {
    const written = join(dir, `classpath.${process.pid}.txt`);
    await execFileAsync('mvn', ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${written}`], {
      maxBuffer: 16 * 1024 * 1024,
    });
    classpath = readFileSync(written, 'utf8').trim();
    if (!jarsThere(classpath)) throw new Error(`mvn wrote a classpath with missing jars: ${written}`);
    renameSync(written, classpathFile);
    writeFileSync(pomStamp, sha256(pom));
  }
  // One folder per source and classpath: a judge compiled from another source (another
  // checkout's) never replaces the classes a running JVM is loading.
  const classes = join(dir, `classes-${sha256(`${readFileSync(SOURCE, 'utf8')}\n${classpath}`).slice(0, 16)}`);
  const compiled = () => existsSync(join(classes, 'FlinkJudge.class'));
  if (!compiled()) {
    // Compiled aside and moved in whole, so a run that stops half way leaves no half a class.
    const fresh = mkdtempSync(join(dir, 'compiling-'));
    try {
      await execFileAsync('javac', ['-nowarn', '-cp', classpath, '-d', fresh, SOURCE], { maxBuffer: 16 * 1024 * 1024 });
      try {
        renameSync(fresh, classes);
      } catch (error) {
        // A run compiling the same source at once got there first.
        if (!compiled()) throw error;
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  return { classpath, classes };
}

/**
 * Starts the Flink judge: one JVM holding one streaming TableEnvironment, which tells whether
 * Flink's planner accepts a CREATE TABLE as a source or a sink, and can run a bounded query
 * over such a table on a local mini-cluster and return its rows. Waits for its ready line (the
 * JVM plans a datagen source and a blackhole sink before it says ready). Requests are answered
 * one at a time, in order. The JVM gets its own java.io.tmpdir (the planner loader unpacks
 * itself there), removed on close; it is killed on close and when this process exits.
 */
export async function startFlinkJudge() {
  const { classpath, classes } = await ensureFlinkJudge();
  const tmp = mkdtempSync(join(tmpdir(), 'ddl-flink-judge-'));
  const startedAt = Date.now();
  const child = spawn(
    'java',
    ['-Xmx1g', '-XX:+UseSerialGC', `-Djava.io.tmpdir=${tmp}`, '-cp', `${classes}${delimiter}${classpath}`, 'FlinkJudge'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const killNow = () => {
    if (!exited()) child.kill('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
  };
  process.once('exit', killNow);

  const pending = new Map();
  let nextId = 1;
  let failure;
  let onReady;
  const ready = new Promise((resolve, reject) => {
    onReady = { resolve, reject };
  });
  const fail = (error) => {
    failure ??= error;
    onReady.reject(failure);
    for (const { reject } of pending.values()) reject(failure);
    pending.clear();
  };

  createInterface({ input: child.stdout }).on('line', (line) => {
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      stderr = `${stderr}\n(stdout) ${line}`.slice(-4000);
      return;
    }
    if (message.ready === true) return onReady.resolve();
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    const { id: _id, ...verdict } = message;
    waiting.resolve(verdict);
  });
  child.on('error', (error) => fail(new Error(`the Flink judge could not start: ${error.message}`)));
  child.on('exit', (code, signal) => fail(new Error(`the Flink judge exited with ${code ?? signal}: ${stderr.trim()}`)));
  child.stdin.on('error', () => undefined);

  const timer = setTimeout(
    () => fail(new Error(`the Flink judge was not ready within ${READY_TIMEOUT_MS / 1000} s: ${stderr.trim()}`)),
    READY_TIMEOUT_MS,
  );
  try {
    await ready;
  } catch (error) {
    killNow();
    process.removeListener('exit', killNow);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const startMs = Date.now() - startedAt;
  const ask = (request) => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      child.stdin.write(`${JSON.stringify({ id, ...request })}\n`);
    });
  };

  return {
    startMs,
    judge(ddl, side) {
      return ask({ ddl, side });
    },
    read(ddl, query, { limitMs = DEFAULT_READ_LIMIT_MS } = {}) {
      return ask({ ddl, read: query, limitMs });
    },
    async close() {
      process.removeListener('exit', killNow);
      failure ??= new Error('the Flink judge is closed');
      if (!exited()) {
        await new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGKILL');
        });
      }
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
