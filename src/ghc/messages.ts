// GHC's output split into its messages, each with the file it is about, so
// that messages about a generated module can be told from the user's.

export interface GhcMessage {
  /** The file the message is about, as GHC names it; undefined for text outside a message. */
  readonly file?: string;
  readonly severity?: "error" | "warning";
  /** The message's lines, each ending in a newline. */
  readonly text: string;
}

// `file:3:7: error:`, `file:3:7-12: warning: [-W…]`, `file:(3,1)-(4,9): error:`
const HEADER =
  /^(.+?):(?:\d+:\d+(?:-\d+)?|\(\d+,\d+\)-\(\d+,\d+\)): (error|warning)\b/;
const NO_LOCATION = /^<no location info>: (error|warning)\b/;

/** Splits GHC's output at message headers; blank lines go with the message they precede. */
export function splitGhcMessages(output: string): GhcMessage[] {
  const out: Array<{
    file?: string;
    severity?: "error" | "warning";
    lines: string[];
  }> = [];
  let blank: string[] = [];
  for (const line of output.split(/(?<=\n)/)) {
    if (line.trim() === "") {
      blank.push(line);
      continue;
    }
    const h = HEADER.exec(line);
    const n = h === null ? NO_LOCATION.exec(line) : null;
    if (h !== null) {
      const severity = h[2] as "error" | "warning";
      out.push({ file: h[1]!, severity, lines: [...blank, line] });
    } else if (n !== null) {
      const severity = n[1] as "error" | "warning";
      out.push({ severity, lines: [...blank, line] });
    } else if (out.length === 0) {
      out.push({ lines: [...blank, line] });
    } else {
      out[out.length - 1]!.lines.push(...blank, line);
    }
    blank = [];
  }
  if (blank.length > 0) {
    if (out.length === 0) out.push({ lines: blank });
    else out[out.length - 1]!.lines.push(...blank);
  }
  return out.map((m) => ({
    ...(m.file !== undefined ? { file: m.file } : {}),
    ...(m.severity !== undefined ? { severity: m.severity } : {}),
    text: m.lines.join(""),
  }));
}
