// The library programs against GHC's binaries, second half (program-suite.ts).
import { comparisonSuite } from "./program-suite.js";

comparisonSuite(2, 2);
