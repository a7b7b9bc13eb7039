// Process entry point for bin/hs2stg when it runs the modules tsc wrote
// (the bundle, when there is one, starts from cli-start.ts itself).
import { start } from "./cli-start.js";

// Let pending stdout writes drain before exiting.
process.exitCode = await start(process.argv);
