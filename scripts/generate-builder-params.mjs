#!/usr/bin/env node
// Writes src/actions/builder-params.ts: the camelCase parameters of every builder, generated from
// the wire types of src/actions/ with each field's TSDoc copied, so that hover and completion show
// the wire field's docs (a key-remapping mapped type drops them). The wire types stay the one
// written source. `--check` exits 1 when the checked-in file is out of date (npm test runs it).
//
//   node scripts/generate-builder-params.mjs          # write the file
//   node scripts/generate-builder-params.mjs --check  # compare only
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../', import.meta.url));
export const OUTPUT = 'src/actions/builder-params.ts';
const TARGET_KEYS = new Set(['CallId', 'ParticipantTag']);
/**
 * Builders whose params refine the plain camelCase shape by hand (a cross-field rule the types can
 * state): their action file declares the public `XxxParams`, built on this generated base.
 */
const REFINED = new Map([['StartBotConversationParameters', 'StartBotConversationBaseParams']]);

const uncapitalize = (key) => key.charAt(0).toLowerCase() + key.slice(1);
const paramsName = (wire) =>
  REFINED.get(wire) ?? (wire.endsWith('Parameters') ? `${wire.slice(0, -'Parameters'.length)}Params` : `${wire}Params`);

/** The TSDoc comment right before `node`, re-indented by `indent`. */
function docComment(node, indent) {
  const text = node.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const doc = ranges.filter((range) => text.startsWith('/**', range.pos)).at(-1);
  if (doc === undefined) return '';
  const lines = text
    .slice(doc.pos, doc.end)
    .split('\n')
    .map((line, i) => (i === 0 ? line.trim() : ` ${line.trim()}`));
  return `${lines.map((line) => `${indent}${line}`).join('\n')}\n`;
}

/** The description and `@see` tags of a declaration's TSDoc, without the other tags. */
function docParts(node) {
  const [doc] = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const description = ts.getTextOfJSDocComment(doc?.comment)?.trim() ?? '';
  const sees = (doc?.tags ?? [])
    .filter((tag) => tag.tagName.text === 'see')
    .map((tag) =>
      tag
        .getText()
        .replace(/\s*\*?\s*$/, '')
        .replace(/\n\s*\*\s?/g, ' '),
    );
  return { description, sees };
}

/** `text` as an array's element type: a union (an inlined alias, too) goes in parentheses. */
function arrayElement(text) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if ('({[<'.includes(char)) depth++;
    else if (')}]>'.includes(char)) depth--;
    else if (char === '|' && depth === 0) return `(${text})`;
  }
  return text;
}

function commentBlock(lines, indent = '') {
  return `${indent}/**\n${lines.map((line) => (line === '' ? `${indent} *` : `${indent} * ${line}`)).join('\n')}\n${indent} */\n`;
}

export function generate() {
  const configPath = `${root}tsconfig.json`;
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root);
  // Every file of src/actions/ is a root: a new action file is read before the generated registry
  // (src/actions/registry.ts, written after this file) imports it.
  const actionFiles = readdirSync(`${root}src/actions/`)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${root}src/actions/${name}`);
  const program = ts.createProgram(actionFiles, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const actionsDir = `${root}src/actions/`;
  const files = program
    .getSourceFiles()
    .filter((file) => file.fileName.startsWith(actionsDir) && !file.fileName.endsWith(OUTPUT.slice('src/actions/'.length)))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));

  /** Where a type reference leads: a project interface or alias, or a library type. */
  const declarationOf = (reference) => {
    let symbol = checker.getSymbolAtLocation(reference.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.[0];
    const inProject = declaration !== undefined && declaration.getSourceFile().fileName.startsWith(`${root}src/`);
    return { declaration, inProject };
  };

  const queue = [];
  const queued = new Set();
  const enqueue = (declaration) => {
    if (!queued.has(declaration)) {
      queued.add(declaration);
      queue.push(declaration);
    }
    return paramsName(declaration.name.text);
  };

  const fail = (node, message) => {
    const { line } = node.getSourceFile().getLineAndCharacterOfPosition(node.getStart());
    throw new Error(`${node.getSourceFile().fileName.slice(root.length)}:${line + 1}: ${message}: ${node.getText()}`);
  };

  /** The builder form of a wire type node: keys camelCased, arrays readonly, user maps verbatim. */
  const typeText = (node, indent) => {
    if (ts.isParenthesizedTypeNode(node)) return `(${typeText(node.type, indent)})`;
    if (ts.isUnionTypeNode(node)) return node.types.map((member) => typeText(member, indent)).join(' | ');
    if (ts.isArrayTypeNode(node)) {
      return `readonly ${arrayElement(typeText(node.elementType, indent))}[]`;
    }
    if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return typeText(node.type, indent);
    if (ts.isLiteralTypeNode(node) || ts.isTemplateLiteralTypeNode(node)) return node.getText();
    if (ts.isTypeLiteralNode(node)) {
      if (node.members.some(ts.isIndexSignatureDeclaration)) return node.getText();
      return `{\n${membersText(node.members, `${indent}  `, false)}${indent}}`;
    }
    if (ts.isTypeReferenceNode(node)) {
      const { declaration, inProject } = declarationOf(node);
      const name = node.typeName.getText();
      if (!inProject) {
        if (name === 'Record') return node.getText(); // a user map: keys verbatim
        if ((name === 'Array' || name === 'ReadonlyArray') && node.typeArguments?.length === 1) {
          return `readonly ${arrayElement(typeText(node.typeArguments[0], indent))}[]`;
        }
        fail(node, 'unsupported library type in a wire parameter');
      }
      if (node.typeArguments !== undefined) fail(node, 'unsupported generic type in a wire parameter');
      if (ts.isInterfaceDeclaration(declaration)) return enqueue(declaration);
      if (ts.isTypeAliasDeclaration(declaration)) {
        const aliased = declaration.type;
        // An alias of a user map (SipHeaders) or of literals is inlined: the generated file imports nothing.
        return typeText(aliased, indent);
      }
      fail(node, 'unsupported type reference in a wire parameter');
    }
    const keyword = node.getText();
    if (['string', 'number', 'boolean', 'null', 'undefined', 'unknown', 'never'].includes(keyword)) return keyword;
    return fail(node, 'unsupported type in a wire parameter');
  };

  const membersText = (members, indent, omitTargets) =>
    members
      .map((member) => {
        if (!ts.isPropertySignature(member) || member.type === undefined) fail(member, 'only property signatures are supported');
        const wireKey = member.name.getText().replace(/^['"]|['"]$/g, '');
        if (omitTargets && TARGET_KEYS.has(wireKey)) return '';
        const readonly = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.ReadonlyKeyword) ? 'readonly ' : '';
        const optional = member.questionToken ? '?' : '';
        return `${docComment(member, indent)}${indent}${readonly}${uncapitalize(wireKey)}${optional}: ${typeText(member.type, indent)};\n`;
      })
      .join('');

  const interfaceText = (declaration, action) => {
    const wire = declaration.name.text;
    const name = paramsName(wire);
    const heritage = (declaration.heritageClauses ?? []).flatMap((clause) =>
      clause.types.map((base) => {
        const { declaration: baseDeclaration, inProject } = declarationOf(
          base.expression.kind === ts.SyntaxKind.Identifier ? { typeName: base.expression } : base,
        );
        if (!inProject || !ts.isInterfaceDeclaration(baseDeclaration) || base.typeArguments)
          fail(base, 'a wire parameter interface may extend plain interfaces only');
        if (baseDeclaration.members.some((m) => TARGET_KEYS.has(m.name?.getText() ?? '')))
          fail(base, 'a shared base must not declare CallId or ParticipantTag');
        return enqueue(baseDeclaration);
      }),
    );
    const { description, sees } = docParts(declaration);
    const lines =
      action === undefined
        ? [...description.split('\n'), '', `In camelCase, as builders take it; the wire form is {@link ${wire}}.`]
        : REFINED.has(wire)
          ? [`{@link ${wire}} in camelCase, without targeting: the plain shape that {@link ${action.params}} refines.`]
          : [
              `What {@link actions}.${action.builder} takes: {@link ${wire}} in camelCase, without targeting.`,
              'Each field carries the docs of its wire field; set `CallId` with `.onCall()` and `ParticipantTag` with `.onLeg()`.',
            ];
    const extendsText = heritage.length > 0 ? ` extends ${heritage.join(', ')}` : '';
    const body = membersText(declaration.members, '  ', action !== undefined);
    const block = body === '' ? '{}' : `{\n${body}}`;
    return `${commentBlock([...lines, '@category Actions', ...sees])}export interface ${name}${extendsText} ${block}\n`;
  };

  // The roots: every wire action (`Type` literal and `Parameters`) whose parameters are more than targeting.
  const roots = [];
  for (const file of files) {
    for (const statement of file.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      const type = statement.members.find((m) => m.name?.getText() === 'Type');
      const parameters = statement.members.find((m) => m.name?.getText() === 'Parameters');
      if (!type?.type || !ts.isLiteralTypeNode(type.type) || !parameters?.type || !ts.isTypeReferenceNode(parameters.type)) continue;
      const { declaration } = declarationOf(parameters.type);
      if (!ts.isInterfaceDeclaration(declaration)) fail(parameters, 'Parameters must name an interface');
      const own = declaration.members.filter((m) => !TARGET_KEYS.has(m.name?.getText() ?? ''));
      if (own.length === 0 && !declaration.heritageClauses) continue; // a builder of `()`
      const actionType = type.type.literal.text;
      const builder = uncapitalize(actionType);
      roots.push({ declaration, builder, params: `${actionType}Params` });
    }
  }

  const chunks = [];
  for (const root of roots) {
    queued.add(root.declaration);
    chunks.push(interfaceText(root.declaration, root));
  }
  for (let i = 0; i < queue.length; i++) chunks.push(interfaceText(queue[i], undefined));
  const header = [
    '// Generated by scripts/generate-builder-params.mjs from the wire types of src/actions/: do not edit.',
    '// Run `npm run generate` after changing a wire parameter or its TSDoc; npm test fails while it is stale.',
    '',
  ].join('\n');
  // A field's doc that links a wire shape links its camelCase form instead: the shape users type,
  // declared in this file, so the editor resolves the link without an import (and no import cycle).
  const generated = new Map([...queued].map((declaration) => [declaration.name.text, paramsName(declaration.name.text)]));
  const body = chunks
    .join('\n')
    .split('\n')
    .map((line) =>
      /^\s{3,}\*/.test(line)
        ? line.replace(/\{@link (\w+)(?:\.(\w+))?\}/g, (link, name, member) =>
            generated.has(name) ? `{@link ${generated.get(name)}${member ? `.${uncapitalize(member)}` : ''}}` : link,
          )
        : line,
    )
    .join('\n');
  return `${header}\n${body}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const output = `${root}${OUTPUT}`;
  const text = generate();
  let current = '';
  try {
    current = readFileSync(output, 'utf8');
  } catch {
    // not generated yet
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${OUTPUT} is out of date: run \`npm run generate\` and commit the result.`);
      process.exit(1);
    }
  } else if (current !== text) {
    writeFileSync(output, text);
    console.log(`wrote ${OUTPUT}`);
  }
}
