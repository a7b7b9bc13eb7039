{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- | Clean-room Data.Time.Clock.Internal.CTimespec for hs2stg (time-1.9.3):
-- C's struct timespec as the installed package's record, and clock_gettime
-- for the clock the package reads (CLOCK_REALTIME, id 0) from the
-- machine's wall clock (hs2stg_realtime_ns, preludes/base/FFI+Time.stg).
-- Other clocks are not supported: asking for one is an error naming it.
module Data.Time.Clock.Internal.CTimespec
  ( CTimespec (..)
  , ClockID
  , clockGetTime
  , zz_zdwclockGetTime
  ) where

import Data.Int (Int32, Int64)
import Foreign.C.Types (CLong (..), CTime (..))
import GHC.Exts (Int (I#), Int#, RealWorld, State#)
import GHC.IO (IO (..))

data CTimespec = MkCTimespec CTime CLong

type ClockID = Int32

foreign import ccall unsafe "hs2stg_realtime_ns" realtimeNs :: IO Int64

clockGetTime :: ClockID -> IO CTimespec
clockGetTime 0 = do
  ns <- realtimeNs
  let (s, n) = ns `divMod` 1000000000
  return (MkCTimespec (CTime s) (CLong n))
clockGetTime c = ioError (userError ("hs2stg: clock_gettime of clock " ++ show c ++ " is not supported (only CLOCK_REALTIME)"))

zz_zdwclockGetTime :: Int# -> State# RealWorld -> (# State# RealWorld, CTimespec #)
zz_zdwclockGetTime c = case clockGetTime (fromIntegral (I# c)) of IO act -> act
