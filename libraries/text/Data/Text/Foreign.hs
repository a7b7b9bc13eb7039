{-# LANGUAGE GeneralizedNewtypeDeriving, DerivingStrategies, MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Foreign: a text's UTF-16 code units
-- through pointers, and UTF-8 C strings. Counts are in code units (I16).
module Data.Text.Foreign
  ( I16,
    fromPtr,
    useAsPtr,
    asForeignPtr,
    peekCStringLen,
    withCStringLen,
    lengthWord16,
    unsafeCopyToPtr,
    dropWord16,
    takeWord16,
    -- text's internals -O1 code calls
    zz_fromPtr2,
    zz_zdwasForeignPtr,
    zz_zdwzdcshowsPrec,
  )
where

import qualified Data.ByteString as B
import qualified Data.ByteString.Unsafe as B (unsafeUseAsCStringLen)
import qualified Data.Text.Array as A
import Data.Text.Encoding (decodeUtf8, encodeUtf8)
import Data.Text.Internal (Text (..), empty, text)
import Data.Text.Unsafe (lengthWord16)
import Data.Word (Word16)
import Foreign.C.String (CStringLen)
import Foreign.ForeignPtr (ForeignPtr, mallocForeignPtrArray, withForeignPtr)
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr, castPtr)
import Foreign.Storable (peekElemOff, pokeElemOff)
import GHC.Exts (ByteArray#, Int (I#), Int#, RealWorld, State#)
import GHC.IO (IO (IO))

-- | A number of UTF-16 code units.
newtype I16 = I16 Int
  deriving (Bounded, Eq, Ord, Read, Show)
  deriving newtype (Enum, Integral, Num, Real)

-- | The units of a text (no check that they are valid UTF-16).
unitsOf :: Text -> [Word16]
unitsOf (Text arr off len) = A.toList arr off len

fromPtr :: Ptr Word16 -> I16 -> IO Text
fromPtr _ (I16 0) = return empty
fromPtr p (I16 n) = do
  ws <- mapM (peekElemOff p) [0 .. n - 1]
  return (text (A.run (do m <- A.new n; mapM_ (\(i, w) -> A.unsafeWrite m i w) (zip [0 ..] ws); return m)) 0 n)

unsafeCopyToPtr :: Text -> Ptr Word16 -> IO ()
unsafeCopyToPtr t p = mapM_ (\(i, w) -> pokeElemOff p i w) (zip [0 ..] (unitsOf t))

useAsPtr :: Text -> (Ptr Word16 -> I16 -> IO a) -> IO a
useAsPtr t act = allocaBytes (2 * n) (\p -> do unsafeCopyToPtr t p; act p (I16 n))
  where
    n = lengthWord16 t

asForeignPtr :: Text -> IO (ForeignPtr Word16, I16)
asForeignPtr t = do
  let n = lengthWord16 t
  fp <- mallocForeignPtrArray n
  withForeignPtr fp (unsafeCopyToPtr t)
  return (fp, I16 n)

-- | A text of the first n code units.
takeWord16 :: I16 -> Text -> Text
takeWord16 (I16 n) t@(Text arr off len)
  | n <= 0 = empty
  | n >= len = t
  | otherwise = text arr off n

dropWord16 :: I16 -> Text -> Text
dropWord16 (I16 n) t@(Text arr off len)
  | n <= 0 = t
  | n >= len = empty
  | otherwise = text arr (off + n) (len - n)

peekCStringLen :: CStringLen -> IO Text
peekCStringLen (p, n) = decodeUtf8 <$> B.packCStringLen (castPtr p, n)

withCStringLen :: Text -> (CStringLen -> IO a) -> IO a
withCStringLen t act = B.unsafeUseAsCStringLen (encodeUtf8 t) act

-- ------------------------------------------------------------ -O1 internals

-- | The empty text fromPtr gives for no units.
zz_fromPtr2 :: Text
zz_fromPtr2 = empty

zz_zdwasForeignPtr :: ByteArray# -> Int# -> Int# -> State# RealWorld -> (# State# RealWorld, (ForeignPtr Word16, I16) #)
zz_zdwasForeignPtr a o l = case asForeignPtr (Text (A.Array a) (I# o) (I# l)) of IO f -> f

-- | Show I16's worker.
zz_zdwzdcshowsPrec :: Int# -> I16 -> ShowS
zz_zdwzdcshowsPrec d = showsPrec (I# d)
