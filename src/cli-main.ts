// Process entry point for bin/hs2stg.
import { main } from "./cli.js";

const code = await main(process.argv);
// Let pending stdout writes drain before exiting.
process.exitCode = code;
