-- Every record selector of GHC.RTS.Flags' records that other programs do
-- not read, applied to the flags of a run without +RTS options, and every
-- selector of GHC.Stats' RTSStats and GCDetails on values built here.
{-# OPTIONS_GHC -Wno-deprecations #-}
import GHC.RTS.Flags
import qualified GHC.RTS.Flags as F
import GHC.Stats hiding (gc)
import qualified GHC.Stats as S

details :: GCDetails
details = GCDetails 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (-16)

stats :: RTSStats
stats = RTSStats 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 (-127) details

main :: IO ()
main = do
  flags <- getRTSFlags
  let r_gcFlags = gcFlags flags
  putStrLn $ unwords [show (giveStats r_gcFlags), show (maxHeapSize r_gcFlags), show (stkChunkSize r_gcFlags), show (stkChunkBufferSize r_gcFlags), show (minAllocAreaSize r_gcFlags), show (largeAllocLim r_gcFlags), show (nurseryChunkSize r_gcFlags), show (minOldGenSize r_gcFlags), show (heapSizeSuggestion r_gcFlags), show (heapSizeSuggestionAuto r_gcFlags), show (pcFreeHeap r_gcFlags), show (squeezeUpdFrames r_gcFlags), show (compact r_gcFlags), show (compactThreshold r_gcFlags), show (sweep r_gcFlags), show (ringBell r_gcFlags), show (idleGCDelayTime r_gcFlags), show (doIdleGC r_gcFlags), show (heapBase r_gcFlags), show (allocLimitGrace r_gcFlags), show (numa r_gcFlags)]
  let r_concurrentFlags = concurrentFlags flags
  putStrLn $ unwords [show (ctxtSwitchTicks r_concurrentFlags)]
  let r_miscFlags = miscFlags flags
  putStrLn $ unwords [show (installSignalHandlers r_miscFlags), show (installSEHHandlers r_miscFlags), show (generateCrashDumpFile r_miscFlags), show (generateStackTrace r_miscFlags), show (machineReadable r_miscFlags), show (disableDelayedOsMemoryReturn r_miscFlags), show (internalCounters r_miscFlags), show (linkerAlwaysPic r_miscFlags), show (linkerMemBase r_miscFlags), show (numIoWorkerThreads r_miscFlags)]
  let r_debugFlags = debugFlags flags
  putStrLn $ unwords [show (scheduler r_debugFlags), show (interpreter r_debugFlags), show (weak r_debugFlags), show (gccafs r_debugFlags), show (F.gc r_debugFlags), show (nonmoving_gc r_debugFlags), show (block_alloc r_debugFlags), show (stable r_debugFlags), show (prof r_debugFlags), show (linker r_debugFlags), show (apply r_debugFlags), show (stm r_debugFlags), show (hpc r_debugFlags), show (sparks r_debugFlags)]
  let r_costCentreFlags = costCentreFlags flags
  putStrLn $ unwords [show (doCostCentres r_costCentreFlags), show (profilerTicks r_costCentreFlags)]
  let r_profilingFlags = profilingFlags flags
  putStrLn $ unwords [show (doHeapProfile r_profilingFlags), show (heapProfileInterval r_profilingFlags), show (includeTSOs r_profilingFlags), show (showCCSOnException r_profilingFlags), show (maxRetainerSetSize r_profilingFlags), show (ccsLength r_profilingFlags), show (modSelector r_profilingFlags), show (descrSelector r_profilingFlags), show (typeSelector r_profilingFlags), show (ccSelector r_profilingFlags), show (ccsSelector r_profilingFlags), show (retainerSelector r_profilingFlags), show (bioSelector r_profilingFlags)]
  let r_traceFlags = traceFlags flags
  putStrLn $ unwords [show (timestamp r_traceFlags), show (traceScheduler r_traceFlags), show (traceGc r_traceFlags), show (traceNonmovingGc r_traceFlags), show (sparksSampled r_traceFlags), show (sparksFull r_traceFlags), show (user r_traceFlags)]
  let r_tickyFlags = tickyFlags flags
  putStrLn $ unwords [show (showTickyStats r_tickyFlags)]
  let r_parFlags = parFlags flags
  putStrLn $ unwords [show (nCapabilities r_parFlags), show (migrate r_parFlags), show (maxLocalSparks r_parFlags), show (parGcEnabled r_parFlags), show (parGcGen r_parFlags), show (parGcLoadBalancingEnabled r_parFlags), show (parGcLoadBalancingGen r_parFlags), show (parGcNoSyncWithIdle r_parFlags), show (parGcThreads r_parFlags)]
  putStrLn $ unwords [show (gc_cpu_ns stats), show (gc_elapsed_ns stats), show (init_cpu_ns stats), show (init_elapsed_ns stats), show (mutator_cpu_ns stats), show (mutator_elapsed_ns stats), show (max_compact_bytes stats), show (max_large_objects_bytes stats), show (max_live_bytes stats), show (max_slop_bytes stats), show (cumulative_par_balanced_copied_bytes stats), show (cumulative_par_max_copied_bytes stats), show (nonmoving_gc_cpu_ns stats), show (nonmoving_gc_elapsed_ns stats), show (nonmoving_gc_sync_cpu_ns stats), show (nonmoving_gc_sync_elapsed_ns stats), show (nonmoving_gc_sync_max_elapsed_ns stats)]
  print (gcdetails_allocated_bytes details, gcdetails_compact_bytes details, gcdetails_copied_bytes details, gcdetails_elapsed_ns details, gcdetails_large_objects_bytes details, gcdetails_live_bytes details, gcdetails_mem_in_use_bytes details)
  print (gcdetails_nonmoving_gc_sync_cpu_ns details, gcdetails_par_balanced_copied_bytes details, gcdetails_par_max_copied_bytes details, gcdetails_slop_bytes details, gcdetails_sync_elapsed_ns details, gcdetails_threads details)
  print (gcdetails_gen (S.gc stats), gcdetails_cpu_ns (S.gc stats), gcs stats, major_gcs stats)
