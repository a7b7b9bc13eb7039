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
  , clock_gettime
  , clock_getres
  , clockGetRes
  , zz_zdwclockGetRes
  , clockResolution
  , zz_zdwclockResolution
  , realtimeRes
  ) where

import Foreign.C.Error (Errno)
import Foreign.C.Types (CInt)
import Foreign.Ptr (Ptr)
import Foreign.Storable (pokeByteOff)
import System.IO.Unsafe (unsafePerformIO)

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

-- | clock_gettime(2) into a struct timespec (seconds, then nanoseconds, 8
-- bytes each): CLOCK_REALTIME only, as clockGetTime.
clock_gettime :: ClockID -> Ptr CTimespec -> IO CInt
clock_gettime c p = clockGetTime c >>= poked p

-- | clock_getres(2): CLOCK_REALTIME's, 1 ns (Linux's high-resolution
-- timers; getTime_resolution's).
clock_getres :: ClockID -> Ptr CTimespec -> IO CInt
clock_getres c p = resolutionOf c >>= poked p

poked :: Ptr CTimespec -> CTimespec -> IO CInt
poked p (MkCTimespec s n) = pokeByteOff p 0 s >> pokeByteOff p 8 n >> return 0

resolutionOf :: ClockID -> IO CTimespec
resolutionOf 0 = return realtimeRes
resolutionOf c = ioError (userError ("hs2stg: clock_getres of clock " ++ show c ++ " is not supported (only CLOCK_REALTIME)"))

-- | A clock's resolution, or clock_getres's errno (never, for the one
-- clock served).
clockGetRes :: ClockID -> IO (Either Errno CTimespec)
clockGetRes c = fmap Right (resolutionOf c)

zz_zdwclockGetRes :: Int# -> State# RealWorld -> (# State# RealWorld, Either Errno CTimespec #)
zz_zdwclockGetRes c = case clockGetRes (fromIntegral (I# c)) of IO act -> act

clockResolution :: ClockID -> Maybe CTimespec
clockResolution c = unsafePerformIO (fmap (either (const Nothing) Just) (clockGetRes c))

zz_zdwclockResolution :: Int# -> Maybe CTimespec
zz_zdwclockResolution c = clockResolution (fromIntegral (I# c))

realtimeRes :: CTimespec
realtimeRes = MkCTimespec 0 1
