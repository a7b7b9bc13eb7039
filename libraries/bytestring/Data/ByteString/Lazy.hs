{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples #-}
-- hs2stg: clean-room Data.ByteString.Lazy (bytestring-0.10.12.1): lazy
-- lists of strict chunks (Data.ByteString.Lazy.Internal), lengths and
-- indices as Int64. Operations go chunk by chunk, so infinite and large
-- lazy ByteStrings are consumed as they are produced.
module Data.ByteString.Lazy
  ( ByteString
  , empty, singleton, pack, unpack, fromStrict, toStrict, fromChunks, toChunks
  , foldrChunks, foldlChunks
  , cons, cons', snoc, append, head, uncons, unsnoc, last, tail, init, null, length
  , map, reverse, intersperse, intercalate, transpose
  , foldl, foldl', foldl1, foldl1', foldr, foldr1
  , concat, concatMap, any, all, maximum, minimum
  , scanl, mapAccumL, mapAccumR
  , repeat, replicate, cycle, iterate, unfoldr
  , take, drop, splitAt, takeWhile, dropWhile, span, break, group, groupBy
  , inits, tails, stripPrefix, stripSuffix
  , split, splitWith
  , isPrefixOf, isSuffixOf
  , elem, notElem, find, filter, partition
  , index, elemIndex, elemIndexEnd, elemIndices, findIndex, findIndexEnd
  , findIndices, count
  , zip, zipWith, unzip
  , copy
  , getContents, putStr, putStrLn, interact
  , readFile, writeFile, appendFile
  , hGetContents, hGet, hGetNonBlocking, hPut, hPutNonBlocking, hPutStr
  -- internals
  , moduleError, errorEmptyList
  , zz_zdwto, zz_cycle1, zz_foldl1zq1, zz_foldl2, zz_foldr2, zz_foldr3
  , zz_hGet2, zz_hGetNonBlocking2
  ) where

import Prelude hiding
  ( head, tail, init, last, null, length, map, reverse, foldl, foldr, foldl1
  , foldr1, concat, concatMap, any, all, maximum, minimum, scanl, repeat
  , replicate, cycle, iterate, take, drop, splitAt, takeWhile, dropWhile
  , span, break, elem, notElem, filter, zip, zipWith, unzip
  , getContents, putStr, putStrLn, interact, readFile, writeFile, appendFile )
import qualified Prelude as P
import qualified Data.List as List
import Data.Int (Int64)
import Data.Word (Word8)
import Data.ByteString.Lazy.Internal
import qualified Data.ByteString as S
import qualified Data.ByteString.Internal as S (ByteString (PS), bsError, bsIndex)
import qualified Data.ByteString.Unsafe as S
import System.IO (Handle, stdin, stdout, hClose, IOMode (..), withBinaryFile, openBinaryFile)
import System.IO.Unsafe (unsafeInterleaveIO)
import System.IO.Error (ioError, mkIOError, illegalOperationErrorType)
import GHC.Exts (Int#, Int (I#), Word#, State#, RealWorld)
import GHC.Word (Word8 (W8#))
import GHC.IO (IO (IO))

moduleError :: String -> String -> a
moduleError fun msg =
  S.bsError "Data/ByteString/Lazy.hs" "Data.ByteString.Lazy" 1359 23
    ("Data.ByteString.Lazy." ++ fun ++ ':' : ' ' : msg)

errorEmptyList :: String -> a
errorEmptyList fun = moduleError fun "empty ByteString"

-- ------------------------------------------------------------ basics

empty :: ByteString
empty = Empty

singleton :: Word8 -> ByteString
singleton w = Chunk (S.singleton w) Empty

pack :: [Word8] -> ByteString
pack = packBytes

unpack :: ByteString -> [Word8]
unpack = unpackBytes

fromStrict :: S.ByteString -> ByteString
fromStrict bs = chunk bs Empty

toStrict :: ByteString -> S.ByteString
toStrict = S.concat . toChunks

fromChunks :: [S.ByteString] -> ByteString
fromChunks = P.foldr chunk Empty

toChunks :: ByteString -> [S.ByteString]
toChunks = foldrChunks (:) []

null :: ByteString -> Bool
null Empty = True
null _ = False

length :: ByteString -> Int64
length = foldlChunks (\n c -> n + fromIntegral (S.length c)) 0

cons :: Word8 -> ByteString -> ByteString
cons w cs = Chunk (S.singleton w) cs

-- Strict in the first chunk: joins a small one.
cons' :: Word8 -> ByteString -> ByteString
cons' w (Chunk c cs) | S.length c < 16 = Chunk (S.cons w c) cs
cons' w cs = Chunk (S.singleton w) cs

snoc :: ByteString -> Word8 -> ByteString
snoc cs w = foldrChunks Chunk (singleton w) cs

append :: ByteString -> ByteString -> ByteString
append xs ys = foldrChunks Chunk ys xs

head :: ByteString -> Word8
head Empty = errorEmptyList "head"
head (Chunk c _) = S.unsafeHead c

uncons :: ByteString -> Maybe (Word8, ByteString)
uncons Empty = Nothing
uncons (Chunk c cs) =
  Just (S.unsafeHead c, if S.length c == 1 then cs else Chunk (S.unsafeTail c) cs)

tail :: ByteString -> ByteString
tail Empty = errorEmptyList "tail"
tail (Chunk c cs) | S.length c == 1 = cs
                  | otherwise = Chunk (S.unsafeTail c) cs

last :: ByteString -> Word8
last Empty = errorEmptyList "last"
last (Chunk c0 cs0) = go c0 cs0
  where go c Empty = S.unsafeLast c
        go _ (Chunk c cs) = go c cs

init :: ByteString -> ByteString
init Empty = errorEmptyList "init"
init (Chunk c0 cs0) = go c0 cs0
  where go c Empty | S.length c == 1 = Empty
                   | otherwise = Chunk (S.unsafeInit c) Empty
        go c (Chunk c' cs) = Chunk c (go c' cs)

unsnoc :: ByteString -> Maybe (ByteString, Word8)
unsnoc Empty = Nothing
unsnoc cs = Just (init cs, last cs)

-- ------------------------------------------------------------ transformations

map :: (Word8 -> Word8) -> ByteString -> ByteString
map f = foldrChunks (\c cs -> Chunk (S.map f c) cs) Empty

reverse :: ByteString -> ByteString
reverse = foldlChunks (\cs c -> Chunk (S.reverse c) cs) Empty

intersperse :: Word8 -> ByteString -> ByteString
intersperse _ Empty = Empty
intersperse w (Chunk c cs) =
  Chunk (S.intersperse w c)
        (foldrChunks (\c' r -> Chunk (S.cons w (S.intersperse w c')) r) Empty cs)

intercalate :: ByteString -> [ByteString] -> ByteString
intercalate s = concat . List.intersperse s

transpose :: [ByteString] -> [ByteString]
transpose = P.map pack . List.transpose . P.map unpack

concat :: [ByteString] -> ByteString
concat = P.foldr append Empty

concatMap :: (Word8 -> ByteString) -> ByteString -> ByteString
concatMap f = concat . P.map f . unpack

-- ------------------------------------------------------------ folds

foldl :: (a -> Word8 -> a) -> a -> ByteString -> a
foldl f z = P.foldl f z . unpack

foldl' :: (a -> Word8 -> a) -> a -> ByteString -> a
foldl' f = foldlChunks (S.foldl' f)

foldr :: (Word8 -> a -> a) -> a -> ByteString -> a
foldr k = foldrChunks (\c a -> S.foldr k a c)

foldl1 :: (Word8 -> Word8 -> Word8) -> ByteString -> Word8
foldl1 _ Empty = zz_foldl2
foldl1 f (Chunk c cs) = foldl f (S.unsafeHead c) (Chunk (S.unsafeTail c) cs)

foldl1' :: (Word8 -> Word8 -> Word8) -> ByteString -> Word8
foldl1' _ Empty = zz_foldl1zq1
foldl1' f (Chunk c cs) = foldl' f (S.unsafeHead c) (Chunk (S.unsafeTail c) cs)

foldr1 :: (Word8 -> Word8 -> Word8) -> ByteString -> Word8
foldr1 _ Empty = zz_foldr3
foldr1 f (Chunk c0 cs0) = go c0 cs0
  where go c Empty
          | S.null c = zz_foldr2
          | otherwise = S.foldr1 f c
        go c (Chunk c' cs) = S.foldr f (go c' cs) c

any :: (Word8 -> Bool) -> ByteString -> Bool
any p = foldrChunks (\c r -> S.any p c || r) False

all :: (Word8 -> Bool) -> ByteString -> Bool
all p = foldrChunks (\c r -> S.all p c && r) True

maximum :: ByteString -> Word8
maximum Empty = errorEmptyList "maximum"
maximum (Chunk c cs) = foldlChunks (\m c' -> max m (S.maximum c')) (S.maximum c) cs

minimum :: ByteString -> Word8
minimum Empty = errorEmptyList "minimum"
minimum (Chunk c cs) = foldlChunks (\m c' -> min m (S.minimum c')) (S.minimum c) cs

scanl :: (Word8 -> Word8 -> Word8) -> Word8 -> ByteString -> ByteString
scanl f z bs = go z (unpack bs)
  where -- one chunk per byte, as the real package's result has them
    go a ws = Chunk (S.singleton a) (case ws of
      [] -> Empty
      w : rest -> go (f a w) rest)

mapAccumL :: (acc -> Word8 -> (acc, Word8)) -> acc -> ByteString -> (acc, ByteString)
mapAccumL f = go
  where
    go s Empty = (s, Empty)
    go s (Chunk c cs) = (s'', Chunk c' cs')
      where (s', c') = S.mapAccumL f s c
            (s'', cs') = go s' cs

mapAccumR :: (acc -> Word8 -> (acc, Word8)) -> acc -> ByteString -> (acc, ByteString)
mapAccumR f = go
  where
    go s Empty = (s, Empty)
    go s (Chunk c cs) = (s'', Chunk c' cs')
      where (s'', c') = S.mapAccumR f s' c
            (s', cs') = go s cs

-- ------------------------------------------------------------ infinite, building

repeat :: Word8 -> ByteString
repeat w = cs where cs = Chunk (S.replicate smallChunkSize w) cs

replicate :: Int64 -> Word8 -> ByteString
replicate n w
  | n <= 0 = Empty
  | n < fromIntegral smallChunkSize = Chunk (S.replicate (fromIntegral n) w) Empty
  | otherwise =
      let c = S.replicate smallChunkSize w
          (q, r) = n `quotRem` fromIntegral smallChunkSize
          full k = if k == 0 then Empty else Chunk c (full (k - 1))
          -- the remainder comes first, as the real package builds it
          rest = if r == 0 then Empty else Chunk (S.unsafeTake (fromIntegral r) c) Empty
      in foldrChunks Chunk (full q) rest

cycle :: ByteString -> ByteString
cycle Empty = zz_cycle1
cycle cs = cs' where cs' = foldrChunks Chunk cs' cs

iterate :: (Word8 -> Word8) -> Word8 -> ByteString
-- The seed itself is not in the result: it starts with f x (as the real
-- package's does).
iterate f = unfoldr (\x -> let x' = f x in x' `seq` Just (x', x'))

unfoldr :: (a -> Maybe (Word8, a)) -> a -> ByteString
unfoldr f = go 32
  where
    go n x = case S.unfoldrN n f x of
      (c, Nothing) -> chunk c Empty
      (c, Just x') -> chunk c (go (n * 2) x')

-- ------------------------------------------------------------ substrings

take :: Int64 -> ByteString -> ByteString
take n _ | n <= 0 = Empty
take _ Empty = Empty
take n (Chunk c cs)
  | n < l = Chunk (S.take (fromIntegral n) c) Empty
  | otherwise = Chunk c (take (n - l) cs)
  where l = fromIntegral (S.length c)

drop :: Int64 -> ByteString -> ByteString
drop n cs | n <= 0 = cs
drop _ Empty = Empty
drop n (Chunk c cs)
  | n < l = Chunk (S.drop (fromIntegral n) c) cs
  | otherwise = drop (n - l) cs
  where l = fromIntegral (S.length c)

splitAt :: Int64 -> ByteString -> (ByteString, ByteString)
splitAt n cs = (take n cs, drop n cs)

takeWhile :: (Word8 -> Bool) -> ByteString -> ByteString
takeWhile p = go
  where go Empty = Empty
        go (Chunk c cs) = let c' = S.takeWhile p c in
          if S.length c' == S.length c then Chunk c (go cs) else chunk c' Empty

dropWhile :: (Word8 -> Bool) -> ByteString -> ByteString
dropWhile p = go
  where go Empty = Empty
        go (Chunk c cs) = let c' = S.dropWhile p c in
          if S.null c' then go cs else Chunk c' cs

break :: (Word8 -> Bool) -> ByteString -> (ByteString, ByteString)
break p = go
  where
    go Empty = (Empty, Empty)
    go (Chunk c cs) = case S.findIndex p c of
      Nothing -> let (a, b) = go cs in (Chunk c a, b)
      Just 0 -> (Empty, Chunk c cs)
      Just n -> (Chunk (S.unsafeTake n c) Empty, Chunk (S.unsafeDrop n c) cs)

span :: (Word8 -> Bool) -> ByteString -> (ByteString, ByteString)
span p = break (not . p)

-- A group's first byte is a chunk of its own, then a piece of each chunk
-- the run goes on in (the real package's chunks: see zz_zdwto).
group :: ByteString -> [ByteString]
group Empty = []
group (Chunk c cs) = case zz_zdwto [S.unsafeTake 1 c] w rest of
  (# g, gs #) -> g : gs
  where
    !(W8# w) = S.unsafeHead c
    rest | S.length c == 1 = cs
         | otherwise = Chunk (S.unsafeTail c) cs

groupBy :: (Word8 -> Word8 -> Bool) -> ByteString -> [ByteString]
groupBy k bs = case uncons bs of
  Nothing -> []
  Just (w, rest) -> let (g, rest') = span (k w) rest
                    in cons w g : groupBy k rest'

inits :: ByteString -> [ByteString]
inits bs = [take n bs | n <- [0 .. length bs]]

tails :: ByteString -> [ByteString]
tails Empty = [Empty]
tails cs = cs : tails (tail cs)

stripPrefix :: ByteString -> ByteString -> Maybe ByteString
stripPrefix p bs
  | p `isPrefixOf` bs = Just (drop (length p) bs)
  | otherwise = Nothing

stripSuffix :: ByteString -> ByteString -> Maybe ByteString
stripSuffix p bs
  | p `isSuffixOf` bs = Just (take (length bs - length p) bs)
  | otherwise = Nothing

isPrefixOf :: ByteString -> ByteString -> Bool
isPrefixOf Empty _ = True
isPrefixOf _ Empty = False
isPrefixOf (Chunk x xs) (Chunk y ys)
  | lx == ly = x == y && isPrefixOf xs ys
  | lx < ly = x == S.unsafeTake lx y && isPrefixOf xs (Chunk (S.unsafeDrop lx y) ys)
  | otherwise = S.unsafeTake ly x == y && isPrefixOf (Chunk (S.unsafeDrop ly x) xs) ys
  where lx = S.length x
        ly = S.length y

isSuffixOf :: ByteString -> ByteString -> Bool
isSuffixOf x y = reverse x `isPrefixOf` reverse y

split :: Word8 -> ByteString -> [ByteString]
split w = splitWith (== w)

splitWith :: (Word8 -> Bool) -> ByteString -> [ByteString]
splitWith _ Empty = []
splitWith p bs = go bs
  where
    go s = case break p s of
      (a, Empty) -> [a]
      (a, rest) -> a : go (tail rest)

-- ------------------------------------------------------------ searching

elem :: Word8 -> ByteString -> Bool
elem w = any (== w)

notElem :: Word8 -> ByteString -> Bool
notElem w = not . elem w

find :: (Word8 -> Bool) -> ByteString -> Maybe Word8
find p = foldrChunks (\c r -> case S.find p c of
                                Nothing -> r
                                j -> j) Nothing

filter :: (Word8 -> Bool) -> ByteString -> ByteString
filter p = foldrChunks (\c cs -> chunk (S.filter p c) cs) Empty

partition :: (Word8 -> Bool) -> ByteString -> (ByteString, ByteString)
partition p bs = (filter p bs, filter (not . p) bs)

index :: ByteString -> Int64 -> Word8
index _ i | i < 0 = moduleError "index" ("negative index: " ++ show i)
index cs0 i0 = go cs0 i0 -- the message names the index left after the chunks
  where
    go Empty i = moduleError "index" ("index too large: " ++ show i)
    go (Chunk c cs) i
      | i >= l = go cs (i - l)
      | otherwise = S.unsafeIndex c (fromIntegral i)
      where l = fromIntegral (S.length c)

-- Indices over the chunks, each chunk's offset added.
indicesBy :: (S.ByteString -> [Int]) -> ByteString -> [Int64]
indicesBy f = go 0
  where go _ Empty = []
        go n (Chunk c cs) = P.map ((+ n) . fromIntegral) (f c)
                              ++ go (n + fromIntegral (S.length c)) cs

elemIndex :: Word8 -> ByteString -> Maybe Int64
elemIndex w = findIndex (== w)

elemIndexEnd :: Word8 -> ByteString -> Maybe Int64
elemIndexEnd w = findIndexEnd (== w)

elemIndices :: Word8 -> ByteString -> [Int64]
elemIndices w = indicesBy (S.elemIndices w)

findIndex :: (Word8 -> Bool) -> ByteString -> Maybe Int64
findIndex p = go 0
  where go _ Empty = Nothing
        go n (Chunk c cs) = case S.findIndex p c of
          Nothing -> go (n + fromIntegral (S.length c)) cs
          Just i -> Just (n + fromIntegral i)

findIndexEnd :: (Word8 -> Bool) -> ByteString -> Maybe Int64
findIndexEnd p = go 0 Nothing
  where go _ r Empty = r
        go n r (Chunk c cs) = go (n + fromIntegral (S.length c))
                                 (case S.findIndexEnd p c of
                                    Nothing -> r
                                    Just i -> Just (n + fromIntegral i)) cs

findIndices :: (Word8 -> Bool) -> ByteString -> [Int64]
findIndices p = indicesBy (S.findIndices p)

count :: Word8 -> ByteString -> Int64
count w = foldlChunks (\n c -> n + fromIntegral (S.count w c)) 0

-- ------------------------------------------------------------ zipping

zip :: ByteString -> ByteString -> [(Word8, Word8)]
zip = zipWith (,)

zipWith :: (Word8 -> Word8 -> a) -> ByteString -> ByteString -> [a]
zipWith f a b = P.zipWith f (unpack a) (unpack b)

unzip :: [(Word8, Word8)] -> (ByteString, ByteString)
unzip ls = (pack (P.map fst ls), pack (P.map snd ls))

copy :: ByteString -> ByteString
copy = foldrChunks (Chunk . S.copy) Empty

-- ------------------------------------------------------------ I/O

-- The rest of a handle, read lazily in chunks of defaultChunkSize; the
-- handle is closed at the end.
hGetContents :: Handle -> IO ByteString
hGetContents h = lazyRead
  where
    lazyRead = unsafeInterleaveIO $ do
      c <- S.hGetSome h defaultChunkSize
      if S.null c
        then hClose h >> return Empty
        else do
          cs <- lazyRead
          return (Chunk c cs)

-- n bytes (fewer at the end of input) in chunks of at most 32752, each
-- read by the strict function.
hGet :: Handle -> Int -> IO ByteString
hGet h n
  | n > 0 = readChunks S.hGet h n
  | n == 0 = return Empty
  | otherwise = hs2stgIllegal zz_hGet2 h n

hGetNonBlocking :: Handle -> Int -> IO ByteString
hGetNonBlocking h n
  | n > 0 = readChunks S.hGetNonBlocking h n
  | n == 0 = return Empty
  | otherwise = hs2stgIllegal zz_hGetNonBlocking2 h n

-- (of our own name: GHC floats its lambda out under a name built from it)
hs2stgIllegal
  :: (State# RealWorld -> Int# -> Handle -> (# State# RealWorld, ByteString #))
  -> Handle -> Int -> IO ByteString
hs2stgIllegal raise h (I# n) = IO (\s -> raise s n h)

readChunks :: (Handle -> Int -> IO S.ByteString) -> Handle -> Int -> IO ByteString
readChunks get h i = do
  c <- get h (min defaultChunkSize i)
  case S.length c of
    0 -> return Empty
    m -> do
      cs <- readChunks get h (i - m)
      return (Chunk c cs)

illegalSize :: Handle -> String -> Int -> IO a
illegalSize h fn sz =
  ioError (mkIOError illegalOperationErrorType
             (fn ++ ": illegal ByteString size " ++ showsPrec 9 sz []) (Just h) Nothing)

hPut :: Handle -> ByteString -> IO ()
hPut h = foldrChunks (\c rest -> S.hPut h c >> rest) (return ())

hPutNonBlocking :: Handle -> ByteString -> IO ByteString
-- As bytestring-0.10.12 behaves: only the first chunk is written (our
-- strict hPutNonBlocking always writes it all), and the whole input is
-- returned, as if nothing had been written.
hPutNonBlocking _ Empty = return Empty
hPutNonBlocking h bs@(Chunk c _) = S.hPutNonBlocking h c >> return bs

hPutStr :: Handle -> ByteString -> IO ()
hPutStr = hPut

putStr :: ByteString -> IO ()
putStr = hPut stdout

putStrLn :: ByteString -> IO ()
putStrLn bs = hPut stdout bs >> S.hPut stdout (S.singleton 10)

getContents :: IO ByteString
getContents = hGetContents stdin

interact :: (ByteString -> ByteString) -> IO ()
interact f = getContents >>= putStr . f

readFile :: FilePath -> IO ByteString
readFile f = openBinaryFile f ReadMode >>= hGetContents

writeFile :: FilePath -> ByteString -> IO ()
writeFile f txt = withBinaryFile f WriteMode (\h -> hPut h txt)

appendFile :: FilePath -> ByteString -> IO ()
appendFile f txt = withBinaryFile f AppendMode (\h -> hPut h txt)

-- ------------------------------------------------- -O1 workers by name
-- The real package's internals its -O1 unfoldings call (names
-- `zz_<Z-encoded name>`, types from `ghc --show-iface`).

-- group's $wto acc w rest: the group of byte w whose pieces so far are
-- acc (the last first) goes on with rest's leading run of w; gives the
-- group (a chunk per piece) and the groups after it.
zz_zdwto :: [S.ByteString] -> Word# -> ByteString -> (# ByteString, [ByteString] #)
zz_zdwto acc _ Empty = (# pieces acc, [] #)
zz_zdwto acc w (Chunk c cs)
  | n == 0 = (# pieces acc, group (Chunk c cs) #)
  | n == S.length c = zz_zdwto (S.unsafeTake n c : acc) w cs
  | otherwise = (# pieces (S.unsafeTake n c : acc), group (Chunk (S.unsafeDrop n c) cs) #)
  where
    n = S.length (S.takeWhile (== W8# w) c)

-- The pieces of a group, the last first, as a lazy ByteString.
pieces :: [S.ByteString] -> ByteString
pieces = P.foldl (flip Chunk) Empty

-- The floated-out errors of cycle, foldl1', foldl1 and foldr1 on an empty
-- ByteString, and of foldr1 on a last chunk that is empty (the strict
-- foldr1's).
zz_cycle1 :: ByteString
zz_cycle1 = errorEmptyList "cycle"
zz_foldl1zq1, zz_foldl2, zz_foldr2, zz_foldr3 :: Word8
zz_foldl1zq1 = errorEmptyList "foldl1'"
zz_foldl2 = errorEmptyList "foldl1"
zz_foldr2 = S.errorEmptyList "foldr1"
zz_foldr3 = errorEmptyList "foldr1"

-- The errors of hGet and hGetNonBlocking for a negative size.
zz_hGet2, zz_hGetNonBlocking2
  :: State# RealWorld -> Int# -> Handle -> (# State# RealWorld, ByteString #)
zz_hGet2 s n h = case illegalSize h "hGet" (I# n) of IO f -> f s
zz_hGetNonBlocking2 s n h = case illegalSize h "hGetNonBlocking" (I# n) of IO f -> f s
