// Local typedoc plugin for the chime-sma-kit reference site (loaded by docs/typedoc.config.mjs).
//
// 1. Names each entry-point module by its import path: src/index.ts is `chime-sma-kit`,
//    src/testing/index.ts is `chime-sma-kit/testing`, and so on.
// 2. Renders the members of a `@namespace` object that only point at a documented function
//    (`actions.joinChimeMeeting` is the `joinChimeMeeting` builder) as functions with the
//    function's own documentation, each on its own page.
// 3. Fails the build (a warning, and warnings are errors) when an export has no `@category`
//    or one outside the list in the config: the site is grouped by those categories.
// 4. Orders the guides (docs/*.md) by the number in their `order:` front matter, so the
//    navigation reads from "Getting started" on; guides without one come last, by file name.
// 5. Ranks the guides higher in the site's search (GUIDE_SEARCH_BOOST): a task word ("forward",
//    "record", "outbound") should find the guide that does the task before the API members
//    whose comments mention it; a search for an export's name still finds it first (the search
//    page boosts names that start with the query).
// 6. Links the AWS source references of the guides (a bare `pstn-invocations.md`, the page's file
//    in awsdocs/amazon-chime-sdk-developer-guide) to the AWS page they name. markdown-it's
//    linkify reads `.md` as a domain and would make them `http://pstn-invocations.md`.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Converter, MarkdownEvent, ReflectionKind, ReflectionType } from 'typedoc';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const packageName = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name;

/** The import path of the module whose entry file is `file` (src/x/index.ts → name/x). */
function importPathOf(file) {
  const rel = relative(join(root, 'src'), file).split(sep).join('/');
  const sub = rel.replace(/(^|\/)index\.[cm]?tsx?$/, '').replace(/\.[cm]?tsx?$/, '');
  return sub === '' ? packageName : `${packageName}/${sub}`;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
    if (file) reflection.name = importPathOf(file);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => orderGuides(context.project));
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const document of context.project.documents ?? []) document.relevanceBoost = GUIDE_SEARCH_BOOST;
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      if (!reflection.parent?.kindOf(ReflectionKind.Namespace) || reflection.hasComment()) continue;
      const type = reflection.type;
      const signatures = type instanceof ReflectionType ? type.declaration.signatures : undefined;
      if (!signatures?.length || !signatures.every((signature) => signature.hasComment())) continue;
      // A shorthand member (`{ joinChimeMeeting }`) of a documented function: show it as that function.
      reflection.kind = ReflectionKind.Function;
      reflection.signatures = signatures;
      for (const signature of signatures) {
        signature.parent = reflection;
        signature.name = reflection.name;
      }
      type.declaration.signatures = undefined;
      reflection.type = undefined;
    }
  });

  app.renderer.on(MarkdownEvent.PARSE, (event) => {
    event.parsedText = linkAwsSources(event.parsedText);
  });

  // After typedoc's own categorisation (priority -200).
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => checkCategories(app, context.project), -300);
}

/**
 * Warns about every module member outside the site's categories, and drops the single,
 * repeated category inside a namespace (`actions` > Actions > joinChimeMeeting reads as
 * `actions` > joinChimeMeeting).
 */
function checkCategories(app, project) {
  const allowed = app.options.getValue('categoryOrder').filter((name) => name !== '*');
  for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
    for (const category of module.categories ?? []) {
      if (allowed.includes(category.title)) continue;
      for (const child of category.children) {
        // A re-export of a symbol another entry point documents (SmaValidationError in the
        // subpaths) is a reference to that page: its category lives there.
        if (child.isDocument() || child.kind === ReflectionKind.Reference) continue;
        app.logger.warn(
          `${child.getFriendlyFullName()} has no @category tag of the site (its category is "${category.title}"; ` +
            `use one of ${allowed.join(', ')}, or @internal for machinery that is not public)`,
        );
      }
    }
  }
  for (const namespace of project.getReflectionsByKind(ReflectionKind.Namespace)) {
    if (namespace.categories?.length === 1) namespace.categories = undefined;
  }
}

/** The `order:` of a guide's front matter, or Infinity (stable sort: file-name order among those). */
function orderOf(reflection) {
  const order = Number(reflection.isDocument?.() ? reflection.frontmatter?.order : undefined);
  return Number.isFinite(order) ? order : Number.POSITIVE_INFINITY;
}

/** Sorts the project's documents by `orderOf`; the site's sort option keeps documents in this order. */
function orderGuides(project) {
  const byOrder = (a, b) => orderOf(a) - orderOf(b) || 0;
  project.documents?.sort(byOrder);
  if (project.childrenIncludingDocuments) {
    const documents = project.childrenIncludingDocuments.filter((child) => child.isDocument());
    documents.sort(byOrder);
    let next = 0;
    project.childrenIncludingDocuments = project.childrenIncludingDocuments.map((child) =>
      child.isDocument() ? documents[next++] : child,
    );
  }
}

/**
 * How much a guide outweighs an API member in the search (20: measured on the cookbook's task words against the API's member names,
 * test/docs/site.test.ts).
 */
export const GUIDE_SEARCH_BOOST = 20;

/** The AWS page of a file of awsdocs/amazon-chime-sdk-developer-guide (doc_source/NAME.md). */
export const AWS_DEVELOPER_GUIDE = 'https://docs.aws.amazon.com/chime-sdk/latest/dg/';

/** Rewrites the links linkify made of bare `name.md` source references into links to the AWS pages. */
export function linkAwsSources(html) {
  return html.replace(
    /<a href="http:\/\/([a-z0-9][a-z0-9-]*)\.md">\1\.md<\/a>/g,
    (_, name) => `<a href="${AWS_DEVELOPER_GUIDE}${name}.html">${name}.md</a>`,
  );
}
