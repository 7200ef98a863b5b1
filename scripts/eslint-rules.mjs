import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const candidates = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];

function resolveLocal(fromFile, source) {
  let base;
  if (source.startsWith("@/")) base = path.join(root, source.slice(2));
  else if (source.startsWith(".")) base = path.resolve(path.dirname(fromFile), source);
  else return null;
  return candidates.map((ext) => base + ext).find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

const isServerOnly = (file) => /^\s*import\s+["']server-only["'];?/m.test(readFileSync(file, "utf8"));

/**
 * A "use client" module may not import a module marked `import "server-only"` (or that package
 * itself): server code, and the data it reaches, must never be bundled for the browser.
 */
const noServerOnlyInClient = {
  meta: {
    type: "problem",
    messages: { serverOnly: "'{{source}}' is server-only and must not be imported from a \"use client\" module." },
    schema: [],
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some(
      (node) => node.type === "ExpressionStatement" && node.directive === "use client",
    );
    if (!isClient) return {};
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        const source = node.source.value;
        const file = source === "server-only" ? null : resolveLocal(context.filename, source);
        if (source === "server-only" || (file && isServerOnly(file))) {
          context.report({ node, messageId: "serverOnly", data: { source } });
        }
      },
    };
  },
};

export const mineDataPlugin = { rules: { "no-server-only-in-client": noServerOnlyInClient } };
