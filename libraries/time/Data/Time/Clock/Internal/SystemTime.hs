{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
{-# LANGUAGE MagicHash #-}
-- | Clean-room Data.Time.Clock.Internal.SystemTime for hs2stg
-- (time-1.9.3): the machine's real-time clock as seconds and nanoseconds
-- since the epoch, read through clock_gettime (CTimespec.hs). Its fields
-- are UNPACKed as in the installed package (GHC honours UNPACK at -O0 only
-- with interface pragmas on, hence the option above), so a SystemTime
-- built by GHC-compiled user code is ours.
module Data.Time.Clock.Internal.SystemTime
  ( SystemTime (..)
  , getSystemTime
  , getTime_resolution
  , timespecToSystemTime
  , zz_zdwzdcshowsPrec
  ) where

import Control.DeepSeq (NFData (..))
import Data.Int (Int64)
import Data.Time.Clock.Internal.CTimespec
import Data.Time.Clock.Internal.DiffTime
import Data.Word (Word32)
import Foreign.C.Types (CLong (..), CTime (..))
import GHC.Exts (Int (I#), Int#, Word#)
import GHC.Int (Int64 (I64#))
import GHC.Word (Word32 (W32#))

data SystemTime = MkSystemTime
  { systemSeconds :: {-# UNPACK #-} !Int64
  , systemNanoseconds :: {-# UNPACK #-} !Word32
  }
  deriving (Eq, Ord)

-- Show as derived (record syntax), its worker with the fields unboxed.
instance Show SystemTime where
  showsPrec (I# d) (MkSystemTime (I64# s) (W32# n)) = zz_zdwzdcshowsPrec d s n

zz_zdwzdcshowsPrec :: Int# -> Int# -> Word# -> String -> String
zz_zdwzdcshowsPrec d s n =
  showParen
    (I# d >= 11)
    ( showString "MkSystemTime {systemSeconds = "
        . shows (I64# s)
        . showString ", systemNanoseconds = "
        . shows (W32# n)
        . showChar '}'
    )

instance NFData SystemTime where
  rnf (MkSystemTime s n) = s `seq` n `seq` ()

timespecToSystemTime :: CTimespec -> SystemTime
timespecToSystemTime (MkCTimespec (CTime s) (CLong n)) = MkSystemTime s (fromIntegral n)

getSystemTime :: IO SystemTime
getSystemTime = fmap timespecToSystemTime (clockGetTime 0)

-- | CLOCK_REALTIME's resolution on Linux: one nanosecond.
getTime_resolution :: DiffTime
getTime_resolution = picosecondsToDiffTime 1000
