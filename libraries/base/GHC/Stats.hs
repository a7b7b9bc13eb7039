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
    -- the derived readPrec without its parens, which -O1 code wraps in
    -- them itself after inlining readPrec
    zz_zdfReadRTSStats2,
    zz_zdfReadGCDetails2,
  )
where

import Data.Int (Int64)
import Data.Word (Word32, Word64)
import GHC.Generics (Generic (..), M1 (..), (:*:) (..))
import GHC.IO.Exception (IOErrorType (UnsupportedOperation), IOException (..))
import GHC.Read (expectP, readField)
import Text.ParserCombinators.ReadPrec (ReadPrec, prec, reset)
import Text.Read (Lexeme (Ident, Punc), readPrec)

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

-- GHC's $fReadRTSStats2 and $fReadGCDetails2: what the derived Read
-- instances read inside their parens, field by field.
zz_zdfReadRTSStats2 :: ReadPrec RTSStats
zz_zdfReadRTSStats2 =
  prec 11 $ do
    expectP (Ident "RTSStats")
    expectP (Punc "{")
    x0 <- readField "gcs" (reset readPrec)
    expectP (Punc ",")
    x1 <- readField "major_gcs" (reset readPrec)
    expectP (Punc ",")
    x2 <- readField "allocated_bytes" (reset readPrec)
    expectP (Punc ",")
    x3 <- readField "max_live_bytes" (reset readPrec)
    expectP (Punc ",")
    x4 <- readField "max_large_objects_bytes" (reset readPrec)
    expectP (Punc ",")
    x5 <- readField "max_compact_bytes" (reset readPrec)
    expectP (Punc ",")
    x6 <- readField "max_slop_bytes" (reset readPrec)
    expectP (Punc ",")
    x7 <- readField "max_mem_in_use_bytes" (reset readPrec)
    expectP (Punc ",")
    x8 <- readField "cumulative_live_bytes" (reset readPrec)
    expectP (Punc ",")
    x9 <- readField "copied_bytes" (reset readPrec)
    expectP (Punc ",")
    x10 <- readField "par_copied_bytes" (reset readPrec)
    expectP (Punc ",")
    x11 <- readField "cumulative_par_max_copied_bytes" (reset readPrec)
    expectP (Punc ",")
    x12 <- readField "cumulative_par_balanced_copied_bytes" (reset readPrec)
    expectP (Punc ",")
    x13 <- readField "init_cpu_ns" (reset readPrec)
    expectP (Punc ",")
    x14 <- readField "init_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x15 <- readField "mutator_cpu_ns" (reset readPrec)
    expectP (Punc ",")
    x16 <- readField "mutator_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x17 <- readField "gc_cpu_ns" (reset readPrec)
    expectP (Punc ",")
    x18 <- readField "gc_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x19 <- readField "cpu_ns" (reset readPrec)
    expectP (Punc ",")
    x20 <- readField "elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x21 <- readField "nonmoving_gc_sync_cpu_ns" (reset readPrec)
    expectP (Punc ",")
    x22 <- readField "nonmoving_gc_sync_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x23 <- readField "nonmoving_gc_sync_max_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x24 <- readField "nonmoving_gc_cpu_ns" (reset readPrec)
    expectP (Punc ",")
    x25 <- readField "nonmoving_gc_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x26 <- readField "nonmoving_gc_max_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x27 <- readField "gc" (reset readPrec)
    expectP (Punc "}")
    return (RTSStats x0 x1 x2 x3 x4 x5 x6 x7 x8 x9 x10 x11 x12 x13 x14 x15 x16 x17 x18 x19 x20 x21 x22 x23 x24 x25 x26 x27)

zz_zdfReadGCDetails2 :: ReadPrec GCDetails
zz_zdfReadGCDetails2 =
  prec 11 $ do
    expectP (Ident "GCDetails")
    expectP (Punc "{")
    x0 <- readField "gcdetails_gen" (reset readPrec)
    expectP (Punc ",")
    x1 <- readField "gcdetails_threads" (reset readPrec)
    expectP (Punc ",")
    x2 <- readField "gcdetails_allocated_bytes" (reset readPrec)
    expectP (Punc ",")
    x3 <- readField "gcdetails_live_bytes" (reset readPrec)
    expectP (Punc ",")
    x4 <- readField "gcdetails_large_objects_bytes" (reset readPrec)
    expectP (Punc ",")
    x5 <- readField "gcdetails_compact_bytes" (reset readPrec)
    expectP (Punc ",")
    x6 <- readField "gcdetails_slop_bytes" (reset readPrec)
    expectP (Punc ",")
    x7 <- readField "gcdetails_mem_in_use_bytes" (reset readPrec)
    expectP (Punc ",")
    x8 <- readField "gcdetails_copied_bytes" (reset readPrec)
    expectP (Punc ",")
    x9 <- readField "gcdetails_par_max_copied_bytes" (reset readPrec)
    expectP (Punc ",")
    x10 <- readField "gcdetails_par_balanced_copied_bytes" (reset readPrec)
    expectP (Punc ",")
    x11 <- readField "gcdetails_sync_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x12 <- readField "gcdetails_cpu_ns" (reset readPrec)
    expectP (Punc ",")
    x13 <- readField "gcdetails_elapsed_ns" (reset readPrec)
    expectP (Punc ",")
    x14 <- readField "gcdetails_nonmoving_gc_sync_cpu_ns" (reset readPrec)
    expectP (Punc ",")
    x15 <- readField "gcdetails_nonmoving_gc_sync_elapsed_ns" (reset readPrec)
    expectP (Punc "}")
    return (GCDetails x0 x1 x2 x3 x4 x5 x6 x7 x8 x9 x10 x11 x12 x13 x14 x15)
