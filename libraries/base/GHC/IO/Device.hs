-- Clean-room GHC.IO.Device (base-4.15.1's API, issue 14): the RawIO and
-- IODevice classes with the interface file's methods in order, and
-- IODevice's default methods as GHC's behave (not seekable, not a
-- terminal; the others fail with GHC's UnsupportedOperation error).
-- SeekMode is the installed one (hand-written in GHC.IO.Device+Files.stg),
-- re-exported. Compiled into preludes/base/GHC.IO.Device.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.IO.Device
  ( RawIO (..),
    IODevice (..),
    IODeviceType (..),
    SeekMode (..),
    -- the error the defaults raise, as -O1 code names it
    zz_zddmdup1,
  )
where

import Data.Word (Word64, Word8)
import Foreign.Ptr (Ptr)
import Control.Exception (SomeException, toException)
import GHC.IO.Exception (unsupportedOperation)
import System.IO (SeekMode (..))

class RawIO a where
  read :: a -> Ptr Word8 -> Word64 -> Int -> IO Int
  readNonBlocking :: a -> Ptr Word8 -> Word64 -> Int -> IO (Maybe Int)
  write :: a -> Ptr Word8 -> Word64 -> Int -> IO ()
  writeNonBlocking :: a -> Ptr Word8 -> Word64 -> Int -> IO Int

class IODevice a where
  ready :: a -> Bool -> Int -> IO Bool
  close :: a -> IO ()
  isTerminal :: a -> IO Bool
  isTerminal _ = return False
  isSeekable :: a -> IO Bool
  isSeekable _ = return False
  seek :: a -> SeekMode -> Integer -> IO Integer
  seek _ _ _ = unsupported
  tell :: a -> IO Integer
  tell _ = unsupported
  getSize :: a -> IO Integer
  getSize _ = unsupported
  setSize :: a -> Integer -> IO ()
  setSize _ _ = unsupported
  setEcho :: a -> Bool -> IO ()
  setEcho _ _ = unsupported
  getEcho :: a -> IO Bool
  getEcho _ = unsupported
  setRaw :: a -> Bool -> IO ()
  setRaw _ _ = unsupported
  devType :: a -> IO IODeviceType
  dup :: a -> IO a
  dup _ = unsupported
  dup2 :: a -> a -> IO a
  dup2 _ _ = unsupported
  {-# MINIMAL ready, close, devType #-}

data IODeviceType = Directory | Stream | RegularFile | RawDevice
  deriving (Eq)

-- GHC.IO.Exception's UnsupportedOperation error
unsupported :: IO a
unsupported = ioError unsupportedOperation

zz_zddmdup1 :: SomeException
zz_zddmdup1 = toException unsupportedOperation
