import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      eventbridge: 'src/eventbridge/index.ts',
      meetings: 'src/meetings/index.ts',
      flow: 'src/flow/index.ts',
    },
    format: ['esm', 'cjs'],
    target: 'node20',
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    // The configs build in parallel: keep the command line's output when cleaning.
    clean: ['!cli.js'],
    sourcemap: false,
    splitting: true,
    treeshake: true,
  },
  {
    // The `chime-sma-kit` bin (package.json "bin"): one self-contained ESM file with its shebang.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    // The bin carries the simulator: minified, it keeps the package small for every install.
    minify: true,
    target: 'node20',
    platform: 'node',
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    treeshake: true,
  },
]);
