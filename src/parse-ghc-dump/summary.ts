// A short human-readable summary of a parsed dump for `hs2stg parse`.
import type { BindGroup, Binding, Dump } from "./ast.js";

function bindingsOf(group: BindGroup): readonly Binding[] {
  switch (group.kind) {
    case "nonrec":
      return [group.bind];
    case "rec":
      return group.binds;
    default: {
      const never: never = group;
      return never;
    }
  }
}

/** Wraps words into lines of at most `width` characters, indented. */
function wrap(words: readonly string[], indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line !== "" && indent.length + line.length + 1 + w.length > width) {
      lines.push(indent + line);
      line = w;
    } else line = line === "" ? w : `${line} ${w}`;
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

/** Modules, their top-level binding counts and binder names. */
export function summarizeDump(dump: Dump): string {
  const n = dump.modules.length;
  const out = [`${dump.file}: ${n} module${n === 1 ? "" : "s"}`];
  for (const m of dump.modules) {
    const binds = m.bindings.flatMap(bindingsOf);
    const recs = m.bindings.filter((g) => g.kind === "rec").length;
    out.push(
      `module ${m.name ?? "(unnamed)"} (${m.title.replace(/:$/, "")}` +
        `${m.timestamp === null ? "" : `, ${m.timestamp}`}): ` +
        `${binds.length} top-level binding${binds.length === 1 ? "" : "s"}` +
        `, ${recs} recursive group${recs === 1 ? "" : "s"}`,
    );
    out.push(
      ...wrap(
        binds.map((b) => b.name.text),
        "  ",
      ),
    );
  }
  return out.join("\n");
}
