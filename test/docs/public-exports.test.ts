import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const entryPoints = ['../../src/index.ts', '../../src/http/index.ts', '../../src/test-kit/index.ts'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

/** Every export of the package's entry points whose declaration has no `@example` in its TSDoc. */
function exportsWithoutExample(): string[] {
  const program = ts.createProgram(entryPoints, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  for (const entry of entryPoints) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (!declaration) continue;
      const docs = ts.getJSDocCommentsAndTags(declaration).map((doc) => doc.getText());
      if (!docs.some((doc) => doc.includes('@example'))) missing.push(exported.name);
    }
  }
  return missing;
}

describe('public API documentation', () => {
  it('gives every export of the package a TSDoc comment with an example', () => {
    expect(exportsWithoutExample()).toEqual([]);
  });
});
