// GHC's stdin buffers, followed by offsets. A GHC handle reads into a byte
// buffer of 8192 bytes (one read) and decodes from it into a character
// buffer of 2048 characters; a decoding step starts when the character
// buffer is empty, from the bytes left in the byte buffer (a fresh read
// when none are left, or when they only start a character). We read stdin
// a byte at a time and decode one character at a time, so no reader sees
// the buffers, except text's hGetChunk, whose chunk is what the character
// buffer holds. This keeps, per run, where stdin stands, where GHC's byte
// buffer ends in the stream and how many characters the current decoding
// step has given, which decides the chunks.

import type { ProgramIO } from "../run-api.js";

const BYTE_BUFFER = 8192;
const CHAR_BUFFER = 2048;

interface StdinBuffers {
  /** Bytes of stdin consumed so far (handed-back bytes are subtracted). */
  pos: number;
  /** Where GHC's byte buffer ends, as a stream offset. */
  bufEnd: number;
  /** The characters of the current decoding step given so far; 0: the character buffer is empty. */
  stepChars: number;
}

const buffers = new WeakMap<ProgramIO, StdinBuffers>();

function buffersOf(io: ProgramIO): StdinBuffers {
  let b = buffers.get(io);
  if (b === undefined) {
    b = { pos: 0, bufEnd: 0, stepChars: 0 };
    buffers.set(io, b);
  }
  return b;
}

/** stdin moved by n bytes (negative: bytes handed back). */
export function stdinMoved(io: ProgramIO, n: number): void {
  buffersOf(io).pos += n;
}

/** The stream offset stdin stands at. */
export function stdinOffset(io: ProgramIO): number {
  return buffersOf(io).pos;
}

/** Whether the character at stream offsets [start, end) is in the character buffer the current step filled. */
export function inCurrentStep(
  io: ProgramIO,
  start: number,
  end: number,
): boolean {
  const b = buffersOf(io);
  return (
    b.stepChars > 0 &&
    b.stepChars < CHAR_BUFFER &&
    start < b.bufEnd &&
    end <= b.bufEnd
  );
}

/** A reader decoded the character at stream offsets [start, end). */
export function charDecoded(io: ProgramIO, start: number, end: number): void {
  const b = buffersOf(io);
  if (inCurrentStep(io, start, end)) {
    b.stepChars++;
    return;
  }
  // A new decoding step: from the byte buffer's rest, or (nothing left, or
  // only part of a character) a read that fills it from the first byte on.
  if (end > b.bufEnd) b.bufEnd = start + BYTE_BUFFER;
  b.stepChars = 1;
}

/** The character buffer was emptied (hGetChunk took it, or a raw read of the bytes went past it). */
export function charBufferTaken(io: ProgramIO): void {
  buffersOf(io).stepChars = 0;
}
