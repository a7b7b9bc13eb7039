{-# LANGUAGE MagicHash #-}
-- bytestring functions other programs leave alone: Lazy.Char8's folds,
-- searches and splits, Lazy's transpose/minimum/find, strict zip/unzip,
-- the Unsafe packers over C strings, ShortByteString's C-string
-- conversions, Builder's big-endian primitives and fixed-width hex, and
-- Lazy.hPut/putStrLn output.
{-# OPTIONS_GHC -Wno-deprecations #-}
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import qualified Data.ByteString.Unsafe as BU
import qualified Data.ByteString.Short as SB
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Builder.Extra as BE
import qualified Data.ByteString.Lazy.Builder.ASCII as LBA
import Foreign.C.String (newCString, withCStringLen)
import Foreign.Marshal.Alloc (mallocBytes)
import Foreign.Storable (pokeByteOff)
import Foreign.Ptr (castPtr)
import Data.Word (Word8)
import Data.Char (toUpper, isDigit)
import System.IO
import Control.Exception

main :: IO ()
main = do
  let l = LC.fromChunks [BC.pack "hello ", BC.pack "lazy", BC.pack " world 42"]
  print (LC.all (/= 'z') l, LC.any isDigit l, LC.elem 'w' l, LC.notElem 'q' l, LC.find (> 'r') l, LC.findIndex (== ' ') l, LC.findIndices (== 'l') l)
  print (LC.break (== ' ') l, LC.span (/= 'w') l, LC.dropWhile (/= 'w') l, LC.partition (< 'm') l)
  print (LC.foldl (\n c -> n + fromEnum c) 0 l, LC.foldl' (flip (:)) [] (LC.take 5 l), LC.foldr (:) "!" l, LC.foldl1 max l, LC.minimum l)
  print (LC.map toUpper l, LC.concatMap (\c -> LC.pack [c, c]) (LC.take 3 l), LC.intersperse '-' (LC.take 4 l), LC.snoc l '!', LC.zip l (LC.pack "abc"))
  print (LC.groupBy (\a b -> (a == ' ') == (b == ' ')) l, LC.splitWith (== 'o') l, LC.mapAccumL (\n c -> (n + 1, if even n then toUpper c else c)) 0 l)
  print (LC.take 6 (LC.iterate succ 'a'), LC.foldl1 min (LC.pack "q"), LC.split ' ' LC.empty, LC.groupBy (==) LC.empty)
  r <- try (evaluate (LC.minimum LC.empty))
  putStrLn (either (\e -> "minimum empty: " ++ show (e :: SomeException)) show r)
  let lb = L.pack [3, 1, 4, 1, 5, 9, 2, 6]
  print (L.all (> 0) lb, L.any (> 8) lb, L.elem 9 lb, L.notElem 7 lb, L.find even lb, L.findIndices odd lb, L.foldl (-) 0 lb, L.foldl1 (+) lb, L.minimum lb)
  print (L.transpose [L.pack [1, 2, 3], L.pack [4], L.pack [5, 6]], L.transpose [], B.zip (BC.pack "ab") (BC.pack "xyz"), B.unzip [(1, 2), (3, 4)])
  print (BC.foldr' (:) [] (BC.pack "strict"))
  -- Unsafe packers and C strings
  cs <- newCString "from C"
  b1 <- BU.unsafePackCString cs
  b2 <- BU.unsafePackCStringLen (castPtr cs, 4)
  mb <- mallocBytes 3
  mapM_ (\(i, w) -> pokeByteOff mb i (w :: Word8)) (zip [0 ..] [65, 66, 0])
  b3 <- BU.unsafePackMallocCString mb
  mb2 <- mallocBytes 2
  mapM_ (\(i, w) -> pokeByteOff mb2 i (w :: Word8)) (zip [0 ..] [90, 89])
  b4 <- BU.unsafePackMallocCStringLen (mb2, 2)
  print (b1, b2, b3, b4)
  n <- BU.unsafeUseAsCString (BC.pack "use\0") (\p -> BU.unsafePackCString p)
  print (n, BU.unsafePackAddressLen 3 "abcdef"# `seq` ())
  -- ShortByteString
  let s = SB.toShort (BC.pack "short")
  s1 <- SB.useAsCString s SB.packCString
  s2 <- SB.useAsCStringLen s (\(p, len) -> SB.packCStringLen (p, len - 1))
  print (s1, s2, SB.length s1)
  -- Builder primitives
  print (BB.toLazyByteString (BB.int16BE (-2) <> BB.int64BE 258 <> BB.doubleBE 1.5 <> BB.word32BE 7))
  print (BB.toLazyByteString (LBA.byteStringHexFixed (BC.pack "\1\255") <> LBA.lazyByteStringHexFixed (LC.pack "az")))
  print (BE.toLazyByteStringWith (BE.untrimmedStrategy 32 32) L.empty (BB.string7 "chunked") , BE.toLazyByteStringWith (BE.safeStrategy 16 64) (LC.pack "tail") (BB.intDec 12345))
  -- output
  LC.putStrLn (LC.pack "lazy putStrLn")
  BC.putStrLn (BC.pack "strict putStrLn")
  B.hPutStrLn stdout (BC.pack "hPutStrLn")
  L.hPutNonBlocking stdout (LC.pack "nonblocking\n") >>= print
  B.hPutNonBlocking stdout (BC.pack "strict nonblocking\n") >>= print . B.length
  -- negative lengths are IOErrors (user errors) naming the module
  cn <- newCString "neg"
  e1 <- try (B.packCStringLen (cn, -2))
  either (\e -> putStrLn ("caught: " ++ show (e :: IOException))) print e1
  e2 <- try (SB.packCStringLen (cn, -3))
  either (\e -> putStrLn ("caught: " ++ show (e :: IOException))) print e2
