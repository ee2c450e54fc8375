/**
 * Kafka's `sasl.jaas.config`, written and read as the Java client reads it
 * (`org.apache.kafka.common.security.JaasConfig`): a `java.io.StreamTokenizer` over the
 * text, with `//` and `/* *\/` comments, `-`, `_` and `$` as word characters, numbers
 * parsed, and `"` and `'` as quotes whose backslash escapes (`\\`, `\"`, `\n`, octal …)
 * the tokenizer decodes. A client takes one entry: `<module class> <control flag> key=value … ;`.
 */

/**
 * The login module each SASL mechanism logs in with: Kafka's own for PLAIN and SCRAM, and
 * AWS's (the aws-msk-iam-auth library) for MSK IAM.
 *
 * @example
 * ```ts
 * SASL_LOGIN_MODULES['SCRAM-SHA-256']; // 'org.apache.kafka.common.security.scram.ScramLoginModule'
 * ```
 */
export const SASL_LOGIN_MODULES = {
  PLAIN: 'org.apache.kafka.common.security.plain.PlainLoginModule',
  'SCRAM-SHA-256': 'org.apache.kafka.common.security.scram.ScramLoginModule',
  'SCRAM-SHA-512': 'org.apache.kafka.common.security.scram.ScramLoginModule',
  AWS_MSK_IAM: 'software.amazon.msk.auth.iam.IAMLoginModule',
} as const;

/**
 * A SASL mechanism that logs in with a user name and a password.
 *
 * @example
 * ```ts
 * const mechanism: JaasPasswordMechanism = 'SCRAM-SHA-512';
 * ```
 */
export type JaasPasswordMechanism = Exclude<keyof typeof SASL_LOGIN_MODULES, 'AWS_MSK_IAM'>;

/** Backslash escapes the tokenizer decodes inside quotes: the characters a quoted value cannot hold as they are. */
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r' };

/** A value between double quotes, escaped so that the tokenizer gives back exactly `value`. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"\n\r]/g, (c) => ESCAPES[c] ?? c)}"`;
}

/**
 * The `sasl.jaas.config` of a user name and password login: Kafka's PLAIN or SCRAM login
 * module, `required`, both values quoted and escaped so that Kafka reads them back
 * unchanged (quotes, backslashes, line breaks, `;` and any Unicode included).
 *
 * @example
 * ```ts
 * jaasConfig('PLAIN', 'alice', 'pa"ss');
 * // 'org.apache.kafka.common.security.plain.PlainLoginModule required username="alice" password="pa\\"ss";'
 * ```
 */
export function jaasConfig(mechanism: JaasPasswordMechanism, username: string, password: string): string {
  return `${SASL_LOGIN_MODULES[mechanism]} required username=${quoted(username)} password=${quoted(password)};`;
}

/** One token as `StreamTokenizer` gives it: a word or quoted string (`text`), a number, or one other character. */
type Token = { kind: 'word' | 'quoted'; text: string; closed: boolean } | { kind: 'number' } | { kind: 'char'; char: string };

const QUOTES = new Set(['"', "'"]);
const NUMBER_START = /[0-9.-]/;
const NUMBER_PART = /[0-9.]/;
/** Word characters: letters, `-`, `_`, `$` (JaasConfig's additions) and every character from U+00A0 up. */
const WORD_START = /[A-Za-z_$\u00a0-\uffff-]/;
const WORD_PART = /[A-Za-z0-9_$.\u00a0-\uffff-]/;

/** Decodes the escape at `text[at]` (just after a backslash) inside a quoted string: the character and where reading goes on. */
function decodeEscape(text: string, at: number): [string, number] {
  const octal = /^[0-7]{1,3}/.exec(text.slice(at))?.[0];
  if (octal) {
    // As StreamTokenizer: three digits only when the first is 0-3, so the value stays below 256.
    const digits = octal.length === 3 && octal[0] > '3' ? octal.slice(0, 2) : octal;
    return [String.fromCharCode(Number.parseInt(digits, 8)), at + digits.length];
  }
  const named: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  const c = text[at];
  return c === undefined ? ['', at] : [named[c] ?? c, at + 1];
}

/** Splits a JAAS text into tokens as Kafka's configured `StreamTokenizer` does. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const skipLine = () => {
    while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
  };
  while (at < text.length) {
    const c = text[at];
    if (c <= ' ') {
      at++;
    } else if (NUMBER_START.test(c) && (c !== '-' || NUMBER_PART.test(text[at + 1] ?? ''))) {
      at++;
      let dots = c === '.' ? 1 : 0;
      while (at < text.length && NUMBER_PART.test(text[at]) && !(text[at] === '.' && dots++ > 0)) at++;
      tokens.push({ kind: 'number' });
    } else if (c !== '-' && WORD_START.test(c)) {
      const start = at;
      while (at < text.length && WORD_PART.test(text[at])) at++;
      tokens.push({ kind: 'word', text: text.slice(start, at), closed: true });
    } else if (QUOTES.has(c)) {
      let value = '';
      at++;
      while (at < text.length && text[at] !== c && text[at] !== '\n' && text[at] !== '\r') {
        if (text[at] === '\\') {
          const [decoded, next] = decodeEscape(text, at + 1);
          value += decoded;
          at = next;
        } else value += text[at++];
      }
      const closed = text[at] === c;
      if (closed) at++;
      tokens.push({ kind: 'quoted', text: value, closed });
    } else if (c === '/' && text[at + 1] === '*') {
      const end = text.indexOf('*/', at + 2);
      at = end < 0 ? text.length : end + 2;
    } else if (c === '/') {
      // `//` and a lone `/` (the tokenizer's comment character) both comment out the rest of the line.
      skipLine();
    } else {
      tokens.push({ kind: 'char', char: c });
      at++;
    }
  }
  return tokens;
}

const textOf = (token: Token | undefined): string | undefined =>
  token && (token.kind === 'word' || token.kind === 'quoted') ? token.text : undefined;

const CONTROL_FLAGS = new Set(['REQUIRED', 'REQUISITE', 'SUFFICIENT', 'OPTIONAL']);
const QUALIFIED_CLASS = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;
/** Login modules Kafka 4 refuses unless the JVM allows them (`org.apache.kafka.allowed.login.modules`). */
const DISALLOWED_MODULES = new Set(['com.sun.security.auth.module.JndiLoginModule', 'com.sun.security.auth.module.LdapLoginModule']);

/**
 * A `sasl.jaas.config` as Kafka's client reads it: its login module, control flag and
 * options; or, when Kafka (or, for an unclosed quote, common sense) would refuse it, a
 * short message saying what is wrong. The message never repeats the text, which holds a
 * password: it names the part (the module, the flag, the option by its place).
 *
 * @example
 * ```ts
 * readJaasConfig('org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";');
 * // { module: 'org.apache.kafka.common.security.plain.PlainLoginModule', flag: 'required', options: { username: 'u', password: 'p' } }
 * readJaasConfig('PlainLoginModule required;'); // { problem: 'the login module is not a fully qualified Java class name' }
 * ```
 */
export function readJaasConfig(
  text: string,
): { module: string; flag: string; options: Record<string, string>; problem?: undefined } | { problem: string } {
  const tokens = tokenize(text);
  const unclosed = tokens.findIndex((t) => t.kind === 'quoted' && !t.closed);
  if (unclosed >= 0) return { problem: 'a quoted value is not closed before the end of its line' };
  if (tokens.length === 0) return { problem: 'is empty: write <login module class> required key="value" … ;' };
  const module = textOf(tokens[0]);
  if (module === undefined) return { problem: 'does not begin with a login module class' };
  if (tokens.length === 1)
    return { problem: 'the control flag after the login module is missing (required, requisite, sufficient or optional)' };
  const flag = textOf(tokens[1]);
  if (flag === undefined || !CONTROL_FLAGS.has(flag.toUpperCase()))
    return { problem: 'the control flag after the login module is not required, requisite, sufficient or optional' };
  const options: Record<string, string> = {};
  let at = 2;
  for (let place = 1; at < tokens.length; place++) {
    const token = tokens[at];
    if (token.kind === 'char' && token.char === ';') break;
    const key = textOf(token);
    const equals = tokens[at + 1];
    const value = textOf(tokens[at + 2]);
    if (key === undefined || equals?.kind !== 'char' || equals.char !== '=' || value === undefined)
      return { problem: `option ${place} is not key=value (quote a value that is not a plain word: key="value")` };
    options[key] = value;
    at += 3;
  }
  if (at >= tokens.length) return { problem: 'the entry does not end with ;' };
  if (at + 1 < tokens.length) return { problem: 'holds more than one login module entry; a Kafka client takes exactly one' };
  if (!QUALIFIED_CLASS.test(module)) return { problem: 'the login module is not a fully qualified Java class name' };
  if (DISALLOWED_MODULES.has(module)) return { problem: 'the login module is one Kafka refuses unless the JVM allows it' };
  return { module, flag: flag.toLowerCase(), options };
}

/**
 * What is wrong with a `sasl.jaas.config`, in a few words, or undefined when Kafka's client
 * reads it (see {@link readJaasConfig}). The message never repeats the text.
 *
 * @example
 * ```ts
 * checkJaasConfig('org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p"');
 * // 'the entry does not end with ;'
 * ```
 */
export function checkJaasConfig(text: string): string | undefined {
  return readJaasConfig(text).problem;
}
