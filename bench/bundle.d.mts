/** The example handler bundled by the benchmark and the budget test. */
export declare const HANDLER_ENTRY: string;
/** The handler bundle's budget, in gzip bytes (the README's target). */
export declare const HANDLER_GZIP_BUDGET: number;
/** Bundles `entry` with esbuild (minified, tree-shaken, ESM for Node 20) and returns its size. */
export declare function bundleSize(options: {
  entry: string;
  alias?: Record<string, string>;
  nodePaths?: string[];
  banner?: string;
}): Promise<{ bytes: number; gzipBytes: number; code: string }>;
