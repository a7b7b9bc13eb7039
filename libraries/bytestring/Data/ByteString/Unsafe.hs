{-# LANGUAGE MagicHash #-}
-- hs2stg: clean-room Data.ByteString.Unsafe (bytestring-0.10.12.1).
module Data.ByteString.Unsafe
  ( unsafeHead, unsafeTail, unsafeInit, unsafeLast, unsafeIndex
  , unsafeTake, unsafeDrop
  , unsafeUseAsCString, unsafeUseAsCStringLen
  , unsafePackCString, unsafePackCStringLen
  , unsafePackMallocCString, unsafePackMallocCStringLen
  , unsafePackAddress, unsafePackAddressLen
  , unsafePackCStringFinalizer, unsafeFinalize
  ) where

import Data.ByteString.Internal
import Data.Word (Word8)
import Foreign.ForeignPtr (newForeignPtr_, withForeignPtr)
import Foreign.Ptr (Ptr, plusPtr, castPtr)
import Foreign.C.String (CString, CStringLen)
import GHC.Exts (Addr#, Ptr (Ptr))
import GHC.ForeignPtr (finalizeForeignPtr)
import qualified Foreign.Concurrent as Conc

unsafeHead :: ByteString -> Word8
unsafeHead bs = bsIndex bs 0

unsafeTail :: ByteString -> ByteString
unsafeTail (PS fp o l) = PS fp (o + 1) (l - 1)

unsafeInit :: ByteString -> ByteString
unsafeInit (PS fp o l) = PS fp o (l - 1)

unsafeLast :: ByteString -> Word8
unsafeLast bs@(PS _ _ l) = bsIndex bs (l - 1)

unsafeIndex :: ByteString -> Int -> Word8
unsafeIndex = bsIndex

unsafeTake :: Int -> ByteString -> ByteString
unsafeTake n (PS fp o _) = PS fp o n

unsafeDrop :: Int -> ByteString -> ByteString
unsafeDrop n (PS fp o l) = PS fp (o + n) (l - n)

unsafeUseAsCString :: ByteString -> (CString -> IO a) -> IO a
unsafeUseAsCString (PS fp o _) action =
  withForeignPtr fp (\p -> action (castPtr (p `plusPtr` o)))

unsafeUseAsCStringLen :: ByteString -> (CStringLen -> IO a) -> IO a
unsafeUseAsCStringLen (PS fp o l) action =
  withForeignPtr fp (\p -> action (castPtr (p `plusPtr` o), l))

unsafePackCString :: CString -> IO ByteString
unsafePackCString cstr = do
  fp <- newForeignPtr_ (castPtr cstr)
  return (PS fp 0 (cstrLen cstr))

unsafePackCStringLen :: CStringLen -> IO ByteString
unsafePackCStringLen (cstr, len) = do
  fp <- newForeignPtr_ (castPtr cstr)
  return (PS fp 0 len)

-- Memory is never freed in hs2stg's machine, so "malloc'd" is as plain.
unsafePackMallocCString :: CString -> IO ByteString
unsafePackMallocCString = unsafePackCString

unsafePackMallocCStringLen :: CStringLen -> IO ByteString
unsafePackMallocCStringLen = unsafePackCStringLen

unsafePackAddressLen :: Int -> Addr# -> IO ByteString
unsafePackAddressLen len addr = do
  fp <- newForeignPtr_ (Ptr addr)
  return (PS fp 0 len)

-- The finalizer is the ForeignPtr's Haskell finalizer (Foreign.Concurrent's);
-- unsafeFinalize runs it (GHC.ForeignPtr.finalizeForeignPtr: once).
unsafePackCStringFinalizer :: Ptr Word8 -> Int -> IO () -> IO ByteString
unsafePackCStringFinalizer p l fin = do
  fp <- Conc.newForeignPtr p fin
  return (PS fp 0 l)

unsafeFinalize :: ByteString -> IO ()
unsafeFinalize (PS fp _ _) = finalizeForeignPtr fp
