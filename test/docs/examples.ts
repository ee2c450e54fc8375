import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository's root, and the package's entry points (in src, where the TSDoc is). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY_POINTS = [
  { specifier: 'ddl-profiles', file: `${ROOT}src/index.ts` },
  { specifier: 'ddl-profiles/http', file: `${ROOT}src/http/index.ts` },
  { specifier: 'ddl-profiles/testing', file: `${ROOT}src/test-kit/index.ts` },
];

/** One ```ts block of an `@example`, and where it stands. */
export interface Example {
  /** `src/catalog/catalog.ts:60` */
  where: string;
  /** The public name it documents (`Catalog.resolve` for a member). */
  name: string;
  code: string;
}

/**
 * The free variables examples may use without declaring them, so that each stays short:
 * the inputs a reader has at hand (a script, profiles, a catalog, a connector's config).
 */
const PRELUDE = `
declare const sql: string;
declare const script: string;
declare const profiles: ProfileDefinition[];
declare const profile: ProfileDefinition;
declare const env: TemplateEnv;
declare const catalog: Catalog;
declare const registry: ConnectorRegistry;
declare const config: Record<string, unknown>;
declare const body: ProfileDefinition;
declare const result: ResolveResult;
declare const table: ResolvedTable;
declare const statement: ParsedStatement;
declare const stored: StoredProfile;
declare const tenant: string;
declare const signal: AbortSignal;
declare const context: TestContext;
declare const request: Request;
declare const handler: RequestHandler;
declare const draft: ProfileDefinition;
declare const spec: ConnectorSpec;
declare const input: TesterInput;
declare const error: unknown;
declare const flag: string;
declare const url: string;
declare const token: string;
declare const auth: TokenAuth;
declare const controller: AbortController;
declare const askedMs: number;
declare const newKeyBase64: string;
`;

/** The names of an entry point's exports. */
function exportNames(checker: ts.TypeChecker, program: ts.Program, file: string): ts.Symbol[] {
  return checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
}

/** Every ```ts block under an `@example` of a declaration's TSDoc. */
function examplesOf(declaration: ts.Node): { code: string; line: number }[] {
  const found: { code: string; line: number }[] = [];
  for (const doc of ts.getJSDocCommentsAndTags(declaration)) {
    if (!ts.isJSDoc(doc)) continue;
    const source = declaration.getSourceFile();
    const text = doc.getText().replace(/^[ \t]*\/?\*+\/?[ \t]?/gm, '');
    const startLine = source.getLineAndCharacterOfPosition(doc.getStart()).line + 1;
    const example = text.indexOf('@example');
    if (example < 0) continue;
    const fence = /```ts\n([\s\S]*?)```/g;
    fence.lastIndex = example;
    for (let m = fence.exec(text); m; m = fence.exec(text)) {
      found.push({ code: m[1], line: startLine + text.slice(0, m.index).split('\n').length });
    }
  }
  return found;
}

/** Every example on the public API: each export of every entry point, and the members of its classes and interfaces. */
export function publicExamples(): { examples: Example[]; names: Map<string, string> } {
  const program = ts.createProgram(
    ENTRY_POINTS.map((e) => e.file),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const examples: Example[] = [];
  const names = new Map<string, string>();
  const seen = new Set<ts.Node>();
  const add = (declaration: ts.Node, name: string) => {
    if (seen.has(declaration)) return;
    seen.add(declaration);
    const file = relative(ROOT, declaration.getSourceFile().fileName);
    for (const { code, line } of examplesOf(declaration)) examples.push({ where: `${file}:${line}`, name, code });
  };
  for (const entry of ENTRY_POINTS) {
    for (const exported of exportNames(checker, program, entry.file)) {
      names.set(exported.name, entry.specifier);
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      for (const declaration of symbol.declarations ?? []) {
        add(declaration, exported.name);
        if (ts.isClassDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) {
          for (const member of declaration.members) {
            const isPrivate = ts.getCombinedModifierFlags(member as ts.Declaration) & ts.ModifierFlags.Private;
            const internal = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
            if (!isPrivate && !internal) add(member, `${exported.name}.${member.name?.getText() ?? '(member)'}`);
          }
        }
      }
    }
  }
  return { examples, names };
}

/**
 * An example as a module of its own: its imports first, then the prelude (the public
 * names it did not import itself, and the free variables), then its code in a block, so
 * its own declarations may shadow the prelude's. Top-level await is allowed.
 */
export function exampleModule(example: Example, names: Map<string, string>): string {
  const lines = example.code.split('\n');
  const imports = lines.filter((line) => /^import\s/.test(line));
  const body = lines.filter((line) => !/^import\s/.test(line));
  const imported = new Set(
    imports.flatMap((line) => (/\{([^}]*)\}/.exec(line)?.[1] ?? '').split(',').map((n) => n.trim().replace(/^type\s+/, ''))),
  );
  const bySpecifier = new Map<string, string[]>();
  for (const [name, specifier] of names) {
    if (imported.has(name)) continue;
    bySpecifier.set(specifier, [...(bySpecifier.get(specifier) ?? []), name]);
  }
  const prelude = [...bySpecifier].map(([specifier, list]) => `import { ${list.join(', ')} } from '${specifier}';`);
  if (!imported.has('z')) prelude.push("import { z } from 'zod';");
  return [...imports, ...prelude, PRELUDE, '{', ...body, '}', 'export {};', ''].join('\n');
}

/** Writes every public example as a module under `dir`, and type-checks them all against the built package; returns the failures. */
export function checkExamples(dir = `${ROOT}test/docs/.examples/`): { count: number; failures: string[] } {
  const { examples, names } = publicExamples();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = examples.map((example, index) => {
    const file = `${dir}example-${String(index).padStart(3, '0')}.mts`;
    writeFileSync(file, exampleModule(example, names));
    return { file, example };
  });
  const program = ts.createProgram(
    files.map((f) => f.file),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    },
  );
  const byFile = new Map(files.map((f) => [f.file, f.example]));
  const failures: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const example = diagnostic.file && byFile.get(diagnostic.file.fileName);
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!example) {
      failures.push(`(outside the examples) ${diagnostic.file?.fileName ?? ''}: ${message}`);
      continue;
    }
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const codeLine = diagnostic.file!.text.split('\n')[line]?.trim();
    failures.push(`${example.where} (${example.name}): ${message}\n    ${codeLine}`);
  }
  return { count: examples.length, failures };
}
