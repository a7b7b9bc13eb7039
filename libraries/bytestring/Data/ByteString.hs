{-# LANGUAGE BangPatterns, MagicHash, PackageImports, UnboxedTuples #-}
-- hs2stg: clean-room Data.ByteString (bytestring-0.10.12.1), written from
-- the documented API and the installed interface file. Byte access goes
-- through Data.ByteString.Internal's primop helpers; memchr/memcmp/count
-- are the machine's (preludes/base/FFI+Bytestring.stg).
module Data.ByteString
  ( ByteString
  , empty, singleton, pack, unpack
  , cons, snoc, append, head, uncons, unsnoc, last, tail, init, null, length
  , map, reverse, intersperse, intercalate, transpose
  , foldl, foldl', foldl1, foldl1', foldr, foldr', foldr1, foldr1'
  , concat, concatMap, any, all, maximum, minimum
  , scanl, scanl1, scanr, scanr1
  , mapAccumL, mapAccumR
  , replicate, unfoldr, unfoldrN
  , take, drop, splitAt, takeWhile, takeWhileEnd, dropWhile, dropWhileEnd
  , span, spanEnd, break, breakEnd, group, groupBy, inits, tails
  , stripPrefix, stripSuffix
  , split, splitWith
  , isPrefixOf, isSuffixOf, isInfixOf
  , breakSubstring, findSubstring, findSubstrings
  , elem, notElem, find, filter, partition
  , index, elemIndex, elemIndices, elemIndexEnd, findIndex, findIndices
  , findIndexEnd, count
  , zip, zipWith, unzip
  , sort
  , copy
  , packCString, packCStringLen, useAsCString, useAsCStringLen
  , getLine, getContents, putStr, putStrLn, interact
  , readFile, writeFile, appendFile
  , hGetLine, hGetContents, hGet, hGetSome, hGetNonBlocking
  , hPut, hPutNonBlocking, hPutStr, hPutStrLn
  , breakByte
  -- internals
  , moduleError, errorEmptyList, findFromEndUntil
  , zz_zdwrev, zz_hGet2, zz_hGetSome2, zz_hGetNonBlocking2, zz_packCString3
  , zz_getLine2, zz_getLine5, zz_zdwfill
  ) where

import Prelude hiding
  ( head, tail, init, last, null, length, map, reverse, foldl, foldr, foldl1
  , foldr1, concat, concatMap, any, all, maximum, minimum, scanl, scanl1
  , scanr, scanr1, replicate, take, drop, splitAt, takeWhile, dropWhile
  , span, break, elem, notElem, filter, zip, zipWith, unzip, getLine
  , getContents, putStr, putStrLn, interact, readFile, writeFile, appendFile )
import qualified Prelude as P
import qualified Data.List as List
import Data.ByteString.Internal hiding (concat)
import qualified Data.ByteString.Internal as I
import Data.ByteString.Unsafe
import Data.Word (Word8)
import Foreign.ForeignPtr (withForeignPtr)
import Foreign.Ptr (Ptr, plusPtr, minusPtr, nullPtr, castPtr)
import Foreign.C.String (CString, CStringLen)
import Foreign.C.Types (CSize)
import Foreign.Marshal.Alloc (allocaBytes)
import System.IO (Handle, stdin, stdout, hGetBuf, hGetBufSome, hGetBufNonBlocking,
                  hPutBuf, hPutBufNonBlocking, hClose, IOMode (..), withBinaryFile)
import System.IO.Unsafe (unsafeDupablePerformIO)
import System.IO.Error (ioError, mkIOError, illegalOperationErrorType)
import Control.Exception (throwIO)
import GHC.IO.Exception (IOException (..), IOErrorType (EOF))
import GHC.Exts (Addr#, Int#, Int (I#), Ptr (Ptr), State#, RealWorld)
import GHC.IO (IO (IO))
import "base" GHC.IO.Buffer (Buffer (..), withBuffer)
import GHC.IO.Handle.Internals (flushCharReadBuffer)
import GHC.IO.Handle.Types (Handle__ (..))
import Data.IORef (readIORef, writeIORef)
import Unsafe.Coerce (unsafeCoerce)

-- ------------------------------------------------------------ errors

moduleError :: String -> String -> a
moduleError fun msg =
  bsError "Data/ByteString.hs" "Data.ByteString" 1914 23
    ("Data.ByteString." ++ fun ++ ": " ++ msg)

errorEmptyList :: String -> a
errorEmptyList fun = moduleError fun "empty ByteString"

-- ------------------------------------------------------------ basics

empty :: ByteString
empty = PS nullForeignPtr 0 0

singleton :: Word8 -> ByteString
singleton w = unsafeCreate 1 (\p -> pokeW8 p 0 w)

pack :: [Word8] -> ByteString
pack = packBytes

unpack :: ByteString -> [Word8]
unpack = unpackBytes

null :: ByteString -> Bool
null (PS _ _ l) = l <= 0

length :: ByteString -> Int
length (PS _ _ l) = l

-- A ByteString of length n whose byte i is f i.
generate :: Int -> (Int -> Word8) -> ByteString
generate = bsGenerate

cons :: Word8 -> ByteString -> ByteString
cons c bs@(PS _ _ l) = unsafeCreate (l + 1) $ \p -> do
  pokeW8 p 0 c
  copyInto (p `plusPtr` 1) bs

snoc :: ByteString -> Word8 -> ByteString
snoc bs@(PS _ _ l) c = unsafeCreate (l + 1) $ \p -> do
  copyInto p bs
  pokeW8 p l c

copyInto :: Ptr Word8 -> ByteString -> IO ()
copyInto p (PS fp o l) = withForeignPtr fp $ \q -> memcpy p (q `plusPtr` o) l

concat :: [ByteString] -> ByteString
concat = I.concat

append :: ByteString -> ByteString -> ByteString
append a b = concat [a, b]

head :: ByteString -> Word8
head bs | null bs = errorEmptyList "head"
        | otherwise = bsIndex bs 0

tail :: ByteString -> ByteString
tail (PS fp o l) | l <= 0 = errorEmptyList "tail"
                 | otherwise = PS fp (o + 1) (l - 1)

uncons :: ByteString -> Maybe (Word8, ByteString)
uncons bs@(PS fp o l)
  | l <= 0 = Nothing
  | otherwise = Just (bsIndex bs 0, PS fp (o + 1) (l - 1))

last :: ByteString -> Word8
last bs@(PS _ _ l) | l <= 0 = errorEmptyList "last"
                   | otherwise = bsIndex bs (l - 1)

init :: ByteString -> ByteString
init (PS fp o l) | l <= 0 = errorEmptyList "init"
                 | otherwise = PS fp o (l - 1)

unsnoc :: ByteString -> Maybe (ByteString, Word8)
unsnoc bs@(PS fp o l)
  | l <= 0 = Nothing
  | otherwise = Just (PS fp o (l - 1), bsIndex bs (l - 1))

-- ------------------------------------------------------------ transformations

map :: (Word8 -> Word8) -> ByteString -> ByteString
map f bs@(PS _ _ l) = generate l (\i -> f (bsIndex bs i))

reverse :: ByteString -> ByteString
reverse bs@(PS _ _ l) = generate l (\i -> bsIndex bs (l - 1 - i))

intersperse :: Word8 -> ByteString -> ByteString
intersperse c bs@(PS _ _ l)
  | l < 2 = bs
  | otherwise = generate (2 * l - 1) (\i -> if even i then bsIndex bs (i `div` 2) else c)

intercalate :: ByteString -> [ByteString] -> ByteString
intercalate s = concat . List.intersperse s

transpose :: [ByteString] -> [ByteString]
transpose = P.map pack . List.transpose . P.map unpack

-- ------------------------------------------------------------ folds

foldl :: (a -> Word8 -> a) -> a -> ByteString -> a
foldl f z bs@(PS _ _ l) = go (l - 1)
  where go i | i < 0 = z
             | otherwise = f (go (i - 1)) (bsIndex bs i)

foldl' :: (a -> Word8 -> a) -> a -> ByteString -> a
foldl' = bsFoldl'

foldr :: (Word8 -> a -> a) -> a -> ByteString -> a
foldr = bsFoldr

foldr' :: (Word8 -> a -> a) -> a -> ByteString -> a
foldr' = bsFoldrStrict

foldl1 :: (Word8 -> Word8 -> Word8) -> ByteString -> Word8
foldl1 f bs | null bs = errorEmptyList "foldl1"
            | otherwise = foldl f (unsafeHead bs) (unsafeTail bs)

foldl1' :: (Word8 -> Word8 -> Word8) -> ByteString -> Word8
foldl1' f bs | null bs = errorEmptyList "foldl1'"
             | otherwise = foldl' f (unsafeHead bs) (unsafeTail bs)

foldr1 :: (Word8 -> Word8 -> Word8) -> ByteString -> Word8
foldr1 f bs | null bs = errorEmptyList "foldr1"
            | otherwise = foldr f (unsafeLast bs) (unsafeInit bs)

foldr1' :: (Word8 -> Word8 -> Word8) -> ByteString -> Word8
foldr1' f bs | null bs = errorEmptyList "foldr1'"
             | otherwise = foldr' f (unsafeLast bs) (unsafeInit bs)

concatMap :: (Word8 -> ByteString) -> ByteString -> ByteString
concatMap f = concat . foldr ((:) . f) []

any :: (Word8 -> Bool) -> ByteString -> Bool
any p bs = case findIndex p bs of
  Nothing -> False
  Just _ -> True

all :: (Word8 -> Bool) -> ByteString -> Bool
all p bs = not (any (not . p) bs)

maximum :: ByteString -> Word8
maximum bs@(PS fp o l)
  | l <= 0 = errorEmptyList "maximum"
  | otherwise = accursedUnutterablePerformIO $ withForeignPtr fp $ \p ->
      c_maximum (p `plusPtr` o) (fromIntegral l)

minimum :: ByteString -> Word8
minimum bs@(PS fp o l)
  | l <= 0 = errorEmptyList "minimum"
  | otherwise = accursedUnutterablePerformIO $ withForeignPtr fp $ \p ->
      c_minimum (p `plusPtr` o) (fromIntegral l)

mapAccumL :: (acc -> Word8 -> (acc, Word8)) -> acc -> ByteString -> (acc, ByteString)
mapAccumL f acc0 bs@(PS _ _ l) = unsafeDupablePerformIO $ do
  fp <- mallocByteString l
  acc' <- withForeignPtr fp $ \p ->
    let go !i acc | i >= l = return acc
                  | otherwise = case f acc (bsIndex bs i) of
                      (acc', w) -> pokeW8 p i w >> go (i + 1) acc'
    in go 0 acc0
  return (acc', PS fp 0 l)

mapAccumR :: (acc -> Word8 -> (acc, Word8)) -> acc -> ByteString -> (acc, ByteString)
mapAccumR f acc0 bs@(PS _ _ l) = unsafeDupablePerformIO $ do
  fp <- mallocByteString l
  acc' <- withForeignPtr fp $ \p ->
    let go !i acc | i < 0 = return acc
                  | otherwise = case f acc (bsIndex bs i) of
                      (acc', w) -> pokeW8 p i w >> go (i - 1) acc'
    in go (l - 1) acc0
  return (acc', PS fp 0 l)

scanl :: (Word8 -> Word8 -> Word8) -> Word8 -> ByteString -> ByteString
scanl f z bs@(PS _ _ l) = unsafeCreate (l + 1) $ \p ->
  let go !i !acc | i >= l = pokeW8 p i acc
                 | otherwise = pokeW8 p i acc >> go (i + 1) (f acc (bsIndex bs i))
  in go 0 z

scanl1 :: (Word8 -> Word8 -> Word8) -> ByteString -> ByteString
scanl1 f bs | null bs = empty
            | otherwise = scanl f (unsafeHead bs) (unsafeTail bs)

scanr :: (Word8 -> Word8 -> Word8) -> Word8 -> ByteString -> ByteString
scanr f z bs@(PS _ _ l) = unsafeCreate (l + 1) $ \p ->
  let go !i !acc | i < 0 = return ()
                 | otherwise = let acc' = f (bsIndex bs i) acc
                               in pokeW8 p i acc' >> go (i - 1) acc'
  in pokeW8 p l z >> go (l - 1) z

scanr1 :: (Word8 -> Word8 -> Word8) -> ByteString -> ByteString
scanr1 f bs | null bs = empty
            | otherwise = scanr f (unsafeLast bs) (unsafeInit bs)

-- ------------------------------------------------------------ building

replicate :: Int -> Word8 -> ByteString
replicate n w = generate n (const w)

unfoldr :: (a -> Maybe (Word8, a)) -> a -> ByteString
unfoldr f = concat . chunks 32
  where
    chunks n x = case unfoldrN n f x of
      (s, Nothing) -> [s]
      (s, Just x') -> s : chunks (n * 2) x'

unfoldrN :: Int -> (a -> Maybe (Word8, a)) -> a -> (ByteString, Maybe a)
unfoldrN i f x0
  | i < 0 = (empty, Just x0)
  | otherwise = unsafeDupablePerformIO $ createAndTrim' i $ \p ->
      let go !n x | n == i = return (0, n, Just x)
                  | otherwise = case f x of
                      Nothing -> return (0, n, Nothing)
                      Just (w, x') -> pokeW8 p n w >> go (n + 1) x'
      in go 0 x0

-- ------------------------------------------------------------ substrings

take :: Int -> ByteString -> ByteString
take n bs@(PS fp o l)
  | n <= 0 = empty
  | n >= l = bs
  | otherwise = PS fp o n

drop :: Int -> ByteString -> ByteString
drop n bs@(PS fp o l)
  | n <= 0 = bs
  | n >= l = empty
  | otherwise = PS fp (o + n) (l - n)

splitAt :: Int -> ByteString -> (ByteString, ByteString)
splitAt n bs@(PS fp o l)
  | n <= 0 = (empty, bs)
  | n >= l = (bs, empty)
  | otherwise = (PS fp o n, PS fp (o + n) (l - n))

-- Index of the first byte satisfying p, or the length.
findIndexOrEnd :: (Word8 -> Bool) -> ByteString -> Int
findIndexOrEnd = bsFindIndexOrEnd

-- One past the index of the last byte not satisfying... : the length of
-- the prefix before the final run of bytes satisfying (not . p)'s negation.
findFromEndUntil :: (Word8 -> Bool) -> ByteString -> Int
findFromEndUntil = bsFindFromEndUntil

takeWhile :: (Word8 -> Bool) -> ByteString -> ByteString
takeWhile p bs = unsafeTake (findIndexOrEnd (not . p) bs) bs

takeWhileEnd :: (Word8 -> Bool) -> ByteString -> ByteString
takeWhileEnd p bs = unsafeDrop (findFromEndUntil (not . p) bs) bs

dropWhile :: (Word8 -> Bool) -> ByteString -> ByteString
dropWhile p bs = unsafeDrop (findIndexOrEnd (not . p) bs) bs

dropWhileEnd :: (Word8 -> Bool) -> ByteString -> ByteString
dropWhileEnd p bs = unsafeTake (findFromEndUntil (not . p) bs) bs

break :: (Word8 -> Bool) -> ByteString -> (ByteString, ByteString)
break p bs = let n = findIndexOrEnd p bs in (unsafeTake n bs, unsafeDrop n bs)

breakByte :: Word8 -> ByteString -> (ByteString, ByteString)
breakByte c bs = case elemIndex c bs of
  Nothing -> (bs, empty)
  Just n -> (unsafeTake n bs, unsafeDrop n bs)

breakEnd :: (Word8 -> Bool) -> ByteString -> (ByteString, ByteString)
breakEnd p bs = splitAt (findFromEndUntil p bs) bs

span :: (Word8 -> Bool) -> ByteString -> (ByteString, ByteString)
span p = break (not . p)

spanEnd :: (Word8 -> Bool) -> ByteString -> (ByteString, ByteString)
spanEnd p bs = splitAt (findFromEndUntil (not . p) bs) bs

splitWith :: (Word8 -> Bool) -> ByteString -> [ByteString]
splitWith p bs
  | null bs = []
  | otherwise = go bs
  where
    go s = let n = findIndexOrEnd p s
           in if n >= length s then [s]
              else unsafeTake n s : go (unsafeDrop (n + 1) s)

split :: Word8 -> ByteString -> [ByteString]
split w bs
  | null bs = []
  | otherwise = go bs
  where
    go s = case elemIndex w s of
      Nothing -> [s]
      Just n -> unsafeTake n s : go (unsafeDrop (n + 1) s)

group :: ByteString -> [ByteString]
group = groupBy (==)

groupBy :: (Word8 -> Word8 -> Bool) -> ByteString -> [ByteString]
groupBy k bs
  | null bs = []
  | otherwise =
      let h = unsafeHead bs
          n = 1 + findIndexOrEnd (not . k h) (unsafeTail bs)
      in unsafeTake n bs : groupBy k (unsafeDrop n bs)

inits :: ByteString -> [ByteString]
inits bs = [unsafeTake n bs | n <- [0 .. length bs]]

tails :: ByteString -> [ByteString]
tails bs | null bs = [empty]
         | otherwise = bs : tails (unsafeTail bs)

stripPrefix :: ByteString -> ByteString -> Maybe ByteString
stripPrefix p bs
  | p `isPrefixOf` bs = Just (unsafeDrop (length p) bs)
  | otherwise = Nothing

stripSuffix :: ByteString -> ByteString -> Maybe ByteString
stripSuffix p bs
  | p `isSuffixOf` bs = Just (unsafeTake (length bs - length p) bs)
  | otherwise = Nothing

isPrefixOf :: ByteString -> ByteString -> Bool
isPrefixOf a b = length a <= length b && unsafeTake (length a) b == a

isSuffixOf :: ByteString -> ByteString -> Bool
isSuffixOf a b = length a <= length b && unsafeDrop (length b - length a) b == a

isInfixOf :: ByteString -> ByteString -> Bool
isInfixOf p s = null p || not (null (snd (breakSubstring p s)))

breakSubstring :: ByteString -> ByteString -> (ByteString, ByteString)
breakSubstring pat src
  | lp == 0 = (empty, src)
  | otherwise = go 0
  where
    lp = length pat
    h = unsafeHead pat
    go i = case elemIndex h (unsafeDrop i src) of
      Nothing -> (src, empty)
      Just k ->
        let j = i + k
        in if j + lp > length src then (src, empty)
           else if unsafeTake lp (unsafeDrop j src) == pat
             then (unsafeTake j src, unsafeDrop j src)
             else go (j + 1)

findSubstring :: ByteString -> ByteString -> Maybe Int
findSubstring pat src
  | null pat && null src = Just 0
  | otherwise = case breakSubstring pat src of
      (b, m) | null m -> Nothing
             | otherwise -> Just (length b)

findSubstrings :: ByteString -> ByteString -> [Int]
findSubstrings pat src
  | null pat = [0 .. length src]
  | otherwise = go 0
  where
    go i = case breakSubstring pat (unsafeDrop i src) of
      (b, m) | null m -> []
             | otherwise -> let j = i + length b in j : go (j + length pat)

-- ------------------------------------------------------------ searching

elem :: Word8 -> ByteString -> Bool
elem c bs = case elemIndex c bs of
  Nothing -> False
  Just _ -> True

notElem :: Word8 -> ByteString -> Bool
notElem c bs = not (elem c bs)

find :: (Word8 -> Bool) -> ByteString -> Maybe Word8
find p bs = case findIndex p bs of
  Nothing -> Nothing
  Just n -> Just (bsIndex bs n)

filter :: (Word8 -> Bool) -> ByteString -> ByteString
filter = bsFilter

-- One buffer for both parts, as the real package: the bytes that pass
-- from the front, the others from the back, which $wrev then puts back in
-- order (p is asked once per byte).
partition :: (Word8 -> Bool) -> ByteString -> (ByteString, ByteString)
partition f (PS fp0 o len) = unsafeDupablePerformIO $ do
  fp <- mallocByteString len
  withForeignPtr fp $ \d -> withForeignPtr fp0 $ \s -> do
    let sep i lo hi
          | i == len = return lo
          | otherwise = do
              w <- peekW8 s (o + i)
              if f w
                then pokeW8 lo 0 w >> sep (i + 1) (lo `plusPtr` 1) hi
                else pokeW8 hi 0 w >> sep (i + 1) lo (hi `plusPtr` (-1))
        end = d `plusPtr` (len - 1)
    mid <- sep 0 d end
    case (mid, end) of (Ptr a, Ptr b) -> IO (zz_zdwrev a b)
    let i = mid `minusPtr` d
    return (PS fp 0 i, PS fp i (len - i))

index :: ByteString -> Int -> Word8
index bs n
  | n < 0 = moduleError "index" ("negative index: " ++ show n)
  | n >= length bs = moduleError "index"
      ("index too large: " ++ show n ++ ", length = " ++ show (length bs))
  | otherwise = bsIndex bs n

elemIndex :: Word8 -> ByteString -> Maybe Int
elemIndex c (PS fp o l) = accursedUnutterablePerformIO $ withForeignPtr fp $ \p -> do
  let q = p `plusPtr` o
  r <- memchr q c (fromIntegral l)
  return (if r == nullPtr then Nothing else Just (r `minusPtr` q))

elemIndexEnd :: Word8 -> ByteString -> Maybe Int
elemIndexEnd c = findIndexEnd (== c)

elemIndices :: Word8 -> ByteString -> [Int]
elemIndices c bs = go 0
  where
    go i = case elemIndex c (unsafeDrop i bs) of
      Nothing -> []
      Just k -> (i + k) : go (i + k + 1)

findIndex :: (Word8 -> Bool) -> ByteString -> Maybe Int
findIndex p bs = let n = findIndexOrEnd p bs
                 in if n >= length bs then Nothing else Just n

findIndexEnd :: (Word8 -> Bool) -> ByteString -> Maybe Int
findIndexEnd p bs = case findFromEndUntil p bs of
  0 -> Nothing
  n -> Just (n - 1)

findIndices :: (Word8 -> Bool) -> ByteString -> [Int]
findIndices p bs@(PS _ _ l) = go 0
  where go i | i >= l = []
             | p (bsIndex bs i) = i : go (i + 1)
             | otherwise = go (i + 1)

count :: Word8 -> ByteString -> Int
count _ (PS _ _ 0) = 0
count w (PS fp o l) = accursedUnutterablePerformIO $ withForeignPtr fp $ \p ->
  fromIntegral <$> c_count (p `plusPtr` o) (fromIntegral l) w

-- ------------------------------------------------------------ zipping, sorting

zip :: ByteString -> ByteString -> [(Word8, Word8)]
zip = zipWith (,)

zipWith :: (Word8 -> Word8 -> a) -> ByteString -> ByteString -> [a]
zipWith f a b = go 0
  where
    n = min (length a) (length b)
    go i | i >= n = []
         | otherwise = f (bsIndex a i) (bsIndex b i) : go (i + 1)

unzip :: [(Word8, Word8)] -> (ByteString, ByteString)
unzip ps = (pack (P.map fst ps), pack (P.map snd ps))

-- A counting sort.
sort :: ByteString -> ByteString
sort bs@(PS _ _ l)
  | l <= 1 = bs
  | otherwise = pack (List.concatMap (\(w, k) -> P.replicate k w) (counts 0))
  where
    counts :: Int -> [(Word8, Int)]
    counts 256 = []
    counts w = let k = count (fromIntegral w) bs
               in if k == 0 then counts (w + 1) else (fromIntegral w, k) : counts (w + 1)

copy :: ByteString -> ByteString
copy bs@(PS _ _ l) = unsafeCreate l (\p -> copyInto p bs)

-- ------------------------------------------------------------ C strings

packCString :: CString -> IO ByteString
packCString cstr = packCStringLen (cstr, cstrLen cstr)

packCStringLen :: CStringLen -> IO ByteString
packCStringLen (cstr, len)
  | len >= 0 = create len (\p -> memcpy p (castPtr cstr) len)
  | otherwise = hs2stgNegative len

negativeLength :: Int -> IO a
negativeLength len =
  ioError (userError ("Data.ByteString.packCStringLen: negative length: " ++ show len))

useAsCString :: ByteString -> (CString -> IO a) -> IO a
useAsCString bs@(PS _ _ l) action = allocaBytes (l + 1) $ \buf -> do
  copyInto buf bs
  pokeW8 buf l 0
  action (castPtr buf)

useAsCStringLen :: ByteString -> (CStringLen -> IO a) -> IO a
useAsCStringLen bs@(PS _ _ l) action = useAsCString bs (\cstr -> action (cstr, l))

-- ------------------------------------------------------------ I/O

hPut :: Handle -> ByteString -> IO ()
hPut _ (PS _ _ 0) = return ()
hPut h (PS fp o l) = withForeignPtr fp $ \p -> hPutBuf h (p `plusPtr` o) l

hPutNonBlocking :: Handle -> ByteString -> IO ByteString
hPutNonBlocking h bs = hPut h bs >> return empty

hPutStr :: Handle -> ByteString -> IO ()
hPutStr = hPut

hPutStrLn :: Handle -> ByteString -> IO ()
hPutStrLn h bs = hPut h bs >> hPut h (singleton 10)

putStr :: ByteString -> IO ()
putStr = hPut stdout

putStrLn :: ByteString -> IO ()
putStrLn = hPutStrLn stdout

illegalSize :: Handle -> String -> Int -> IO a
illegalSize h fn sz =
  ioError (mkIOError illegalOperationErrorType
             (fn ++ ": illegal ByteString size " ++ showsPrec 9 sz []) (Just h) Nothing)

-- The name a handle shows ("{handle: <stdin>}"), as GHC's errors give it.
handleName :: Handle -> FilePath
handleName h = case List.stripPrefix "{handle: " (show h) of
  Just rest -> P.takeWhile (/= '}') rest
  Nothing -> show h

hGet :: Handle -> Int -> IO ByteString
hGet h i
  | i > 0 = createAndTrim i $ \p -> hGetBuf h p i
  | i == 0 = return empty
  | otherwise = hs2stgIllegal zz_hGet2 h i

hGetSome :: Handle -> Int -> IO ByteString
hGetSome h i
  | i > 0 = createAndTrim i $ \p -> hGetBufSome h p i
  | i == 0 = return empty
  | otherwise = hs2stgIllegal zz_hGetSome2 h i

hGetNonBlocking :: Handle -> Int -> IO ByteString
hGetNonBlocking h i
  | i > 0 = createAndTrim i $ \p -> hGetBufNonBlocking h p i
  | i == 0 = return empty
  | otherwise = hs2stgIllegal zz_hGetNonBlocking2 h i

-- Reads the rest of the handle in growing pieces, then closes it.
hGetContents :: Handle -> IO ByteString
hGetContents h = do
  chunks <- readAll 1024
  hClose h
  return (concat chunks)
  where
    readAll n = do
      c <- hGet h n
      if length c < n then return [c]
        else (c :) <$> readAll (min (2 * n) 32752)

-- A line without its '\n', read a byte at a time.
hGetLine :: Handle -> IO ByteString
hGetLine h = allocaBytes 1 $ \buf -> do
  let loop acc = do
        got <- hGetBuf h buf 1
        if got == 0
          then return (acc, True)
          else do
            w <- peekW8 buf 0
            if w == 10 then return (acc, False) else loop (w : acc)
  (rev, atEof) <- loop []
  if atEof && P.null rev
    then eofError h
    else return (pack (P.reverse rev))

getLine :: IO ByteString
getLine = hGetLine stdin

getContents :: IO ByteString
getContents = hGetContents stdin

interact :: (ByteString -> ByteString) -> IO ()
interact f = getContents >>= putStr . f

readFile :: FilePath -> IO ByteString
readFile f = withBinaryFile f ReadMode hGetContents

writeFile :: FilePath -> ByteString -> IO ()
writeFile f txt = withBinaryFile f WriteMode (\h -> hPut h txt)

appendFile :: FilePath -> ByteString -> IO ()
appendFile f txt = withBinaryFile f AppendMode (\h -> hPut h txt)

-- ------------------------------------------------- -O1 workers by name
-- The real package's internals its -O1 unfoldings call (names
-- `zz_<Z-encoded name>`, types from `ghc --show-iface`).

-- $wrev p q: reverses the bytes from p to q (both included) in place
-- (partition puts the bytes that fail at the end in reverse order).
zz_zdwrev :: Addr# -> Addr# -> State# RealWorld -> (# State# RealWorld, () #)
zz_zdwrev p q s = case swapIn (Ptr p) (Ptr q) of IO f -> f s
  where
    swapIn a b
      | a >= b = return ()
      | otherwise = do
          x <- peekW8 a 0
          y <- peekW8 b 0
          pokeW8 a 0 y
          pokeW8 b 0 x
          swapIn (a `plusPtr` 1) (b `plusPtr` (-1))

-- (helpers of our own names: GHC floats their lambdas out under names
-- built from theirs)
hs2stgIllegal
  :: (State# RealWorld -> Int# -> Handle -> (# State# RealWorld, ByteString #))
  -> Handle -> Int -> IO ByteString
hs2stgIllegal raise h (I# n) = IO (\s -> raise s n h)

hs2stgNegative :: Int -> IO ByteString
hs2stgNegative len = IO (\s -> zz_packCString3 s len)

-- The errors of hGet, hGetSome and hGetNonBlocking for a negative size,
-- and of packCStringLen for a negative length (their arguments in the
-- order GHC floated them out).
zz_hGet2, zz_hGetSome2, zz_hGetNonBlocking2
  :: State# RealWorld -> Int# -> Handle -> (# State# RealWorld, ByteString #)
zz_hGet2 s n h = case illegalSize h "hGet" (I# n) of IO f -> f s
zz_hGetSome2 s n h = case illegalSize h "hGetSome" (I# n) of IO f -> f s
zz_hGetNonBlocking2 s n h = case illegalSize h "hGetNonBlocking" (I# n) of IO f -> f s

zz_packCString3 :: State# RealWorld -> Int -> (# State# RealWorld, ByteString #)
zz_packCString3 s len = case negativeLength len of IO f -> f s

-- hGetLine at -O1 (hGetLine1 = wantReadableHandle_ "Data.ByteString.hGetLine"
-- h getLine2): the real package's loop over the Handle__'s byte buffer.
-- getLine2 h_ scans what the buffer holds (getLine5) or, empty, fills it
-- ($wfill). hs2stg's byte buffer is empty between operations (the file
-- table reads no byte ahead: docs/preludes.md, "Handles: GHC's Handle and
-- Handle__"), and $wfill fills it as a device that gives one line per read
-- does (a terminal's way), so no byte is left in it for the table's other
-- readers to miss.
zz_getLine2 :: Handle__ -> State# RealWorld -> (# State# RealWorld, ByteString #)
zz_getLine2 h_ s = case lineOfBuffer h_ of IO f -> f s

zz_getLine5
  :: Handle__ -> Buffer Word8 -> Int -> [ByteString]
  -> State# RealWorld -> (# State# RealWorld, ByteString #)
zz_getLine5 h_ buf len xss s = case scanLine h_ buf len xss of IO f -> f s

zz_zdwfill
  :: Handle__ -> Buffer Word8 -> Int# -> [ByteString]
  -> State# RealWorld -> (# State# RealWorld, ByteString #)
zz_zdwfill h_ buf len xss s = case fillLine h_ buf (I# len) xss of IO f -> f s

lineOfBuffer :: Handle__ -> IO ByteString
lineOfBuffer h_@Handle__ {haByteBuffer = ref} = do
  flushCharReadBuffer h_
  buf <- readIORef ref
  if bufL buf == bufR buf then fillLine h_ buf 0 [] else scanLine h_ buf 0 []

-- The bytes from bufL up to a '\n' end the line (the rest stays in the
-- buffer); without one they join the line's chunks and the buffer is
-- filled again.
scanLine :: Handle__ -> Buffer Word8 -> Int -> [ByteString] -> IO ByteString
scanLine h_@Handle__ {haByteBuffer = ref} buf len xss = do
  let r = bufL buf
      w = bufR buf
  off <- withBuffer buf $ \p -> findNewline p r w
  xs <- withBuffer buf $ \p -> create (off - r) (\q -> memcpy q (p `plusPtr` r) (off - r))
  let len' = len + off - r
  if off /= w
    then do
      writeIORef ref (if off + 1 == w then buf {bufL = 0, bufR = 0} else buf {bufL = off + 1})
      joinChunks (xs : xss)
    else fillLine h_ buf {bufL = 0, bufR = 0} len' (xs : xss)
  where
    findNewline p i end
      | i >= end = return end
      | otherwise = do
          x <- peekW8 p i
          if x == 10 then return i else findNewline p (i + 1) end

-- The device's read into the empty buffer: the bytes up to and with the
-- next '\n' (or the buffer's room, or the end of input). None at the end
-- of input: the line so far, or GHC's EOF error when there is none.
fillLine :: Handle__ -> Buffer Word8 -> Int -> [ByteString] -> IO ByteString
fillLine h_@Handle__ {haByteBuffer = ref, haDevice = dev} buf len xss = do
  let h = unsafeCoerce dev :: Handle -- hs2stg's Handle__ keeps its Handle as the device
  (n, nl) <- withBuffer buf $ \p -> readLine h (p `plusPtr` bufR buf) 0 (bufSize buf - bufR buf)
  if n == 0
    then do
      writeIORef ref buf {bufL = 0, bufR = 0}
      if len > 0 then joinChunks xss else eofError h
    else
      if nl
        then do
          -- the read ended with the '\n' (what scanLine would find)
          xs <- withBuffer buf $ \p -> create (n - 1) (\q -> memcpy q (p `plusPtr` bufR buf) (n - 1))
          writeIORef ref buf {bufL = 0, bufR = 0}
          joinChunks (xs : xss)
        else scanLine h_ buf {bufR = bufR buf + n} len xss
  where
    readLine h p i room
      | i >= room = return (i, False)
      | otherwise = do
          got <- hGetBuf h (p `plusPtr` i) 1
          if got == 0
            then return (i, False)
            else do
              x <- peekW8 p i
              if x == 10 then return (i + 1, True) else readLine h p (i + 1) room

-- GHC's ioe_EOF as wantReadableHandle_ augments it (hs2stg's wrapper
-- leaves its action's errors as they are).
eofError :: Handle -> IO a
eofError h =
  ioError (IOError (Just h) EOF "Data.ByteString.hGetLine" "" Nothing (Just (handleName h)))

-- The line from its chunks, last first (one chunk is the line itself).
joinChunks :: [ByteString] -> IO ByteString
joinChunks [x] = return x
joinChunks xss = return $! concat (P.reverse xss)
