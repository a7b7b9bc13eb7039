-- The bytestring functions whose -O1 code runs the package's internal
-- workers: partition (reversing the rejected bytes), readInt and
-- readInteger (signs, long numbers, no digits), pack/unpack of bytes and
-- Chars, lazy group across chunks, the lazy folds' and cycle's errors,
-- packCStringLen's negative length, ShortByteString's pack, mconcat and
-- sconcat, Builder's sconcat and integerDec of big numbers in small
-- buffers, and the C digit encoders (intDec, wordHex, int32Dec, ...).
import qualified Data.ByteString as S
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Internal as I
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import qualified Data.ByteString.Lazy.Internal as LI
import qualified Data.ByteString.Short as SB
import qualified Data.ByteString.Builder as B
import qualified Data.ByteString.Builder.Extra as BE
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat)
import Control.Exception
import Foreign.Ptr (nullPtr)
import Data.Int
import Data.Word

attempt :: Show a => String -> a -> IO ()
attempt name v = do
  r <- try (evaluate v)
  case r of
    Left e -> putStrLn (name ++ ": " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right x -> putStrLn (name ++ " = " ++ show x)

chunksOf :: B.Builder -> [S.ByteString]
chunksOf = L.toChunks . BE.toLazyByteStringWith (BE.untrimmedStrategy 24 24) L.empty

main :: IO ()
main = do
  let bs = S.pack [0 .. 40]
  print (S.partition even bs)
  print (S.partition (> 30) bs, S.partition (const False) bs, S.partition (const True) (S.pack [1, 2, 3]))
  print (C.partition (`elem` "aeiou") (C.pack "the quick brown fox jumps over the lazy dog"))
  mapM_ (print . C.readInt . C.pack)
    ["123abc", "-456", "+789 rest", "", "-", "+", "x12", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0000012", "12"]
  mapM_ (print . C.readInteger . C.pack)
    ["123abc", "-456", "+789 rest", "", "-", "+x", "x12", "123456789", "1234567890", "12345678901234567890123456789012345678901234567890z", "-98765432109876543210987654321", "000000000000000000000001"]
  print (C.readInteger (C.drop 3 (C.pack "abc31415926535897932384626433832795028841971 tail")))
  print (S.unpack (S.pack [250 .. 255]), C.unpack (C.pack "\1234\255xyz"), S.unpack (C.pack (replicate 300 'q')) == replicate 300 113)
  print (length (C.unpack (C.replicate 1000 'z')), take 5 (S.unpack (S.replicate 250 7)))
  let lz = LC.fromChunks (map C.pack ["aab", "bbb", "bc", "cccd", "d", "", "dde"])
  print (map L.toChunks (L.group lz))
  print (map L.toChunks (LC.group (LC.fromChunks [C.pack "xx", C.pack "xxy", C.pack "y"])))
  print (map L.toChunks (L.group (L.fromChunks [S.pack [1], S.pack [1, 1], S.pack [2]])), L.group L.empty)
  attempt "L.foldl1" (L.foldl1 (+) L.empty)
  attempt "L.foldl1'" (L.foldl1' (+) L.empty)
  attempt "L.foldr1" (L.foldr1 (+) L.empty)
  attempt "L.foldr1 empty chunk" (L.foldr1 (+) (LI.Chunk S.empty LI.Empty))
  attempt "L.cycle" (L.cycle L.empty)
  attempt "L.foldr1 ok" (L.foldr1 (-) (L.fromChunks [S.pack [10, 3], S.pack [2]]), L.foldl1 (-) (L.pack [10, 3, 2]), L.foldl1' (-) (L.pack [10, 3, 2]))
  print (L.take 10 (L.cycle (LC.pack "abc")))
  r <- try (S.packCStringLen (nullPtr, -3))
  putStrLn (either (\e -> "packCStringLen: " ++ show (e :: IOException)) show r)
  let shorts = map SB.pack [[1, 2], [], [3], [4, 5, 6]]
  print (mconcat shorts, sconcat (SB.pack [9] :| shorts), sconcat (SB.pack [] :| []), SB.unpack (mconcat shorts))
  print (sconcat (C.pack "x" :| [C.pack "yz"]))
  print (chunksOf (sconcat (B.string7 "ab" :| [B.intDec 12345, B.char7 'z', B.string7 (replicate 30 'w')])))
  let bigs = [0, 5, -5, 2 ^ 63 - 1, 2 ^ 63, -(2 ^ 63), -(2 ^ 63) - 1, 10 ^ 18, 10 ^ 18 - 1, 10 ^ 36, 10 ^ 36 + 7, 123456789 * 10 ^ 40 + 42, -(3 ^ 200), 7 ^ 150] :: [Integer]
  mapM_ (\n -> print (chunksOf (B.integerDec n))) bigs
  print (B.toLazyByteString (foldMap B.integerDec bigs) == LC.pack (concatMap show bigs))
  print (chunksOf (mconcat [B.intDec minBound, B.intDec maxBound, B.int32Dec minBound, B.int64Dec (-1), B.wordDec maxBound]))
  print (chunksOf (mconcat [B.word32Dec maxBound, B.word64Dec maxBound, B.wordHex maxBound, B.word32Hex 0xdeadbeef, B.word64Hex 0x123456789abcdef, B.word8Hex 255, B.word16Hex 0xabc]))
  print (chunksOf (mconcat [B.int8Dec (-128), B.int16Dec (-32768), B.word8Dec 255, B.word16Dec 65535, B.intDec 0, B.wordHex 0]))
