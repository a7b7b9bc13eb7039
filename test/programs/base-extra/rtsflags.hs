{-# LANGUAGE FlexibleContexts, FlexibleInstances, GADTs, TypeOperators #-}
-- GHC.RTS.Flags as a GHC binary run without +RTS options reports it: the
-- whole record, each getter, record selectors, the Enum instances (RTS
-- constants, "invalid enum" errors, the default methods), Eq and Storable
-- IoSubSystem, and Generic (field counts through the representation).
import Control.Exception
import Foreign
import GHC.Generics
import GHC.RTS.Flags

t :: Show a => a -> IO ()
t x = do
  r <- try (evaluate (length (show x) `seq` x))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) show r)

class Fields f where
  fields :: f p -> Int
instance Fields U1 where fields _ = 0
instance Fields (K1 i c) where fields _ = 1
instance (Fields f, Fields g) => Fields (f :*: g) where fields (a :*: b) = fields a + fields b
instance Fields f => Fields (M1 i c f) where fields (M1 x) = fields x

conNameOf :: (Generic a, Rep a ~ D1 d (C1 c f), Constructor c) => a -> String
conNameOf x = case from x of M1 c -> conName c

main :: IO ()
main = do
  flags <- getRTSFlags
  print flags
  getGCFlags >>= print
  getConcFlags >>= print
  getMiscFlags >>= print
  getDebugFlags >>= print
  getCCFlags >>= print
  getProfFlags >>= print
  getTraceFlags >>= print
  getTickyFlags >>= print
  getParFlags >>= print
  getIoManagerFlag >>= print
  let g = gcFlags flags
  print (maxStkSize g > 0, initialStkSize g, oldGenFactor g, generations g, numaMask g, statsFile g)
  print (ctxtSwitchTime (concurrentFlags flags), tickInterval (miscFlags flags), ioManager (miscFlags flags))
  print (msecsPerTick (costCentreFlags flags), heapProfileIntervalTicks (profilingFlags flags), tracing (traceFlags flags))
  print (sanity (debugFlags flags), squeeze (debugFlags flags), tickyFile (tickyFlags flags), setAffinity (parFlags flags))
  print (g {maxStkSize = 1, giveStats = VerboseGCStats, statsFile = Just "stats.txt"})
  print (showsPrec 11 (TickyFlags True (Just "x")) "", showsPrec 11 HeapByLDV "")
  -- Enum
  t (map fromEnum [NoGCStats, CollectGCStats, OneLineGCStats, SummaryGCStats, VerboseGCStats])
  t (map fromEnum [NoHeapProfiling, HeapByCCS, HeapByMod, HeapByDescr, HeapByType, HeapByRetainer, HeapByLDV, HeapByClosureType])
  t (map fromEnum [CostCentresNone, CostCentresSummary, CostCentresVerbose, CostCentresAll, CostCentresJSON])
  t (map fromEnum [TraceNone, TraceEventLog, TraceStderr], map fromEnum [IoPOSIX, IoNative])
  t (map toEnum [0, 1, 2, 4, 5, 6, 7, 8] :: [DoHeapProfile])
  t (map toEnum [0 .. 4] :: [GiveGCStats], map toEnum [0 .. 4] :: [DoCostCentres])
  t (map toEnum [0 .. 2] :: [DoTrace], map toEnum [0, 1] :: [IoSubSystem])
  t (toEnum 3 :: DoHeapProfile)
  t (toEnum 5 :: GiveGCStats)
  t (toEnum (-1) :: DoCostCentres)
  t (toEnum 3 :: DoTrace)
  t (toEnum 2 :: IoSubSystem)
  t (take 3 [NoGCStats ..])
  t (succ IoNative, pred IoPOSIX)
  t (succ IoPOSIX)
  t (succ HeapByMod)
  t [HeapByCCS, HeapByDescr ..]
  t [CostCentresNone .. CostCentresAll]
  t [TraceStderr, TraceEventLog ..]
  t [VerboseGCStats, SummaryGCStats .. CollectGCStats]
  t (IoPOSIX == IoPOSIX, IoPOSIX == IoNative, IoPOSIX /= IoNative)
  -- Storable IoSubSystem
  print (sizeOf IoPOSIX, alignment IoNative)
  v <- alloca (\p -> poke p IoPOSIX >> peek (castPtr p :: Ptr Int))
  x <- alloca (\p -> poke (castPtr p) (0 :: Int) >> (peek p :: IO IoSubSystem))
  print (v, x)
  -- Generic
  print (fields (from flags), fields (from g), fields (from (debugFlags flags)), fields (from (parFlags flags)))
  print (conNameOf flags, conNameOf g, conNameOf (tickyFlags flags))
  print (to (from (getTickyFlagsPure)) :: TickyFlags)
  print (map (conNameOf' . from) [TraceNone, TraceStderr], map (conNameOf' . from) [HeapByLDV, NoHeapProfiling])
  print (to (from CostCentresJSON) :: DoCostCentres, to (from OneLineGCStats) :: GiveGCStats)
  where
    getTickyFlagsPure = TickyFlags True (Just "ticky")
    conNameOf' :: ConNames f => D1 d f p -> String
    conNameOf' (M1 x) = conNames x

class ConNames f where
  conNames :: f p -> String
instance (ConNames f, ConNames g) => ConNames (f :+: g) where
  conNames (L1 x) = conNames x
  conNames (R1 x) = conNames x
instance Constructor c => ConNames (M1 C c f) where
  conNames c = conName c
