{-# LANGUAGE DeriveGeneric, TypeOperators #-}
-- Clean-room GHC.Stats (base-4.15.1's API): RTSStats and GCDetails with
-- the interface file's field order and their derived Show, Read and Generic
-- instances. hs2stg runs programs as a GHC binary run without `+RTS -T`:
-- statistics are not enabled, and getRTSStats raises GHC's error (an
-- UnsupportedOperation IOError, observed). Compiled into
-- preludes/base/GHC.Stats.stg by scripts/gen-library-preludes.mjs.
module GHC.Stats
  ( RTSStats (..),
    GCDetails (..),
    RtsTime,
    getRTSStats,
    getRTSStatsEnabled,
    -- internals of the Generic instances -O1 code calls: `from` inside
    -- its M1s (newtypes), `to`'s worker on the four quarters of RTSStats
    zz_zdfGenericRTSStats1,
    zz_zdfGenericGCDetails1,
    zz_zdwzdcto1,
  )
where

import Data.Int (Int64)
import Data.Word (Word32, Word64)
import GHC.Generics (Generic (..), M1 (..), (:*:) (..))
import GHC.IO.Exception (IOErrorType (UnsupportedOperation), IOException (..))

type RtsTime = Int64

data RTSStats = RTSStats
  { gcs :: Word32,
    major_gcs :: Word32,
    allocated_bytes :: Word64,
    max_live_bytes :: Word64,
    max_large_objects_bytes :: Word64,
    max_compact_bytes :: Word64,
    max_slop_bytes :: Word64,
    max_mem_in_use_bytes :: Word64,
    cumulative_live_bytes :: Word64,
    copied_bytes :: Word64,
    par_copied_bytes :: Word64,
    cumulative_par_max_copied_bytes :: Word64,
    cumulative_par_balanced_copied_bytes :: Word64,
    init_cpu_ns :: RtsTime,
    init_elapsed_ns :: RtsTime,
    mutator_cpu_ns :: RtsTime,
    mutator_elapsed_ns :: RtsTime,
    gc_cpu_ns :: RtsTime,
    gc_elapsed_ns :: RtsTime,
    cpu_ns :: RtsTime,
    elapsed_ns :: RtsTime,
    nonmoving_gc_sync_cpu_ns :: RtsTime,
    nonmoving_gc_sync_elapsed_ns :: RtsTime,
    nonmoving_gc_sync_max_elapsed_ns :: RtsTime,
    nonmoving_gc_cpu_ns :: RtsTime,
    nonmoving_gc_elapsed_ns :: RtsTime,
    nonmoving_gc_max_elapsed_ns :: RtsTime,
    gc :: GCDetails
  }
  deriving (Read, Show, Generic)

data GCDetails = GCDetails
  { gcdetails_gen :: Word32,
    gcdetails_threads :: Word32,
    gcdetails_allocated_bytes :: Word64,
    gcdetails_live_bytes :: Word64,
    gcdetails_large_objects_bytes :: Word64,
    gcdetails_compact_bytes :: Word64,
    gcdetails_slop_bytes :: Word64,
    gcdetails_mem_in_use_bytes :: Word64,
    gcdetails_copied_bytes :: Word64,
    gcdetails_par_max_copied_bytes :: Word64,
    gcdetails_par_balanced_copied_bytes :: Word64,
    gcdetails_sync_elapsed_ns :: RtsTime,
    gcdetails_cpu_ns :: RtsTime,
    gcdetails_elapsed_ns :: RtsTime,
    gcdetails_nonmoving_gc_sync_cpu_ns :: RtsTime,
    gcdetails_nonmoving_gc_sync_elapsed_ns :: RtsTime
  }
  deriving (Read, Show, Generic)

getRTSStatsEnabled :: IO Bool
getRTSStatsEnabled = return False

getRTSStats :: IO RTSStats
getRTSStats =
  ioError
    ( IOError
        Nothing
        UnsupportedOperation
        ""
        "GHC.Stats.getRTSStats: GC stats not enabled. Use `+RTS -T -RTS' to enable them."
        Nothing
        Nothing
    )

zz_zdfGenericRTSStats1 x = unM1 (unM1 (from (x :: RTSStats)))

zz_zdfGenericGCDetails1 x = unM1 (unM1 (from (x :: GCDetails)))

zz_zdwzdcto1 a b c d = to (M1 (M1 ((a :*: b) :*: (c :*: d)))) :: RTSStats
