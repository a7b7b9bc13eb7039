{-# LANGUAGE MagicHash, UnboxedTuples, TypeFamilies, BangPatterns #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- hs2stg: clean-room Data.ByteString.Short.Internal (bytestring-0.10.12.1),
-- from the documented API and `ghc --show-iface` of the installed package:
-- the real representation (`SBS ByteArray#`, unpinned bytes), so GHC-made
-- user code shares our values. Show/Read as ByteString's (String's).
module Data.ByteString.Short.Internal
  ( ShortByteString (SBS)
  , empty, null, length, index, unsafeIndex
  , pack, unpack, toShort, fromShort
  , packCString, packCStringLen, useAsCString, useAsCStringLen
  , copyToPtr, createFromPtr
  -- internals -O1 code calls by these names
  , zz_packCString2, zz_zdfReadShortByteStringzugo1, zz_zdwindexError, zz_zdwpackChars, zz_zdwpack
  , zz_zdwunpack, zz_zdwzdccompare, zz_zdwzdcmconcat, zz_zdwzdcshowsPrec
  , zz_zdwgo, zz_zdwgo1, zz_zdwcopy, zz_zdwtotalLen, zz_zdwgo2, zz_zdfSemigroupShortByteStringzugo1
  ) where

import Prelude hiding (null, length)
import qualified Data.List as List
import Control.DeepSeq (NFData (..))
import Data.Data (Data (..), mkNoRepType)
import Data.ByteString.Internal (ByteString (PS), bsError, packChars, unpackChars)
import qualified Data.ByteString as B
import qualified Data.ByteString.Unsafe as B (unsafePackMallocCStringLen)
import Data.ByteString.Internal.Hs2stg (readsString)
import Data.List.NonEmpty (NonEmpty ((:|)))
import Data.Semigroup (Semigroup (..))
import Data.String (IsString (..))
import Data.Word (Word8)
import Foreign.C.String (CString, CStringLen)
import Foreign.Marshal.Alloc (mallocBytes, free)
import Foreign.Ptr (Ptr, castPtr, plusPtr)
import Foreign.Storable (pokeByteOff)
import GHC.Exts
  ( ByteArray#, Int (I#), Int#, Ptr (Ptr), sizeofByteArray#, indexWord8Array#
  , newByteArray#, writeWord8Array#, unsafeFreezeByteArray#
  , copyByteArrayToAddr#, copyAddrToByteArray#, compareByteArrays#, (+#), (<#), isTrue#
  , IsList (..), State#, RealWorld, MutableByteArray#, copyByteArray# )
import qualified GHC.Exts as Exts
import GHC.ForeignPtr (ForeignPtr (ForeignPtr))
import GHC.IO (IO (IO), unsafeDupablePerformIO)
import GHC.Show (showLitString)
import GHC.ST (ST (ST), runST)
import GHC.Word (Word8 (W8#))
import qualified Data.ByteString.Unsafe as BU

data ShortByteString = SBS ByteArray#

-- ------------------------------------------------------------ instances

instance Eq ShortByteString where
  a == b = length a == length b && compareBytes a b == EQ

instance Ord ShortByteString where
  compare = compareBytes

instance Semigroup ShortByteString where
  a <> b = pack (unpack a ++ unpack b)
  sconcat (b :| bs) = zz_zdfSemigroupShortByteStringzugo1 b bs

instance Monoid ShortByteString where
  mempty = empty
  mconcat bs = SBS (zz_zdwzdcmconcat bs)

instance Show ShortByteString where
  showsPrec _ s r = '"' : showLitString (unpackChars (fromShort s)) ('"' : r)

instance Read ShortByteString where
  readsPrec p str = [(toShort (packChars x), y) | (x, y) <- readsString p str]

instance IsString ShortByteString where
  fromString = toShort . packChars

instance IsList ShortByteString where
  type Item ShortByteString = Word8
  fromList = pack
  toList = unpack

instance NFData ShortByteString where
  rnf SBS {} = ()

-- The common prefix decides; then the shorter is less.
compareBytes :: ShortByteString -> ShortByteString -> Ordering
compareBytes a@(SBS x) b@(SBS y) =
  case compare (I# (compareByteArrays# x 0# y 0# n#)) 0 of
    EQ -> compare la lb
    o -> o
  where
    la = length a
    lb = length b
    !(I# n#) = min la lb

-- ------------------------------------------------------------ functions

empty :: ShortByteString
empty = pack []

null :: ShortByteString -> Bool
null s = length s == 0

length :: ShortByteString -> Int
length (SBS a) = I# (sizeofByteArray# a)

unsafeIndex :: ShortByteString -> Int -> Word8
unsafeIndex (SBS a) (I# i) = W8# (indexWord8Array# a i)

index :: ShortByteString -> Int -> Word8
index s i
  | i >= 0 && i < length s = unsafeIndex s i
  | otherwise = indexError s i

indexError :: ShortByteString -> Int -> a
indexError s i =
      bsError "Data/ByteString/Short/Internal.hs" "Data.ByteString.Short.Internal" 223 3
        ("Data.ByteString.Short.index: error in array index; " ++ show i
           ++ " not in range [0.." ++ show (length s) ++ ")")

pack :: [Word8] -> ShortByteString
pack ws = runST (ST (\s0 -> case newByteArray# n# s0 of
  (# s1, m #) -> case zz_zdwgo m 0# ws s1 of
    (# s2, () #) -> case unsafeFreezeByteArray# m s2 of
      (# s3, a #) -> (# s3, SBS a #)))
  where
    !(I# n#) = List.length ws

unpack :: ShortByteString -> [Word8]
unpack s = go 0
  where
    n = length s
    go i
      | i >= n = []
      | otherwise = unsafeIndex s i : go (i + 1)

toShort :: ByteString -> ShortByteString
toShort (PS (ForeignPtr addr _) (I# off) (I# len)) = runST (ST (\s0 -> case newByteArray# len s0 of
  (# s1, m #) -> case copyAddrToByteArray# (Exts.plusAddr# addr off) m 0# len s1 of
    s2 -> case unsafeFreezeByteArray# m s2 of
      (# s3, a #) -> (# s3, SBS a #)))

fromShort :: ShortByteString -> ByteString
fromShort s = B.pack (unpack s)

-- | copyToPtr src srcOff dst count.
copyToPtr :: ShortByteString -> Int -> Ptr a -> Int -> IO ()
copyToPtr (SBS a) (I# off) (Ptr dst) (I# n) =
  IO (\s -> case copyByteArrayToAddr# a off dst n s of s' -> (# s', () #))

createFromPtr :: Ptr a -> Int -> IO ShortByteString
createFromPtr (Ptr src) (I# n) = IO (\s0 -> case newByteArray# n s0 of
  (# s1, m #) -> case copyAddrToByteArray# src m 0# n s1 of
    s2 -> case unsafeFreezeByteArray# m s2 of
      (# s3, a #) -> (# s3, SBS a #))

packCString :: CString -> IO ShortByteString
packCString cs = toShort <$> B.packCString cs

packCStringLen :: CStringLen -> IO ShortByteString
packCStringLen (cs, len)
  | len < 0 = IO (\s -> zz_packCString2 s len)
  | otherwise = toShort <$> B.packCStringLen (cs, len)

-- packCStringLen's negative length: an IOError (user error) naming this
-- module, as bytestring raises it; -O1 code calls it by this name.
zz_packCString2 :: State# RealWorld -> Int -> (# State# RealWorld, ShortByteString #)
zz_packCString2 s len = case ioError (userError ("Data.ByteString.Short.packCStringLen: negative length: " ++ show len)) of
  IO f -> f s

-- | The bytes with a NUL after them, in memory freed afterwards.
useAsCString :: ShortByteString -> (CString -> IO a) -> IO a
useAsCString s act = do
  let n = length s
  p <- mallocBytes (n + 1)
  copyToPtr s 0 p n
  pokeByteOff p n (0 :: Word8)
  r <- act p
  free p
  return r

useAsCStringLen :: ShortByteString -> (CStringLen -> IO a) -> IO a
useAsCStringLen s act = do
  let n = length s
  p <- mallocBytes n
  copyToPtr s 0 p n
  r <- act (p, n)
  free p
  return r

-- ------------------------------------------------------------ -O1 internals
-- (the installed package's workers, with the interface file's types)

zz_zdfReadShortByteStringzugo1 :: [(String, String)] -> [(ShortByteString, String)]
zz_zdfReadShortByteStringzugo1 = map (\(x, y) -> (toShort (packChars x), y))

zz_zdwindexError :: ByteArray# -> Int# -> a
zz_zdwindexError a i = indexError (SBS a) (I# i)

zz_zdwpackChars :: [Char] -> ByteArray#
zz_zdwpackChars cs = case toShort (packChars cs) of SBS a -> a

zz_zdwpack :: [Word8] -> ByteArray#
zz_zdwpack ws = case pack ws of SBS a -> a

zz_zdwunpack :: ByteArray# -> [Word8]
zz_zdwunpack a = unpack (SBS a)

zz_zdwzdccompare :: ByteArray# -> ByteArray# -> Ordering
zz_zdwzdccompare a b = compareBytes (SBS a) (SBS b)

-- mconcat: the total length, then each one copied in.
zz_zdwzdcmconcat :: [ShortByteString] -> ByteArray#
zz_zdwzdcmconcat ss = case runST (ST (\s0 -> case newByteArray# (zz_zdwtotalLen 0# ss) s0 of
  (# s1, m #) -> case zz_zdwcopy m 0# ss s1 of
    (# s2, () #) -> case unsafeFreezeByteArray# m s2 of
      (# s3, a #) -> (# s3, SBS a #))) of SBS a -> a

-- $wtotalLen n ss: n plus the lengths of ss.
zz_zdwtotalLen :: Int# -> [ShortByteString] -> Int#
zz_zdwtotalLen n [] = n
zz_zdwtotalLen n (SBS a : rest) = zz_zdwtotalLen (n +# sizeofByteArray# a) rest

-- $wcopy m off ss: ss's bytes one after another into m from off on.
zz_zdwcopy :: MutableByteArray# s -> Int# -> [ShortByteString] -> State# s -> (# State# s, () #)
zz_zdwcopy _ _ [] s = (# s, () #)
zz_zdwcopy m off (SBS a : rest) s =
  let n = sizeofByteArray# a
  in case copyByteArray# a 0# m off n s of s' -> zz_zdwcopy m (off +# n) rest s'

-- pack's $wgo m i ws: ws's bytes into m from i on.
zz_zdwgo :: MutableByteArray# s -> Int# -> [Word8] -> State# s -> (# State# s, () #)
zz_zdwgo _ _ [] s = (# s, () #)
zz_zdwgo m i (W8# w : rest) s = zz_zdwgo m (i +# 1#) rest (writeWord8Array# m i w s)

-- sconcat's go: b <> (c <> ...), and its worker on the unboxed array.
zz_zdfSemigroupShortByteStringzugo1 :: ShortByteString -> [ShortByteString] -> ShortByteString
zz_zdfSemigroupShortByteStringzugo1 (SBS a) bs = SBS (zz_zdwgo2 a bs)

zz_zdwgo2 :: ByteArray# -> [ShortByteString] -> ByteArray#
zz_zdwgo2 a [] = a
zz_zdwgo2 a (c : cs) = case SBS a <> zz_zdfSemigroupShortByteStringzugo1 c cs of SBS r -> r

zz_zdwzdcshowsPrec :: ShortByteString -> String -> (# Char, [Char] #)
zz_zdwzdcshowsPrec s r = case showsPrec 0 s r of
  c : cs -> (# c, cs #)
  [] -> (# '"', [] #)

-- ------------------------------------------------------------------ Data
-- An abstract type: folded through its bytes (pack / unpack).
instance Data ShortByteString where
  gfoldl f z txt = z pack `f` unpack txt
  toConstr _ = bsError "Data/ByteString/Short/Internal.hs" "Data.ByteString.Short.Internal" 189 20 "Data.ByteString.Short.ShortByteString.toConstr"
  gunfold _ _ = bsError "Data/ByteString/Short/Internal.hs" "Data.ByteString.Short.Internal" 190 20 "Data.ByteString.Short.ShortByteString.gunfold"
  dataTypeOf _ = mkNoRepType "Data.ByteString.Short.ShortByteString"

-- packChars' loop (-O1): each character's low 8 bits written from index i.
zz_zdwgo1 :: MutableByteArray# s -> Int# -> [Char] -> State# s -> (# State# s, () #)
zz_zdwgo1 _ _ [] s = (# s, () #)
zz_zdwgo1 m i (c : rest) s = case fromIntegral (fromEnum c) of
  W8# w -> zz_zdwgo1 m (i +# 1#) rest (writeWord8Array# m i w s)
