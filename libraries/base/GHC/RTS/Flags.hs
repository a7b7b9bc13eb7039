{-# LANGUAGE DeriveGeneric #-}
-- Clean-room GHC.RTS.Flags (base-4.15.1's API): the record types with the
-- interface file's constructors and field order, their derived Show and
-- Generic instances, the Enum instances (fromEnum is the RTS's C constant:
-- HeapByDescr is 4, IoPOSIX 1 and IoNative 0; toEnum of any other number
-- is "invalid enum for T: n"; the other methods are the class defaults),
-- Eq and Storable IoSubSystem (an Int in memory). The getters give what a
-- GHC 9.0.2 binary linked without -threaded and run without +RTS options
-- reports (observed): maxStkSize is 80% of the machine's physical memory in
-- 8-byte words (GHC's default -K), msecsPerTick what such binaries
-- print. Compiled into preludes/base/GHC.RTS.Flags.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.RTS.Flags
  ( RtsTime,
    RTSFlags (..),
    GiveGCStats (..),
    GCFlags (..),
    ConcFlags (..),
    MiscFlags (..),
    IoSubSystem (..),
    DebugFlags (..),
    DoCostCentres (..),
    CCFlags (..),
    DoHeapProfile (..),
    ProfFlags (..),
    DoTrace (..),
    TraceFlags (..),
    TickyFlags (..),
    ParFlags (..),
    getRTSFlags,
    getGCFlags,
    getConcFlags,
    getMiscFlags,
    getIoManagerFlag,
    getDebugFlags,
    getCCFlags,
    getProfFlags,
    getTraceFlags,
    getTickyFlags,
    getParFlags,
  )
where

import Data.Bits (shiftL)
import Data.Int (Int64)
import Data.Word (Word32, Word64)
import Foreign.Ptr (castPtr)
import Foreign.Storable (Storable (..))
import GHC.Generics (Generic)

type RtsTime = Word64

data GiveGCStats
  = NoGCStats
  | CollectGCStats
  | OneLineGCStats
  | SummaryGCStats
  | VerboseGCStats
  deriving (Show, Generic)

instance Enum GiveGCStats where
  fromEnum NoGCStats = 0
  fromEnum CollectGCStats = 1
  fromEnum OneLineGCStats = 2
  fromEnum SummaryGCStats = 3
  fromEnum VerboseGCStats = 4
  toEnum 0 = NoGCStats
  toEnum 1 = CollectGCStats
  toEnum 2 = OneLineGCStats
  toEnum 3 = SummaryGCStats
  toEnum 4 = VerboseGCStats
  toEnum n = invalidEnum "GiveGCStats" n

data GCFlags = GCFlags
  { statsFile :: Maybe FilePath,
    giveStats :: GiveGCStats,
    maxStkSize :: Word32,
    initialStkSize :: Word32,
    stkChunkSize :: Word32,
    stkChunkBufferSize :: Word32,
    maxHeapSize :: Word32,
    minAllocAreaSize :: Word32,
    largeAllocLim :: Word32,
    nurseryChunkSize :: Word32,
    minOldGenSize :: Word32,
    heapSizeSuggestion :: Word32,
    heapSizeSuggestionAuto :: Bool,
    oldGenFactor :: Double,
    pcFreeHeap :: Double,
    generations :: Word32,
    squeezeUpdFrames :: Bool,
    compact :: Bool,
    compactThreshold :: Double,
    sweep :: Bool,
    ringBell :: Bool,
    idleGCDelayTime :: RtsTime,
    doIdleGC :: Bool,
    heapBase :: Word,
    allocLimitGrace :: Word,
    numa :: Bool,
    numaMask :: Word
  }
  deriving (Show, Generic)

data ConcFlags = ConcFlags
  { ctxtSwitchTime :: RtsTime,
    ctxtSwitchTicks :: Int
  }
  deriving (Show, Generic)

data IoSubSystem
  = IoPOSIX
  | IoNative
  deriving (Eq, Show)

instance Enum IoSubSystem where
  fromEnum IoNative = 0
  fromEnum IoPOSIX = 1
  toEnum 0 = IoNative
  toEnum 1 = IoPOSIX
  toEnum n = invalidEnum "IoSubSystem" n

instance Storable IoSubSystem where
  sizeOf _ = sizeOf (0 :: Int)
  alignment _ = alignment (0 :: Int)
  peek p = fmap toEnum (peek (castPtr p))
  poke p v = poke (castPtr p) (fromEnum v)

data MiscFlags = MiscFlags
  { tickInterval :: RtsTime,
    installSignalHandlers :: Bool,
    installSEHHandlers :: Bool,
    generateCrashDumpFile :: Bool,
    generateStackTrace :: Bool,
    machineReadable :: Bool,
    disableDelayedOsMemoryReturn :: Bool,
    internalCounters :: Bool,
    linkerAlwaysPic :: Bool,
    linkerMemBase :: Word,
    ioManager :: IoSubSystem,
    numIoWorkerThreads :: Word32
  }
  deriving (Show, Generic)

data DebugFlags = DebugFlags
  { scheduler :: Bool,
    interpreter :: Bool,
    weak :: Bool,
    gccafs :: Bool,
    gc :: Bool,
    nonmoving_gc :: Bool,
    block_alloc :: Bool,
    sanity :: Bool,
    stable :: Bool,
    prof :: Bool,
    linker :: Bool,
    apply :: Bool,
    stm :: Bool,
    squeeze :: Bool,
    hpc :: Bool,
    sparks :: Bool
  }
  deriving (Show, Generic)

data DoCostCentres
  = CostCentresNone
  | CostCentresSummary
  | CostCentresVerbose
  | CostCentresAll
  | CostCentresJSON
  deriving (Show, Generic)

instance Enum DoCostCentres where
  fromEnum CostCentresNone = 0
  fromEnum CostCentresSummary = 1
  fromEnum CostCentresVerbose = 2
  fromEnum CostCentresAll = 3
  fromEnum CostCentresJSON = 4
  toEnum 0 = CostCentresNone
  toEnum 1 = CostCentresSummary
  toEnum 2 = CostCentresVerbose
  toEnum 3 = CostCentresAll
  toEnum 4 = CostCentresJSON
  toEnum n = invalidEnum "DoCostCentres" n

data CCFlags = CCFlags
  { doCostCentres :: DoCostCentres,
    profilerTicks :: Int,
    msecsPerTick :: Int
  }
  deriving (Show, Generic)

data DoHeapProfile
  = NoHeapProfiling
  | HeapByCCS
  | HeapByMod
  | HeapByDescr
  | HeapByType
  | HeapByRetainer
  | HeapByLDV
  | HeapByClosureType
  deriving (Show, Generic)

instance Enum DoHeapProfile where
  fromEnum NoHeapProfiling = 0
  fromEnum HeapByCCS = 1
  fromEnum HeapByMod = 2
  fromEnum HeapByDescr = 4
  fromEnum HeapByType = 5
  fromEnum HeapByRetainer = 6
  fromEnum HeapByLDV = 7
  fromEnum HeapByClosureType = 8
  toEnum 0 = NoHeapProfiling
  toEnum 1 = HeapByCCS
  toEnum 2 = HeapByMod
  toEnum 4 = HeapByDescr
  toEnum 5 = HeapByType
  toEnum 6 = HeapByRetainer
  toEnum 7 = HeapByLDV
  toEnum 8 = HeapByClosureType
  toEnum n = invalidEnum "DoHeapProfile" n

data ProfFlags = ProfFlags
  { doHeapProfile :: DoHeapProfile,
    heapProfileInterval :: RtsTime,
    heapProfileIntervalTicks :: Word,
    includeTSOs :: Bool,
    showCCSOnException :: Bool,
    maxRetainerSetSize :: Word,
    ccsLength :: Word,
    modSelector :: Maybe String,
    descrSelector :: Maybe String,
    typeSelector :: Maybe String,
    ccSelector :: Maybe String,
    ccsSelector :: Maybe String,
    retainerSelector :: Maybe String,
    bioSelector :: Maybe String
  }
  deriving (Show, Generic)

data DoTrace
  = TraceNone
  | TraceEventLog
  | TraceStderr
  deriving (Show, Generic)

instance Enum DoTrace where
  fromEnum TraceNone = 0
  fromEnum TraceEventLog = 1
  fromEnum TraceStderr = 2
  toEnum 0 = TraceNone
  toEnum 1 = TraceEventLog
  toEnum 2 = TraceStderr
  toEnum n = invalidEnum "DoTrace" n

data TraceFlags = TraceFlags
  { tracing :: DoTrace,
    timestamp :: Bool,
    traceScheduler :: Bool,
    traceGc :: Bool,
    traceNonmovingGc :: Bool,
    sparksSampled :: Bool,
    sparksFull :: Bool,
    user :: Bool
  }
  deriving (Show, Generic)

data TickyFlags = TickyFlags
  { showTickyStats :: Bool,
    tickyFile :: Maybe FilePath
  }
  deriving (Show, Generic)

data ParFlags = ParFlags
  { nCapabilities :: Word32,
    migrate :: Bool,
    maxLocalSparks :: Word32,
    parGcEnabled :: Bool,
    parGcGen :: Word32,
    parGcLoadBalancingEnabled :: Bool,
    parGcLoadBalancingGen :: Word32,
    parGcNoSyncWithIdle :: Word32,
    parGcThreads :: Word32,
    setAffinity :: Bool
  }
  deriving (Show, Generic)

data RTSFlags = RTSFlags
  { gcFlags :: GCFlags,
    concurrentFlags :: ConcFlags,
    miscFlags :: MiscFlags,
    debugFlags :: DebugFlags,
    costCentreFlags :: CCFlags,
    profilingFlags :: ProfFlags,
    traceFlags :: TraceFlags,
    tickyFlags :: TickyFlags,
    parFlags :: ParFlags
  }
  deriving (Show, Generic)

invalidEnum :: String -> Int -> a
invalidEnum ty n = errorWithoutStackTrace ("invalid enum for " ++ ty ++ ": " ++ show n)

-- the machine's physical memory in bytes (FFI+RTS.stg)
foreign import ccall unsafe "hs2stg_physical_memory" physicalMemory :: IO Int64

getRTSFlags :: IO RTSFlags
getRTSFlags = do
  gcf <- getGCFlags
  conc <- getConcFlags
  misc <- getMiscFlags
  dbg <- getDebugFlags
  cc <- getCCFlags
  pf <- getProfFlags
  tf <- getTraceFlags
  tk <- getTickyFlags
  par <- getParFlags
  return (RTSFlags gcf conc misc dbg cc pf tf tk par)

getGCFlags :: IO GCFlags
getGCFlags = do
  mem <- physicalMemory
  return
    GCFlags
      { statsFile = Nothing,
        giveStats = NoGCStats,
        maxStkSize = maxStkWords mem,
        initialStkSize = 128,
        stkChunkSize = 4096,
        stkChunkBufferSize = 128,
        maxHeapSize = 0,
        minAllocAreaSize = 256,
        largeAllocLim = 0,
        nurseryChunkSize = 0,
        minOldGenSize = 256,
        heapSizeSuggestion = 0,
        heapSizeSuggestionAuto = False,
        oldGenFactor = 2,
        pcFreeHeap = 3,
        generations = 2,
        squeezeUpdFrames = True,
        compact = False,
        compactThreshold = 30,
        sweep = False,
        ringBell = False,
        idleGCDelayTime = 300000000,
        doIdleGC = False,
        heapBase = 0,
        allocLimitGrace = 25,
        numa = False,
        numaMask = 1
      }

getConcFlags :: IO ConcFlags
getConcFlags = return (ConcFlags 20000000 2)

getMiscFlags :: IO MiscFlags
getMiscFlags = return (MiscFlags 10000000 True True False True False False False False 0 IoPOSIX 1)

getIoManagerFlag :: IO IoSubSystem
getIoManagerFlag = return IoPOSIX

getDebugFlags :: IO DebugFlags
getDebugFlags =
  return (DebugFlags False False False False False False False False False False False False False False False False)

-- GHC's default -K: 80% of the physical memory, in 8-byte words
maxStkWords :: Int64 -> Word32
maxStkWords mem = fromIntegral (mem * 8 `div` 10 `div` 8)

-- GHC 9.0.2's getCCFlags reads its three fields at the start of the RTS's
-- struct, where GcFlags are (observed): doCostCentres and profilerTicks
-- read zeros, msecsPerTick the 8 bytes holding giveStats (0) and maxStkSize
getCCFlags :: IO CCFlags
getCCFlags = do
  mem <- physicalMemory
  return (CCFlags CostCentresNone 0 (fromIntegral (maxStkWords mem) `shiftL` 32))

getProfFlags :: IO ProfFlags
getProfFlags =
  return
    (ProfFlags NoHeapProfiling 100000000 10 False False 0 0 Nothing Nothing Nothing Nothing Nothing Nothing Nothing)

getTraceFlags :: IO TraceFlags
getTraceFlags = return (TraceFlags TraceNone False False False False False False False)

getTickyFlags :: IO TickyFlags
getTickyFlags = return (TickyFlags False Nothing)

getParFlags :: IO ParFlags
getParFlags = return (ParFlags 0 False 0 False 0 False 0 0 0 False)
