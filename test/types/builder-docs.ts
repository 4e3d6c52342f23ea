import ts from 'typescript';
import { languageService } from './language-service.js';

/** What the editor shows for one builder parameter, beside what its wire field documents. */
export interface ParameterDocs {
  /** `builder.param.nested`, as a user types it. */
  path: string;
  /** The documentation text the hover shows. */
  docs: string;
  /** The hover's tags, as `@name text`. */
  tags: string[];
  /** The documentation text of the wire field it becomes. */
  wireDocs: string;
  /** The wire field's tags. */
  wireTags: string[];
}

const capitalize = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);

/**
 * Every parameter of every builder of `actions`, at every depth, with the documentation the
 * language service shows for it (the text of quick info and completion details) and that of the
 * wire field it becomes (found through the builder's own `toJSON()` type).
 */
export function builderParameterDocs(extra: Readonly<Record<string, string>> = {}): {
  service: ts.LanguageService;
  path(name: string): string;
  parameters: ParameterDocs[];
} {
  const file = 'builder-docs.ts';
  const { service, path } = languageService({
    ...extra,
    [file]: "import { actions } from './src/index.js';\nexport const builders = actions;\n",
  });
  const program = service.getProgram();
  const source = program?.getSourceFile(path(file));
  if (program === undefined || source === undefined) throw new Error('no program');
  const checker = program.getTypeChecker();
  const statement = source.statements[1] as ts.VariableStatement;
  const declaration = statement.declarationList.declarations[0] as ts.VariableDeclaration;
  const buildersType = checker.getTypeAtLocation(declaration.name);

  const docsOf = (symbol: ts.Symbol): { docs: string; tags: string[] } => ({
    docs: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
    tags: symbol.getJsDocTags(checker).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text ?? [])}`.trim()),
  });
  const typeOf = (symbol: ts.Symbol): ts.Type => checker.getTypeOfSymbolAtLocation(symbol, source);
  // The object shapes a value of `type` can take: through undefined, unions and arrays; user maps
  // (an index signature: SIP headers, session attributes) hold no parameters.
  const shapes = (type: ts.Type): ts.Type[] => {
    const value = checker.getNonNullableType(type);
    if (value.isUnion()) return value.types.flatMap(shapes);
    if (checker.isArrayType(value)) return shapes(checker.getTypeArguments(value as ts.TypeReference)[0] as ts.Type);
    if (!(value.flags & ts.TypeFlags.Object) && !value.isIntersection()) return [];
    if (checker.getIndexInfoOfType(value, ts.IndexKind.String) !== undefined) return [];
    return [value];
  };

  const parameters = new Map<string, ParameterDocs>();
  const walk = (params: ts.Type, wire: ts.Type, prefix: string): void => {
    const wireShapes = shapes(wire);
    for (const shape of shapes(params)) {
      for (const property of checker.getPropertiesOfType(shape)) {
        const type = typeOf(property);
        if (type.flags & ts.TypeFlags.Never || checker.getNonNullableType(type).flags & ts.TypeFlags.Never) continue; // a "not here" marker
        const wireProperty = wireShapes.map((w) => checker.getPropertyOfType(w, capitalize(property.name))).find((p) => p !== undefined);
        if (wireProperty === undefined) throw new Error(`${prefix}.${property.name}: no wire field ${capitalize(property.name)}`);
        const at = `${prefix}.${property.name}`;
        const own = docsOf(property);
        const theirs = docsOf(wireProperty);
        const seen = parameters.get(at);
        // A parameter reached through several union members counts once, with its weakest docs.
        if (seen === undefined || own.docs.length < seen.docs.length) {
          parameters.set(at, { path: at, docs: own.docs, tags: own.tags, wireDocs: theirs.docs, wireTags: theirs.tags });
        }
        walk(type, typeOf(wireProperty), at);
      }
    }
  };

  for (const builder of checker.getPropertiesOfType(buildersType)) {
    const signature = typeOf(builder).getCallSignatures()[0];
    const param = signature?.getParameters()[0];
    if (signature === undefined || param === undefined) continue; // builders of `()`
    const toJSON = checker.getPropertyOfType(signature.getReturnType(), 'toJSON');
    const wireAction = toJSON && typeOf(toJSON).getCallSignatures()[0]?.getReturnType();
    const wireParameters = wireAction && checker.getPropertyOfType(wireAction, 'Parameters');
    if (wireParameters === undefined) throw new Error(`${builder.name}: no toJSON().Parameters`);
    walk(typeOf(param), typeOf(wireParameters), builder.name);
  }
  return { service, path, parameters: [...parameters.values()] };
}
