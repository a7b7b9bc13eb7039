// The C library's own math functions through hs2stg's addon (native/libm.c,
// built by `npm install`): the very functions a GHC-compiled program calls,
// so every result is glibc's bit for bit, and a call costs less than our
// JavaScript ports. Without the addon (not built, another platform, or
// HS2STG_LIBM=js) the primops use the ports in this directory.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The addon's path below the package root. */
export const ADDON_PATH = "native/build/Release/hs2stg_libm.node";

/** The functions the addon provides, by the C library's names. */
export const NATIVE_UNARY = [
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "sinh",
  "cosh",
  "tanh",
  "asinh",
  "acosh",
  "atanh",
  "exp",
  "expm1",
  "log",
  "log1p",
] as const;
export type NativeUnary = (typeof NATIVE_UNARY)[number];
type UnaryName = NativeUnary | `${NativeUnary}f`;

export type NativeLibm = Record<UnaryName, (x: number) => number> & {
  pow(x: number, y: number): number;
  powf(x: number, y: number): number;
};

/** What the addon exports: calls through its bound slots (native/libm.c). */
type Addon = Record<UnaryName | "pow" | "powf", () => void> & {
  bind(slots: Float64Array): void;
};

/**
 * An addon's file (by default the libm one): searched upwards from this
 * module (src/ministg/primops/libm under vitest, dist/... or dist/bundle
 * when bin/hs2stg runs).
 */
export function addonFile(addonPath: string = ADDON_PATH): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const path = join(dir, addonPath);
    if (existsSync(path)) return path;
    dir = dirname(dir);
  }
  return null;
}

let loaded: NativeLibm | null | undefined;

/** The addon's functions, or null (loaded on the first call, then kept). */
export function nativeLibm(): NativeLibm | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  if (process.env.HS2STG_LIBM === "js") return loaded;
  const file = addonFile();
  if (file === null) return loaded;
  let addon: Addon;
  try {
    addon = createRequire(import.meta.url)(file) as Addon;
  } catch {
    // Built for another Node or platform: the JavaScript ports serve.
    return loaded;
  }
  loaded = wrap(addon);
  return loaded;
}

/** Plain functions of numbers over the addon's slot convention. */
function wrap(addon: Addon): NativeLibm {
  const slots = new Float64Array(2);
  addon.bind(slots);
  const unary = (f: () => void) => (x: number) => {
    slots[0] = x;
    f();
    return slots[0];
  };
  const binary = (f: () => void) => (x: number, y: number) => {
    slots[0] = x;
    slots[1] = y;
    f();
    return slots[0];
  };
  const out: Partial<NativeLibm> = {
    pow: binary(addon.pow),
    powf: binary(addon.powf),
  };
  for (const name of NATIVE_UNARY) {
    out[name] = unary(addon[name]);
    out[`${name}f`] = unary(addon[`${name}f`]);
  }
  return out as NativeLibm;
}

/** Which math functions the primops use, for `hs2stg --version` and docs. */
export function libmDescription(): string {
  return nativeLibm() !== null
    ? "the C library's libm (native addon)"
    : "JavaScript ports of glibc's libm (no native addon)";
}

/**
 * `name` from the addon when it loads, else `port`: decided at the first
 * call, so that a program without floating-point math never loads it.
 */
export function viaNative1(
  name: UnaryName,
  port: (x: number) => number,
): (x: number) => number {
  let f = (x: number): number => {
    f = nativeLibm()?.[name] ?? port;
    return f(x);
  };
  return (x) => f(x);
}

/** viaNative1 for pow and powf. */
export function viaNative2(
  name: "pow" | "powf",
  port: (x: number, y: number) => number,
): (x: number, y: number) => number {
  let f = (x: number, y: number): number => {
    f = nativeLibm()?.[name] ?? port;
    return f(x, y);
  };
  return (x, y) => f(x, y);
}
