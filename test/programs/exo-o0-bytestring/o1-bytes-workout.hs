{-# OPTIONS_GHC -fno-specialise #-}
-- A packet inspector on strict and lazy ByteStrings: prefixes and
-- suffixes, spans from the end, zips, scans, groupings, integer reading
-- and rendering through builders (including big integers and the C-backed
-- decimal/hex primitives), Put sequencing, unsafe packing of C strings,
-- with helpers kept out of line so optimised code calls the library's
-- own workers.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Builder.Prim as P
import qualified Data.ByteString.Builder.Internal as BI
import qualified Data.ByteString.Unsafe as U
import qualified Data.ByteString.Short as S
import Foreign.Marshal.Alloc (mallocBytes)
import Foreign.Storable (pokeByteOff)
import Data.Word (Word8)
import Data.Char (isDigit, isSpace)
import qualified GHC.Exts as Exts

{-# NOINLINE showAll #-}
showAll :: Show a => [a] -> String
showAll = unwords . map show

{-# NOINLINE listy #-}
listy :: Exts.IsList l => [Exts.Item l] -> l
listy = Exts.fromList

{-# NOINLINE both #-}
both :: Monoid m => m -> m -> m
both a b = a <> b <> mempty

main :: IO ()
main = do
  let pkt = C.pack "HDR:len=0042;crc=ff;payload=hello world;END"
  print (B.isPrefixOf (C.pack "HDR") pkt, B.isSuffixOf (C.pack "END") pkt, B.stripPrefix (C.pack "HDR:") pkt, B.stripSuffix (C.pack ";END") pkt)
  print (B.spanEnd (/= 59) pkt, C.spanEnd isDigit (C.pack "abc123"), B.inits (B.take 3 pkt), B.breakSubstring (C.pack "crc") pkt)
  print (B.zipWith (+) (B.pack [1, 2, 3]) (B.pack [10, 20]), C.zipWith (\a b -> [a, b]) (C.pack "ab") (C.pack "xyz"), C.zip (C.pack "pq") (C.pack "rs"))
  print (C.scanl max 'a' (C.pack "hello"), C.scanr min 'z' (C.pack "hello"), C.groupBy (\a b -> isDigit a == isDigit b) (C.pack "ab12cd345"))
  print (C.readInt (C.pack "  -42 rest"), C.readInt (C.pack "123abc"), C.readInteger (C.pack "98765432109876543210 x"), C.dropSpace (C.pack "  \t x"))
  print (C.unfoldr (\n -> if n > 5 then Nothing else Just (toEnum (n + 48), n + 1)) 0, C.unfoldrN 3 (\c -> Just (c, succ c)) 'a', C.lines (C.pack "a\nb\n\nc"))
  -- lazy
  let lz = L.fromChunks [C.pack "chunk one,", C.pack "chunk two,", C.pack "three"]
  print (L.break (== 44) lz, L.count 44 lz, L.drop 12 lz, L.index lz 3, L.init lz, L.split 44 lz)
  print (L.splitAt 14 lz, L.take 7 lz, L.group (LC.pack "aabccc"), L.unfoldr (\n -> if n > 3 then Nothing else Just (n, n + 1)) 0)
  print (LC.foldl1' max lz, LC.mapAccumL (\a c -> (a + 1, if a `mod` 2 == 0 then c else '_')) 0 (L.take 8 lz), LC.mapAccumR (\a c -> (a + fromEnum c, c)) 0 (LC.pack "abc"))
  print (LC.lines (LC.pack "x\ny\n"), LC.unlines [LC.pack "p", LC.pack "q"], LC.unwords (LC.words (LC.pack " a  b ")))
  -- builders
  let big = 2 ^ (70 :: Int) * 3 - 1 :: Integer
  print (BB.toLazyByteString (BB.integerDec big <> BB.char7 ' ' <> BB.integerDec (negate big) <> BB.char7 ' ' <> BB.integerDec 7))
  print (BB.toLazyByteString (BB.intDec (-12) <> BB.wordDec 12 <> BB.int64Dec 5 <> BB.word64Dec 9 <> BB.wordHex 255 <> BB.word64Hex 4096 <> BB.word32Hex 17))
  print (BB.toLazyByteString (P.primBounded P.intDec 77 <> P.primBounded P.wordHex 0xbeef <> P.primBounded P.charUtf8 '\8364' <> P.primFixed P.char7 'k'))
  print (BB.toLazyByteString (BB.floatDec 1.5 <> BB.char7 ' ' <> BB.doubleDec 0.1 <> BB.floatLE 1 <> BB.doubleBE 2))
  let putter = BI.putBuilder (BB.string7 "put") >> fmap (* 2) (pure 21) >>= \n -> BI.putBuilder (BB.intDec n) >> return (n + 1)
      (v, out) = BI.runPut putter `seq` (0 :: Int, BB.toLazyByteString (BI.fromPut (putter >> pure ())))
  print (v, out, BB.toLazyByteString (BI.fromPut ((,) <$> putter <*> putter >>= BI.putBuilder . BB.intDec . uncurry (+))))
  -- unsafe packing, IsList, short strings, monoids
  raw <- mallocBytes 4
  mapM_ (\(i, w) -> pokeByteOff raw i (w :: Word8)) (zip [0 ..] [0x61, 0x62, 0x63, 0])
  s1 <- U.unsafePackCString raw
  s2 <- U.unsafePackCStringLen (raw, 2)
  s3 <- U.unsafePackMallocCStringLen (raw, 3)
  print (s1, s2, s3)
  U.unsafeUseAsCString s3 (\_ -> putStrLn "used as CString")
  U.unsafeUseAsCStringLen s2 (\(_, n) -> print n)
  print (listy [1, 2, 3] :: B.ByteString, listy [4, 5] :: L.ByteString, Exts.toList (C.pack "to"), S.pack [65, 66], S.unpack (S.toShort (C.pack "sh")))
  print (both (C.pack "a") (C.pack "b"), both (LC.pack "c") (LC.pack "d"), mconcat [C.pack "x", C.pack "y"], showAll [C.pack "q\"", C.pack "\n"])
