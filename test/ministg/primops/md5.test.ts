// md5.ts (our RFC 1321 implementation) against Node's MD5 on the RFC's test
// suite and inputs of every length around the padding boundaries.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { md5 } from "../../../src/ministg/primops/md5.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const text = (s: string) => new TextEncoder().encode(s);

describe("md5", () => {
  it("gives RFC 1321's test-suite digests", () => {
    expect(hex(md5(text("")))).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(hex(md5(text("a")))).toBe("0cc175b9c0f1b6a831c399e269772661");
    expect(hex(md5(text("abc")))).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(hex(md5(text("message digest")))).toBe(
      "f96b697d7cb7938d525a2f31aaf161d0",
    );
    expect(hex(md5(text("abcdefghijklmnopqrstuvwxyz")))).toBe(
      "c3fcd3d76192e4007dfb496cca67e13b",
    );
    expect(hex(md5(text("1234567890".repeat(8))))).toBe(
      "57edf4a22be3c955ac49da2e2107b67a",
    );
  });
  it("agrees with Node's MD5 for lengths 0 to 300", () => {
    let seed = 12345;
    for (let n = 0; n <= 300; n++) {
      const data = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        data[i] = seed >>> 24;
      }
      expect(hex(md5(data))).toBe(createHash("md5").update(data).digest("hex"));
    }
  });
});
