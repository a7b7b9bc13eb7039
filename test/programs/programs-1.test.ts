// The library programs against GHC's binaries, first half (program-suite.ts).
import { comparisonSuite, wellFormedSuite } from "./program-suite.js";

wellFormedSuite();
comparisonSuite(1, 2);
