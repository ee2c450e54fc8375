/**
 * The esbuild settings of the console's production bundle, shared by the build
 * (console/build.mjs) and the bundle-size benchmark's peer (bench/console.mjs), so the
 * peer is bundled exactly as the console is.
 */
export const BUNDLE_SETTINGS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
};
