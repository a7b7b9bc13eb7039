import { GHC_VERSION, NO_GHC_REASON } from "./ghc.js";

export default function setup(): void {
  if (GHC_VERSION === null) {
    process.stderr.write(`\n*** ${NO_GHC_REASON} ***\n\n`);
  } else {
    process.stderr.write(
      `GHC ${GHC_VERSION} found: GHC-backed tests will run\n`,
    );
  }
}
