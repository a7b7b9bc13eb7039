// Traced runs: the program's output passes by the observer on its way out,
// so a trace can show it on the step that wrote it.
import type { MachineObserver, ProgramIO } from "../run-api.js";

export function observedIO(
  io: ProgramIO,
  observer: MachineObserver | null,
): ProgramIO {
  const onOutput = observer?.onOutput?.bind(observer);
  if (onOutput === undefined) return io;
  return {
    ...io,
    writeStdout: (chunk) => {
      onOutput("stdout", chunk);
      io.writeStdout(chunk);
    },
    writeStderr: (chunk) => {
      onOutput("stderr", chunk);
      io.writeStderr(chunk);
    },
  };
}
