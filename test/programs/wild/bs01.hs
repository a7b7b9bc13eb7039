{-# LANGUAGE OverloadedStrings #-}
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy.Char8 as L
import qualified Data.ByteString.Builder as BB
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.Builder as TB
import qualified Data.Text.Read as TR
import qualified Data.Text.Lazy.IO as TLIO
import System.IO (stdout)
import Data.Word (Word8)
import Data.Bits (xor)
import Data.Char (ord)

checksum :: B.ByteString -> Word8
checksum = B.foldl' xor 0

main :: IO ()
main = do
  inp <- C.getContents
  let rows = map (map (maybe 0 fst . C.readInt) . C.split ',') (C.lines inp)
  print rows
  print (map sum rows, checksum inp)
  BB.hPutBuilder stdout (mconcat [BB.intDec 42, BB.char7 ' ', BB.string7 "hex:", BB.wordHex 255, BB.char7 ' ', BB.doubleDec 1.5, BB.char7 '\n'])
  L.putStrLn (BB.toLazyByteString (foldMap (\i -> BB.intDec i <> ",") [1 .. 5]))
  let lz = L.pack (concat (replicate 3 "abc\n"))
  print (L.length lz, L.lines lz, L.toStrict (L.take 5 lz))
  print (B.pack [104, 105], C.unpack (C.reverse "olleh"), B.elem 10 inp, C.count '\n' inp)
  print (C.breakSubstring "," "a,b", C.isInfixOf "2,3" inp, C.unwords ["x", "y"], C.intercalate "-" ["p", "q"])
  print (TR.decimal "123abc" :: Either String (Int, T.Text), TR.signed TR.decimal "-42" :: Either String (Integer, T.Text), TR.double "3.5e2x")
  print (TR.hexadecimal "ff" :: Either String (Int, T.Text), TR.decimal "x" :: Either String (Int, T.Text))
  let b = TB.fromText "built " <> TB.fromString "from " <> TB.singleton 'B'
  TLIO.putStrLn (TB.toLazyText b)
  print (TL.toChunks (TL.fromChunks ["ab", "cd"]), TL.length (TL.replicate 1000 "x"))
  print (B.splitAt 2 "hello", B.zipWith (\x y -> x + y) "ab" "cd", C.filter (/= 'l') "hello", B.index "abc" 1)
