import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A TypeScript language service over the project's own tsconfig, with extra in-memory files:
 * what an editor sees when a user types `source` in a file of the project.
 */
export function languageService(files: Readonly<Record<string, string>>): { service: ts.LanguageService; path(name: string): string } {
  const configPath = `${root}tsconfig.json`;
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  const virtual = new Map(Object.entries(files).map(([name, text]) => [`${root}${name}`, text]));
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [...virtual.keys(), `${root}src/index.ts`],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = virtual.get(name) ?? (ts.sys.fileExists(name) ? readFileSync(name, 'utf8') : undefined);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => ({ ...config.options, noEmit: true }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => virtual.has(name) || ts.sys.fileExists(name),
    readFile: (name) => virtual.get(name) ?? ts.sys.readFile(name),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return { service: ts.createLanguageService(host, ts.createDocumentRegistry()), path: (name) => `${root}${name}` };
}

/** The compiler's messages for `name`, each flattened into one string. */
export function diagnostics(service: ts.LanguageService, file: string): string[] {
  return service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}
