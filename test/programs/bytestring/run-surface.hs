-- A dense run over the lazy, Char8, short and unsafe APIs (the functions
-- -O1 code calls by name): folds, searches, splits, maps with
-- accumulators, zips, Read instances, C strings, hex builders and the
-- file functions on a relative path.
import qualified Data.ByteString as S
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import qualified Data.ByteString.Short as SB
import qualified Data.ByteString.Unsafe as U
import qualified Data.ByteString.Builder as B
import qualified Data.ByteString.Builder.Extra as BE
import qualified Data.ByteString.Builder.Prim as P
import qualified Data.ByteString.Lazy.Builder.ASCII as LA
import Control.Exception
import Data.Char (toUpper, isDigit)
import Foreign.Marshal.Alloc (mallocBytes)
import Foreign.Storable (pokeByteOff)
import Foreign.Ptr (castPtr, nullPtr)
import Data.Word (Word8)
import System.IO

attempt :: Show a => String -> a -> IO ()
attempt name v = do
  r <- try (evaluate v)
  case r of
    Left e -> putStrLn (name ++ ": " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right x -> putStrLn (name ++ " = " ++ show x)

main :: IO ()
main = do
  let lz = LC.fromChunks (map C.pack ["the quick ", "brown fox\njumps", " over\n", "the lazy dog\n"])
  print (LC.all (/= 'z') lz, LC.any (== 'q') lz, LC.elem 'x' lz, LC.notElem 'x' lz, LC.find (> 'w') lz)
  print (LC.findIndex (== 'f') lz, LC.findIndices (== 'o') lz, LC.minimum lz, L.minimum lz, L.elem 32 lz, L.notElem 0 lz)
  print (LC.foldl (flip (:)) [] (LC.take 8 lz), LC.foldl' (\n c -> n + fromEnum c) 0 lz, LC.foldr (:) [] (LC.drop 40 lz), LC.foldl1 max lz, LC.foldl1' min lz)
  print (L.foldl (+) 0 (L.take 5 lz), L.foldl1 (+) (L.take 5 lz), L.any (> 120) lz, L.all (> 9) lz, L.find (> 118) lz, L.findIndices (== 10) lz, L.count 111 lz)
  print (LC.break (== '\n') lz, LC.span (/= ' ') lz, LC.dropWhile (/= 'j') lz)
  print (LC.splitWith (`elem` " \n") lz, LC.groupBy (\a b -> (a == ' ') == (b == ' ')) (LC.take 20 lz))
  print (LC.map toUpper (LC.take 12 lz), LC.intersperse '.' (LC.pack "abc"), LC.concatMap (\c -> LC.pack [c, c]) (LC.pack "xyz"), LC.snoc (LC.pack "ab") 'c')
  print (LC.mapAccumL (\n c -> (n + 1, if even n then toUpper c else c)) 0 (LC.take 15 lz), LC.mapAccumR (\n c -> (n + 1, succ c)) (0 :: Int) (LC.pack "hal"))
  print (LC.partition isDigit (LC.pack "a1b2c3"), LC.zip (LC.pack "ab") (LC.pack "xyz"), LC.unlines [LC.pack "a", LC.pack "b"], LC.lines lz)
  print (LC.take 10 (LC.iterate succ 'a'), L.transpose [L.pack [1, 2, 3], L.pack [4, 5]], L.split 32 lz, L.unfoldr (\n -> if n > 5 then Nothing else Just (n, n + 1)) 0)
  print (L.index lz 4, L.splitAt 3 lz, L.take 3 lz, L.drop 50 lz, L.init (L.pack [1, 2, 3]), L.break (== 10) lz)
  attempt "L.index" (L.index lz 100)
  attempt "L.index neg" (L.index lz (-1))
  print (C.groupBy (\a b -> isDigit a == isDigit b) (C.pack "ab12cd345"), C.scanl max 'a' (C.pack "xbz"), C.scanr min 'z' (C.pack "dab"), C.zipWith (\a b -> [a, b]) (C.pack "ab") (C.pack "cd"))
  print (C.foldr' (:) [] (C.pack "folded"), C.unfoldr (\n -> if n > 3 then Nothing else Just (toEnum (n + 65), n + 1)) 0, C.zip (C.pack "ab") (C.pack "xy"), C.dropSpace (C.pack "   x y "))
  print (S.zip (S.pack [1, 2, 3]) (S.pack [4, 5]), S.unzip [(1, 2), (3, 4)], S.zipWith (+) (S.pack [1, 2]) (S.pack [10, 20, 30]), S.inits (S.pack [1, 2]))
  print (S.isPrefixOf (C.pack "ab") (C.pack "abc"), S.isSuffixOf (C.pack "bc") (C.pack "abc"), S.stripPrefix (C.pack "ab") (C.pack "abc"), S.stripSuffix (C.pack "bc") (C.pack "abc"), S.spanEnd (> 98) (C.pack "abcd"))
  print (S.findSubstring (C.pack "lo") (C.pack "hello lo"), C.findSubstrings (C.pack "a") (C.pack "banana"), S.unpack (C.pack "unpackFoldr"))
  print (read "\"read me\"" :: S.ByteString, read "\"lazy\"" :: L.ByteString, read "\"short\"" :: SB.ShortByteString, reads "\"ab\" rest" :: [(C.ByteString, String)])
  print (S.empty <> C.pack "m", L.empty <> LC.pack "l", SB.empty <> SB.pack [1], mconcat [LC.pack "a", LC.pack "b"])
  -- C strings
  cs <- C.useAsCString (C.pack "c string") C.packCString
  csl <- C.useAsCStringLen (C.pack "c string len") (\(p, n) -> C.packCStringLen (p, n - 4))
  scs <- SB.useAsCString (SB.pack [65, 66]) SB.packCString
  scsl <- SB.useAsCStringLen (SB.pack [67, 68, 69]) (\(p, n) -> SB.packCStringLen (p, n))
  print (cs, csl, scs, scsl)
  r <- try (SB.packCStringLen (nullPtr, -1))
  putStrLn (either (\e -> "short negative: " ++ takeWhile (/= '\n') (show (e :: SomeException))) show r)
  u1 <- U.unsafeUseAsCString (C.pack "unsafe\0") U.unsafePackCString
  u2 <- U.unsafeUseAsCStringLen (C.pack "unsafelen") (\(p, n) -> U.unsafePackCStringLen (p, n - 3))
  m <- mallocBytes 4
  mapM_ (\i -> pokeByteOff m i (fromIntegral (97 + i) :: Word8)) [0 .. 2]
  pokeByteOff m 3 (0 :: Word8)
  u3 <- U.unsafePackMallocCString m
  m2 <- mallocBytes 3
  mapM_ (\i -> pokeByteOff m2 i (fromIntegral (100 + i) :: Word8)) [0 .. 2]
  u4 <- U.unsafePackMallocCStringLen (m2, 3)
  print (u1, u2, u3, u4)
  -- hex builders
  print (B.toLazyByteString (B.byteStringHex (S.pack [0, 15, 255]) <> B.lazyByteStringHex (L.pack [16, 171])))
  print (B.toLazyByteString (LA.byteStringHexFixed (S.pack [1, 2]) <> LA.lazyByteStringHexFixed (L.pack [254])))
  print (B.toLazyByteString (P.primMapListBounded P.charUtf8 "λx→y" <> B.charUtf8 'é'))
  print (B.toLazyByteString (B.floatDec 1.5 <> B.doubleDec (-0.25) <> B.floatHexFixed 1 <> B.doubleHexFixed 2))
  hSetBinaryMode stdout True
  B.hPutBuilder stdout (B.string7 "hPutBuilder\n")
  hFlush stdout
  -- files on a relative path
  let f = "run-surface.tmp"
  C.writeFile f (C.pack "line one\nline two\n")
  C.appendFile f (C.pack "line three\n")
  L.appendFile f (LC.pack "lazy line\n")
  a <- C.readFile f
  b <- L.readFile f
  print (a, L.length b)
  withFile f ReadMode $ \h -> do
    l1 <- C.hGetLine h
    sz <- C.hGetContents h
    print (l1, sz)
  withFile f WriteMode $ \h -> do
    C.hPutStrLn h (C.pack "strict hPutStrLn")
    LC.hPutStrLn h (LC.pack "lazy hPutStrLn")
    S.hPutStrLn h (C.pack "bytes hPutStrLn")
    _ <- S.hPutNonBlocking h (C.pack "nb\n")
    _ <- L.hPutNonBlocking h (LC.pack "lnb\n")
    L.hPutStr h (LC.pack "end\n")
  L.writeFile f (LC.pack "overwritten\n") 
  C.readFile f >>= print
  withFile f ReadMode $ \h -> S.hGetContents h >>= print
  L.readFile f >>= print
