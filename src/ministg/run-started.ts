// Whether this process has started running a program: from then on the
// program may have read input and written output, so the command must not
// be run again (cli/deep-stack.ts reruns it only before this point).
let started = false;

export function noteRunStarted(): void {
  started = true;
}

export function runHasStarted(): boolean {
  return started;
}
