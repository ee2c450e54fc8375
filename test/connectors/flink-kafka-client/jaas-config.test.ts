import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkJaasConfig,
  type JaasPasswordMechanism,
  jaasConfig,
  readJaasConfig,
  SASL_LOGIN_MODULES,
} from '../../../src/connectors/flink/kafka/jaas-config.js';
import { type KafkaClientProbe, type ProbedJaas, kafkaClientProbe } from './kafka-client-probe.js';

let probe: KafkaClientProbe;

beforeAll(async () => {
  probe = await kafkaClientProbe();
}, 180_000);

const CREDENTIALS: readonly (readonly [string, string])[] = [
  ['alice', 's3cret'],
  ['with "quotes"', 'pa"ss"'],
  ['back\\slash', 'ends with \\'],
  ['\\"', '\\\\"\\'],
  ['two words', ' leading and trailing '],
  ['semi;colon', 'a;b; c=d;'],
  ['ünïcødé 用户', 'пароль🔑'],
  ['line\nbreak', 'cr\rand\ttab'],
  ["single 'quote'", '/* not a comment */ // nor this'],
  ['', ''],
  ['\\123 octal', '\\n is not a newline'],
];
const MECHANISMS: readonly JaasPasswordMechanism[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

describe('jaasConfig', { timeout: 60_000 }, () => {
  it('writes lines that Kafka reads back to the same user name and password', async () => {
    const cases = MECHANISMS.flatMap((mechanism) => CREDENTIALS.map(([username, password]) => ({ mechanism, username, password })));
    const read = await probe.jaas(cases.map((c) => jaasConfig(c.mechanism, c.username, c.password)));
    expect(read).toEqual(
      cases.map((c) => ({
        module: SASL_LOGIN_MODULES[c.mechanism],
        flag: 'LoginModuleControlFlag: required',
        options: { username: c.username, password: c.password },
      })),
    );
  });

  it('names the login module of the mechanism', () => {
    expect(jaasConfig('PLAIN', 'u', 'p')).toBe(
      'org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";',
    );
    expect(jaasConfig('SCRAM-SHA-512', 'u', 'p')).toMatch(/^org\.apache\.kafka\.common\.security\.scram\.ScramLoginModule required /);
  });
});

/** Texts Kafka reads and texts it refuses; readJaasConfig must say the same. */
const AGREED = [
  'org.example.Login required;',
  'org.example.Login REQUIRED user=alice;',
  'org.example.Login optional a="1" b=\'2\' c=word-with_$.dots;',
  'org.example.Login sufficient a="x" /* comment */ b="y"; // trailing',
  'org.example.Login requisite\n  a="multi"\n  b="line";',
  '"org.example.Login" required "quoted key"="v";',
  'org.example.Login required a="\\101\\60\\0";',
  'org.example.Login required k=é;',
  '',
  '   ',
  '// only a comment',
  'org.example.Login',
  'org.example.Login required',
  'org.example.Login required a="1"',
  'org.example.Login mandatory;',
  'org.example.Login 42;',
  '42 required;',
  'org.example.Login required a=1;',
  'org.example.Login required a=-1;',
  'org.example.Login required a=b/c;',
  'org.example.Login required a;',
  'org.example.Login required a=;',
  'org.example.Login required a==b;',
  'org.example.Login required , a=b;',
  'org.example.Login required a=b;;',
  'org.example.One required; org.example.Two required;',
  'com.sun.security.auth.module.JndiLoginModule required;',
  'com.sun.security.auth.module.LdapLoginModule required;',
  'org.example.Login required a="no end;',
];

/** Texts Kafka reads at configuration time but that cannot work, which readJaasConfig refuses. */
const STRICTER = [
  'org.example.Login required a="ends at the line\n;', // the quote closes itself at the line's end
  'PlainLoginModule required;', // no package: no login module class is found by that name
  '"org example Login" required;',
];

const accepted = (read: ProbedJaas) => 'module' in read;

describe('readJaasConfig', { timeout: 60_000 }, () => {
  it('accepts and refuses what Kafka does, reading the same module, flag and options', async () => {
    const kafka = await probe.jaas(AGREED);
    const ours = AGREED.map((text) => readJaasConfig(text));
    expect(ours.map((r) => r.problem === undefined)).toEqual(kafka.map(accepted));
    expect(kafka.filter(accepted).length).toBeGreaterThan(5);
    ours.forEach((r, i) => {
      const theirs = kafka[i];
      if (r.problem !== undefined || !('module' in theirs)) return;
      expect({ module: r.module, flag: `LoginModuleControlFlag: ${r.flag}`, options: r.options }).toEqual(theirs);
    });
  });

  it('refuses lines Kafka reads but no client logs in with', async () => {
    expect((await probe.jaas(STRICTER)).every(accepted)).toBe(true);
    expect(STRICTER.map(checkJaasConfig)).toEqual([
      'a quoted value is not closed before the end of its line',
      'the login module is not a fully qualified Java class name',
      'the login module is not a fully qualified Java class name',
    ]);
  });

  it('says what is wrong without repeating the text', () => {
    const secret = 'hunter2';
    const problems = [
      `org.example.Login required password="${secret}"`,
      `org.example.Login required password=${secret}!;`,
      `org.example.Login ${secret};`,
      `${secret}`,
    ].map(checkJaasConfig);
    expect(problems).toEqual([
      'the entry does not end with ;',
      'option 2 is not key=value (quote a value that is not a plain word: key="value")',
      'the control flag after the login module is not required, requisite, sufficient or optional',
      'the control flag after the login module is missing (required, requisite, sufficient or optional)',
    ]);
    for (const problem of problems) expect(problem).not.toContain(secret);
  });
});
