// Absent-argument fillers: where GHC's worker/wrapper leaves a dictionary
// field or argument unused, it builds the value with a top-level filler
//   peekArray13 :: a -> Int
//     Unfolding: (\ @a -> Control.Exception.Base.absentError @(a -> Int) peekArray14)
//   peekArray14 :: Addr#  Unfolding: ("ww a\n\ \   -> Int in output file ..."#)
// which -O1 code puts in the dictionaries it builds (`C:Storable
// peekArray13 peekArray13 ...`). Entering one is GHC's "Oops! Entered
// absent arg" error with that message; defined as such: the filler calls
// our absentError on the message literal, written as a miniSTG string.

/**
 * The filler `name` (an id's declaration info text) as miniSTG bindings,
 * or null: { msg: { name, text }, text, needs } (its message literal's
 * binding, its own).
 * `lits(occ)` gives the declaration text of an id of the same module as
 * the interface prints it (its whitespace is the literal's); `g(occ)` its
 * miniSTG name.
 */
export function absentFiller(name, info, lits, g) {
  const m =
    /Unfolding: \((?:\\ (?:@\S+ )+-> )?Control\.Exception\.Base\.absentError @.* ([\w$']+)\)\]$/.exec(
      info,
    );
  if (m === null) return null;
  const msgInfo = lits(m[1]);
  if (msgInfo === undefined) return null;
  const s = /Unfolding: \("((?:[^"\\]|\\[\s\S])*)"#\)\]$/.exec(msgInfo);
  if (s === null) return null;
  const bytes = addrLiteralBytes(s[1]);
  if (bytes === null) return null;
  const msg = g(m[1]);
  return {
    msg: { name: msg, text: `${msg} = "${bytes.map(byteText).join("")}";` },
    text: `${name} = THUNK(absentError_ControlziExceptionziBase ${msg});`,
    needs: ["absentError_ControlziExceptionziBase", msg],
  };
}

// GHC prints an Addr# literal as a Haskell string of bytes: `\n`, `\\`,
// `\"`, decimal escapes `\226`, `\&` (empty) and gaps `\ ... \` where
// the interface text breaks its lines.
function addrLiteralBytes(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 92) {
      if (c > 0x7e || c < 0x20) return null;
      out.push(c);
      continue;
    }
    const e = text[i + 1];
    const dec = /^\d+/.exec(text.slice(i + 1));
    if (dec !== null) {
      const v = Number(dec[0]);
      if (v > 255) return null;
      out.push(v);
      i += dec[0].length;
    } else if (e === "n") (out.push(10), i++);
    else if (e === "t") (out.push(9), i++);
    else if (e === "\\" || e === '"' || e === "'")
      (out.push(e.charCodeAt(0)), i++);
    else if (e === "&") i++;
    else if (e === " " || e === "\n") {
      const end = text.indexOf("\\", i + 1);
      if (end < 0 || text.slice(i + 1, end).trim() !== "") return null;
      i = end;
    } else return null;
  }
  return out;
}

function byteText(b) {
  if (b === 34 || b === 92 || b < 0x20 || b > 0x7e)
    return `\\x${b.toString(16).padStart(2, "0")}`;
  return String.fromCharCode(b);
}
