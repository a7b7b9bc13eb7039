{-# LANGUAGE MagicHash, UnboxedTuples, BangPatterns, TypeFamilies #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- hs2stg: clean-room Data.ByteString.Internal (bytestring-0.10.12.1),
-- written from the documented API and `ghc --show-iface` of the installed
-- package. The representation is the real one: `PS` with its ForeignPtr
-- and two Ints UNPACKed (hence -fno-omit-interface-pragmas: GHC unpacks
-- only when it keeps interface pragmas), so GHC-compiled user code that
-- matches on `PS addr contents off len` shares our values.
module Data.ByteString.Internal
  ( ByteString (PS)
  , packBytes, packUptoLenBytes, unsafePackLenBytes
  , packChars, packUptoLenChars, unsafePackLenChars
  , unpackBytes, unpackAppendBytesLazy, unpackAppendBytesStrict
  , unpackChars, unpackAppendCharsLazy, unpackAppendCharsStrict
  , unsafePackAddress
  , create, createUptoN, createUptoN', createAndTrim, createAndTrim'
  , unsafeCreate, unsafeCreateUptoN, unsafeCreateUptoN'
  , mallocByteString
  , fromForeignPtr, toForeignPtr, nullForeignPtr
  , checkedAdd
  , inlinePerformIO, accursedUnutterablePerformIO
  , c2w, w2c, isSpaceWord8, isSpaceChar8
  , memchr, memcmp, memcpy, memset
  , c_strlen, c_free_finalizer, c_reverse, c_intersperse
  , c_maximum, c_minimum, c_count
  , unsafeWithForeignPtr
  -- internals -O1 code calls by these names
  , eq, compareBytes, concat, overflowError
  , zz_zdwgo, zz_zdwgo1, zz_zdwloop, zz_zdwloop1
  -- hs2stg helpers shared by the other modules
  , bsIndex, bsError, peekW8, pokeW8, cstrLen
  , bsFoldl', bsFoldr, bsFoldrStrict, bsFindIndexOrEnd, bsFindFromEndUntil
  , bsGenerate, bsFilter
  ) where

import Prelude hiding (concat)
import GHC.Exts
  ( Addr#, Int (I#), Ptr (Ptr), Word (W#), indexWord8OffAddr#, Int#, (+#), (-#), (>=#), (<#)
  , State#, RealWorld
  , readWord8OffAddr#, writeWord8OffAddr#, plusAddr#, indexCharOffAddr#
  , IsList (..) )
import Data.Char (ord)
import qualified GHC.Exts as Exts
import GHC.Word (Word8 (W8#))
import GHC.IO (IO (IO), unsafeDupablePerformIO, unsafePerformIO)
import GHC.ForeignPtr
  ( ForeignPtr (ForeignPtr), ForeignPtrContents (FinalPtr)
  , mallocPlainForeignPtrBytes, unsafeWithForeignPtr, newForeignPtr_ )
import Foreign.ForeignPtr (withForeignPtr)
import Foreign.Ptr (FunPtr, plusPtr, minusPtr, nullPtr, castPtr, nullFunPtr)
import Foreign.C.Types (CInt (..), CSize (..), CULong (..))
import Foreign.C.String (CString)
import Control.Exception (ErrorCall (ErrorCallWithLocation), throw)
import Data.String (IsString (..))
import GHC.Show (showLitString)
import Data.ByteString.Internal.Hs2stg (readsString)
import qualified Data.List as List
import Data.List.NonEmpty (NonEmpty ((:|)))
import Data.Semigroup (Semigroup (..))
import GHC.Base (unsafeChr)
import Control.DeepSeq (NFData (..))
import Data.Data (Data (..), mkNoRepType)

data ByteString = PS {-# UNPACK #-} !(ForeignPtr Word8) -- payload
                     {-# UNPACK #-} !Int                -- offset
                     {-# UNPACK #-} !Int                -- length

-- ------------------------------------------------------------ instances

instance Eq ByteString where
  (==) = eq

instance NFData ByteString where
  rnf PS {} = ()

instance Ord ByteString where
  compare = compareBytes

instance Semigroup ByteString where
  (<>) = append
  sconcat (b :| bs) = concat (b : bs)

instance Monoid ByteString where
  mempty = PS nullForeignPtr 0 0
  mconcat = concat

-- As Show String: the characters in quotes, escaped (no dictionary, see
-- Data.ByteString.Internal.Hs2stg).
instance Show ByteString where
  showsPrec _ ps r = '"' : showLitString (unpackChars ps) ('"' : r)

instance Read ByteString where
  readsPrec p str = [(packChars x, y) | (x, y) <- readsString p str]

instance IsString ByteString where
  fromString = packChars

instance IsList ByteString where
  type Item ByteString = Word8
  fromList = packBytes
  toList = unpackBytes

-- ------------------------------------------------------------ raw bytes

-- The byte at index i of a ByteString (no bounds check).
bsIndex :: ByteString -> Int -> Word8
bsIndex (PS (ForeignPtr a _) (I# o) _) (I# i) =
  W8# (indexWord8OffAddr# (plusAddr# a o) i)
{-# INLINE bsIndex #-}

-- Loops over the bytes in Int# arithmetic: the library is compiled at -O0,
-- where Int comparisons would go through the Ord Int dictionary.
bsFoldl' :: (a -> Word8 -> a) -> a -> ByteString -> a
bsFoldl' f z0 (PS (ForeignPtr a _) (I# o) (I# l)) = go z0 0#
  where
    go !z i = case i >=# l of
      1# -> z
      _ -> go (f z (W8# (indexWord8OffAddr# a (o +# i)))) (i +# 1#)

-- A lazy right fold.
bsFoldr :: (Word8 -> b -> b) -> b -> ByteString -> b
bsFoldr k z (PS (ForeignPtr a _) (I# o) (I# l)) = go 0#
  where
    go i = case i >=# l of
      1# -> z
      _ -> k (W8# (indexWord8OffAddr# a (o +# i))) (go (i +# 1#))

-- A strict right fold (from the end).
bsFoldrStrict :: (Word8 -> b -> b) -> b -> ByteString -> b
bsFoldrStrict k z0 (PS (ForeignPtr a _) (I# o) (I# l)) = go z0 (l -# 1#)
  where
    go !z i = case i <# 0# of
      1# -> z
      _ -> go (k (W8# (indexWord8OffAddr# a (o +# i))) z) (i -# 1#)

-- The index of the first byte satisfying p, else the length.
bsFindIndexOrEnd :: (Word8 -> Bool) -> ByteString -> Int
bsFindIndexOrEnd p (PS (ForeignPtr a _) (I# o) (I# l)) = go 0#
  where
    go i = case i >=# l of
      1# -> I# l
      _ -> if p (W8# (indexWord8OffAddr# a (o +# i))) then I# i else go (i +# 1#)

-- One past the index of the last byte satisfying p, else 0.
bsFindFromEndUntil :: (Word8 -> Bool) -> ByteString -> Int
bsFindFromEndUntil p (PS (ForeignPtr a _) (I# o) (I# l)) = go (l -# 1#)
  where
    go i = case i <# 0# of
      1# -> 0
      _ -> if p (W8# (indexWord8OffAddr# a (o +# i))) then I# (i +# 1#) else go (i -# 1#)

-- A ByteString of n bytes, byte i being f i.
bsGenerate :: Int -> (Int -> Word8) -> ByteString
bsGenerate n@(I# n#) f
  | n <= 0 = PS nullForeignPtr 0 0
  | otherwise = unsafeCreate n (\(Ptr d) -> IO (\s -> (# fill d 0# s, () #)))
  where
    fill d i s = case i >=# n# of
      1# -> s
      _ -> case f (I# i) of
        W8# w -> fill d (i +# 1#) (writeWord8OffAddr# d i w s)

-- The bytes satisfying p.
bsFilter :: (Word8 -> Bool) -> ByteString -> ByteString
bsFilter p bs@(PS (ForeignPtr a _) (I# o) l@(I# l#))
  | l == 0 = bs
  | otherwise = unsafeCreateUptoN l (\(Ptr d) -> IO (\s -> go d 0# 0# s))
  where
    go d i k s = case i >=# l# of
      1# -> (# s, I# k #)
      _ -> let w = W8# (indexWord8OffAddr# a (o +# i)) in
        if p w
          then case w of W8# w# -> go d (i +# 1#) (k +# 1#) (writeWord8OffAddr# d k w# s)
          else go d (i +# 1#) k s

peekW8 :: Ptr Word8 -> Int -> IO Word8
peekW8 (Ptr a) (I# i) = IO (\s -> case readWord8OffAddr# a i s of
  (# s', w #) -> (# s', W8# w #))

pokeW8 :: Ptr Word8 -> Int -> Word8 -> IO ()
pokeW8 (Ptr a) (I# i) (W8# w) = IO (\s -> case writeWord8OffAddr# a i w s of
  s' -> (# s', () #))

-- Length of a NUL-terminated string (an Addr# literal has no NUL of its
-- own in hs2stg's machine; indexCharOffAddr# reads '\0' past its end).
cstrLen :: Ptr a -> Int
cstrLen (Ptr a) = go 0
  where
    go n@(I# i) = case indexCharOffAddr# a i of
      '\0'# -> n
      _ -> go (n + 1)

-- bytestring's errors: `error` called at a fixed place of the real source,
-- so the call stack GHC prints is the real package's.
bsError :: String -> String -> Int -> Int -> String -> a
bsError file modl line col msg =
  throw
    ( ErrorCallWithLocation
        msg
        ( "CallStack (from HasCallStack):\n  error, called at libraries/bytestring/"
            ++ file ++ ":" ++ show line ++ ":" ++ show col
            ++ " in bytestring-0.10.12.1:" ++ modl
        )
    )

-- ------------------------------------------------------------ comparison

eq :: ByteString -> ByteString -> Bool
eq a@(PS _ _ la) b@(PS _ _ lb)
  | la /= lb = False
  | la == 0 = True
  | otherwise = cmpPrefix a b la == 0

compareBytes :: ByteString -> ByteString -> Ordering
compareBytes a@(PS _ _ la) b@(PS _ _ lb)
  | n == 0 = compare la lb
  | otherwise = case cmpPrefix a b n of
      0 -> compare la lb
      c -> compare c 0
  where n = min la lb

-- memcmp of the first n bytes of two ByteStrings.
cmpPrefix :: ByteString -> ByteString -> Int -> CInt
cmpPrefix (PS fa oa _) (PS fb ob _) n = accursedUnutterablePerformIO $
  withForeignPtr fa $ \pa -> withForeignPtr fb $ \pb ->
    memcmp (pa `plusPtr` oa) (pb `plusPtr` ob) n

append :: ByteString -> ByteString -> ByteString
append a@(PS _ _ la) b@(PS _ _ lb)
  | la == 0 = b
  | lb == 0 = a
  | otherwise = unsafeCreate (checkedAdd "append" la lb) $ \p -> do
      copyTo p a
      copyTo (p `plusPtr` la) b

copyTo :: Ptr Word8 -> ByteString -> IO ()
copyTo p (PS fp o l) = withForeignPtr fp $ \q -> memcpy p (q `plusPtr` o) l

concat :: [ByteString] -> ByteString
concat bss = case filter (\(PS _ _ l) -> l /= 0) bss of
  [] -> PS nullForeignPtr 0 0
  [b] -> b
  bs -> unsafeCreate (total bs) $ \p -> fill p bs
  where
    total = List.foldl' (\n (PS _ _ l) -> checkedAdd "concat" n l) 0
    fill _ [] = return ()
    fill p (b@(PS _ _ l) : rest) = copyTo p b >> fill (p `plusPtr` l) rest

-- ------------------------------------------------------------ packing

-- Written by the real package's loops ($wgo, $wgo1).
packBytes :: [Word8] -> ByteString
packBytes ws = unsafeCreate (length ws) (\(Ptr d) -> IO (zz_zdwgo d ws))

packChars :: [Char] -> ByteString
packChars cs = unsafeCreate (length cs) (\(Ptr d) -> IO (zz_zdwgo1 d cs))

unsafePackLenBytes :: Int -> [Word8] -> ByteString
unsafePackLenBytes len ws = fst (packUptoLenBytes len ws)

unsafePackLenChars :: Int -> [Char] -> ByteString
unsafePackLenChars len cs = fst (packUptoLenChars len cs)

packUptoLenBytes :: Int -> [Word8] -> (ByteString, [Word8])
packUptoLenBytes len = packUpto len id

packUptoLenChars :: Int -> [Char] -> (ByteString, [Char])
packUptoLenChars len = packUpto len c2w

-- At most len elements, written in Int# arithmetic; the rest of the list.
packUpto :: Int -> (a -> Word8) -> [a] -> (ByteString, [a])
packUpto len@(I# n) conv xs0 = unsafeCreateUptoN' len $ \(Ptr d) ->
  IO (\s -> go d 0# xs0 s)
  where
    go d i xs s = case i >=# n of
      1# -> (# s, (I# i, xs) #)
      _ -> case xs of
        [] -> (# s, (I# i, []) #)
        x : rest -> case conv x of
          W8# w -> go d (i +# 1#) rest (writeWord8OffAddr# d i w s)

unpackBytes :: ByteString -> [Word8]
unpackBytes bs = unpackAppendBytesLazy bs []

unpackChars :: ByteString -> [Char]
unpackChars bs = unpackAppendCharsLazy bs []

-- Lazy: in pieces of 100 bytes, so a long string is produced as it is used.
unpackAppendBytesLazy :: ByteString -> [Word8] -> [Word8]
unpackAppendBytesLazy bs@(PS fp o l) rest
  | l <= 100 = unpackAppendBytesStrict bs rest
  | otherwise = unpackAppendBytesStrict (PS fp o 100)
      (unpackAppendBytesLazy (PS fp (o + 100) (l - 100)) rest)

unpackAppendCharsLazy :: ByteString -> [Char] -> [Char]
unpackAppendCharsLazy bs@(PS fp o l) rest
  | l <= 100 = unpackAppendCharsStrict bs rest
  | otherwise = unpackAppendCharsStrict (PS fp o 100)
      (unpackAppendCharsLazy (PS fp (o + 100) (l - 100)) rest)

-- Through the real package's loops ($wloop, $wloop1), from the last byte
-- back to the first.
unpackAppendBytesStrict :: ByteString -> [Word8] -> [Word8]
unpackAppendBytesStrict (PS (ForeignPtr a c) (I# o) (I# l)) rest =
  accursedUnutterablePerformIO $ IO $ \s ->
    case zz_zdwloop (plusAddr# a (o -# 1#)) (plusAddr# a ((o +# l) -# 1#)) rest s of
      (# s', r #) -> case Exts.touch# c s' of s'' -> (# s'', r #)

unpackAppendCharsStrict :: ByteString -> [Char] -> [Char]
unpackAppendCharsStrict (PS (ForeignPtr a c) (I# o) (I# l)) rest =
  accursedUnutterablePerformIO $ IO $ \s ->
    case zz_zdwloop1 (plusAddr# a (o -# 1#)) (plusAddr# a ((o +# l) -# 1#)) rest s of
      (# s', r #) -> case Exts.touch# c s' of s'' -> (# s'', r #)

unsafePackAddress :: Addr# -> IO ByteString
unsafePackAddress addr = do
  fp <- newForeignPtr_ (Ptr addr)
  return (PS fp 0 (cstrLen (Ptr addr)))

-- ------------------------------------------------------------ creating

mallocByteString :: Int -> IO (ForeignPtr a)
mallocByteString = mallocPlainForeignPtrBytes

create :: Int -> (Ptr Word8 -> IO ()) -> IO ByteString
create l f = do
  fp <- mallocByteString l
  withForeignPtr fp f
  return (PS fp 0 l)

createUptoN :: Int -> (Ptr Word8 -> IO Int) -> IO ByteString
createUptoN l f = do
  fp <- mallocByteString l
  l' <- withForeignPtr fp f
  return (PS fp 0 (min l l'))

createUptoN' :: Int -> (Ptr Word8 -> IO (Int, a)) -> IO (ByteString, a)
createUptoN' l f = do
  fp <- mallocByteString l
  (l', res) <- withForeignPtr fp f
  return (PS fp 0 (min l l'), res)

createAndTrim :: Int -> (Ptr Word8 -> IO Int) -> IO ByteString
createAndTrim l f = do
  fp <- mallocByteString l
  withForeignPtr fp $ \p -> do
    l' <- f p
    if l' >= l then return (PS fp 0 l) else create l' (\q -> memcpy q p l')

createAndTrim' :: Int -> (Ptr Word8 -> IO (Int, Int, a)) -> IO (ByteString, a)
createAndTrim' l f = do
  fp <- mallocByteString l
  withForeignPtr fp $ \p -> do
    (off, l', res) <- f p
    if l' >= l
      then return (PS fp 0 l, res)
      else do
        bs <- create l' (\q -> memcpy q (p `plusPtr` off) l')
        return (bs, res)

unsafeCreate :: Int -> (Ptr Word8 -> IO ()) -> ByteString
unsafeCreate l f = unsafeDupablePerformIO (create l f)

unsafeCreateUptoN :: Int -> (Ptr Word8 -> IO Int) -> ByteString
unsafeCreateUptoN l f = unsafeDupablePerformIO (createUptoN l f)

unsafeCreateUptoN' :: Int -> (Ptr Word8 -> IO (Int, a)) -> (ByteString, a)
unsafeCreateUptoN' l f = unsafeDupablePerformIO (createUptoN' l f)

fromForeignPtr :: ForeignPtr Word8 -> Int -> Int -> ByteString
fromForeignPtr fp o l = PS fp o l

toForeignPtr :: ByteString -> (ForeignPtr Word8, Int, Int)
toForeignPtr (PS fp o l) = (fp, o, l)

nullForeignPtr :: ForeignPtr Word8
nullForeignPtr = case nullPtr of Ptr a -> ForeignPtr a FinalPtr

checkedAdd :: String -> Int -> Int -> Int
checkedAdd fun x y
  | r >= 0 = r
  | otherwise = overflowError fun
  where r = x + y

overflowError :: String -> a
overflowError fun =
  bsError "Data/ByteString/Internal.hs" "Data.ByteString.Internal" 600 21
    ("Data.ByteString." ++ fun ++ ": size overflow")

inlinePerformIO :: IO a -> a
inlinePerformIO = accursedUnutterablePerformIO

accursedUnutterablePerformIO :: IO a -> a
accursedUnutterablePerformIO (IO m) = case m Exts.realWorld# of (# _, r #) -> r

-- ------------------------------------------------------------ characters

c2w :: Char -> Word8
c2w = fromIntegral . ord

w2c :: Word8 -> Char
w2c w = unsafeChr (fromIntegral w)

isSpaceWord8 :: Word8 -> Bool
isSpaceWord8 w = w == 32 || (w >= 9 && w <= 13) || w == 0xA0

isSpaceChar8 :: Char -> Bool
isSpaceChar8 = isSpaceWord8 . c2w

-- ------------------------------------------------------------ C functions
-- bytestring calls C for these; here they are Haskell loops (memcpy and
-- memset are base's, through the machine's memory primops).

memchr :: Ptr Word8 -> Word8 -> CSize -> IO (Ptr Word8)
memchr p w n
  | n == 0 = return nullPtr
  | otherwise = c_memchr p (fromIntegral w) n

foreign import ccall unsafe "string.h memchr" c_memchr
  :: Ptr Word8 -> CInt -> CSize -> IO (Ptr Word8)
foreign import ccall unsafe "static fpstring.h fps_count" c_count
  :: Ptr Word8 -> CULong -> Word8 -> IO CULong

memcmp :: Ptr Word8 -> Ptr Word8 -> Int -> IO CInt
memcmp p q n
  | n <= 0 = return 0
  | otherwise = c_memcmp p q (fromIntegral n)

memcpy :: Ptr Word8 -> Ptr Word8 -> Int -> IO ()
memcpy p q n
  | n <= 0 = return ()
  | otherwise = c_memcpy p q (fromIntegral n) >> return ()

memset :: Ptr Word8 -> Word8 -> CSize -> IO (Ptr Word8)
memset p w n = c_memset p (fromIntegral w) n

foreign import ccall unsafe "string.h memcmp" c_memcmp
  :: Ptr Word8 -> Ptr Word8 -> CSize -> IO CInt
foreign import ccall unsafe "string.h memcpy" c_memcpy
  :: Ptr Word8 -> Ptr Word8 -> CSize -> IO (Ptr Word8)
foreign import ccall unsafe "string.h memset" c_memset
  :: Ptr Word8 -> CInt -> CSize -> IO (Ptr Word8)

c_strlen :: CString -> IO CSize
c_strlen p = return (fromIntegral (cstrLen p))

c_free_finalizer :: FunPtr (Ptr Word8 -> IO ())
c_free_finalizer = nullFunPtr

c_reverse :: Ptr Word8 -> Ptr Word8 -> CULong -> IO ()
c_reverse dst src n = go 0
  where
    len = fromIntegral n :: Int
    go i | i >= len = return ()
         | otherwise = peekW8 src i >>= pokeW8 dst (len - 1 - i) >> go (i + 1)

c_intersperse :: Ptr Word8 -> Ptr Word8 -> CULong -> Word8 -> IO ()
c_intersperse dst src n c = go 0
  where
    len = fromIntegral n :: Int
    go i | i >= len = return ()
         | otherwise = do
             peekW8 src i >>= pokeW8 dst (2 * i)
             if i + 1 < len then pokeW8 dst (2 * i + 1) c else return ()
             go (i + 1)

c_maximum :: Ptr Word8 -> CULong -> IO Word8
c_maximum p n = go 0 0
  where
    len = fromIntegral n :: Int
    go !m i | i >= len = return m
            | otherwise = peekW8 p i >>= \x -> go (max m x) (i + 1)

c_minimum :: Ptr Word8 -> CULong -> IO Word8
c_minimum p n = go 255 0
  where
    len = fromIntegral n :: Int
    go !m i | i >= len = return m
            | otherwise = peekW8 p i >>= \x -> go (min m x) (i + 1)

-- ------------------------------------------------- -O1 workers by name
-- The real package's local loops that its -O1 unfoldings call (names
-- `zz_<Z-encoded name>`, types from `ghc --show-iface`).

-- $wgo / $wgo1 addr xs: the bytes of xs (Chars truncated to 8 bits)
-- written from addr on (packBytes, packChars).
zz_zdwgo :: Addr# -> [Word8] -> State# RealWorld -> (# State# RealWorld, () #)
zz_zdwgo a ws s = case pokeAll (Ptr a) ws of IO f -> f s

zz_zdwgo1 :: Addr# -> [Char] -> State# RealWorld -> (# State# RealWorld, () #)
zz_zdwgo1 a cs s = case pokeAll (Ptr a) (List.map c2w cs) of IO f -> f s

pokeAll :: Ptr Word8 -> [Word8] -> IO ()
pokeAll _ [] = return ()
pokeAll p (w : ws) = pokeW8 p 0 w >> pokeAll (p `plusPtr` 1) ws

-- $wloop / $wloop1 stop p acc: the bytes at p, p-1, ... down to (not
-- including) stop, consed onto acc, the lowest address first
-- (unpackAppendBytesStrict, unpackAppendCharsStrict).
zz_zdwloop :: Addr# -> Addr# -> [Word8] -> State# RealWorld -> (# State# RealWorld, [Word8] #)
zz_zdwloop stop p acc s = case consDown (Ptr stop) (Ptr p) id acc of IO f -> f s

zz_zdwloop1 :: Addr# -> Addr# -> [Char] -> State# RealWorld -> (# State# RealWorld, [Char] #)
zz_zdwloop1 stop p acc s = case consDown (Ptr stop) (Ptr p) w2c acc of IO f -> f s

consDown :: Ptr Word8 -> Ptr Word8 -> (Word8 -> a) -> [a] -> IO [a]
consDown stop p f acc
  | p == stop = return acc
  | otherwise = do
      w <- peekW8 p 0
      let !x = f w
      consDown stop (p `plusPtr` (-1)) f (x : acc)

-- ------------------------------------------------------------------ Data
-- An abstract type: folded through its bytes (packBytes / unpackBytes);
-- toConstr and gunfold are the real package's errors.
instance Data ByteString where
  gfoldl f z txt = z packBytes `f` unpackBytes txt
  toConstr _ = bsError "Data/ByteString/Internal.hs" "Data.ByteString.Internal" 217 20 "Data.ByteString.ByteString.toConstr"
  gunfold _ _ = bsError "Data/ByteString/Internal.hs" "Data.ByteString.Internal" 218 20 "Data.ByteString.ByteString.gunfold"
  dataTypeOf _ = mkNoRepType "Data.ByteString.ByteString"
