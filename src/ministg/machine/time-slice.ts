// The green threads' default time slice, in its own module so that the CLI's
// help text can name it without loading the machine.
export const DEFAULT_PREEMPT_STEPS = 10_000;
