-- Text and ByteString I/O and conversions as a log-processing tool does:
-- reading lines from stdin with each library's getLine, writing files
-- (strict and lazy writeFile/appendFile/readFile, hPutStrLn), the lazy
-- APIs (splitting, indexing, unfoldr, cycle), reading numbers with
-- Data.Text.Read and Data.Text.Lazy.Read, decoding with error handlers,
-- Read/Show instances, and Builders (integers, floats, hex).
import qualified Data.ByteString as BS
import qualified Data.ByteString.Builder as BB
import qualified Data.ByteString.Builder.Extra as BE
import qualified Data.ByteString.Char8 as BC
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Lazy.Char8 as BLC
import qualified Data.ByteString.Short as SBS
import qualified Data.Text as T
import qualified Data.Text.Encoding as TE
import qualified Data.Text.Encoding.Error as TEE
import qualified Data.Text.IO as TIO
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.Builder as TB
import qualified Data.Text.Lazy.Builder.Int as TBI
import qualified Data.Text.Lazy.Builder.RealFloat as TBR
import qualified Data.Text.Lazy.Encoding as TLE
import qualified Data.Text.Lazy.IO as TLIO
import qualified Data.Text.Lazy.Read as TLR
import qualified Data.Text.Read as TR
import Control.Exception
import System.IO

main :: IO ()
main = do
  l1 <- TIO.getLine
  l2 <- BS.getLine
  l3 <- TLIO.getLine
  l4 <- BC.getLine
  l5 <- TIO.hGetLine stdin
  l6 <- TLIO.hGetLine stdin
  l7 <- BS.hGetLine stdin
  print (l1, l2, l3, l4, l5, l6, l7)
  rest <- BL.getContents
  print (BL.length rest, BLC.lines rest)
  -- output through every putStr
  TIO.putStr (T.pack "text putStr\n") >> TIO.putStrLn (T.pack "text putStrLn") >> TLIO.putStr (TL.pack "lazy putStr\n") >> TLIO.putStrLn (TL.pack "lazy putStrLn")
  BS.putStr (BC.pack "bs putStr\n") >> BC.putStrLn (BC.pack "bs putStrLn") >> BL.putStr (BLC.pack "lbs putStr\n") >> BLC.putStrLn (BLC.pack "lbs putStrLn")
  TIO.hPutStrLn stdout (T.pack "hPutStrLn text") >> TLIO.hPutStr stdout (TL.pack "hPutStr lazy\n") >> TLIO.hPutStrLn stdout (TL.pack "hPutStrLn lazy") >> BC.hPutStrLn stdout (BC.pack "hPutStrLn bs") >> BLC.hPutStrLn stdout (BLC.pack "hPutStrLn lbs")
  BB.hPutBuilder stdout (BB.string7 "builder " <> BB.integerDec (-12345678901234567890) <> BB.char7 ' ' <> BB.integerDec 42 <> BB.char7 ' ' <> BB.doubleDec 2.5 <> BB.char7 ' ' <> BB.floatDec 1.25 <> BB.char7 ' ' <> BB.wordHex 255 <> BB.char7 ' ' <> BB.word64HexFixed 10 <> BB.char7 ' ' <> BB.intDec minBound <> BB.char7 ' ' <> BB.int64Dec 7 <> BB.char7 ' ' <> BB.word32Dec 9 <> BB.char7 '\n')
  hFlush stdout
  BL.putStr (BE.toLazyByteStringWith (BE.untrimmedStrategy 16 32) (BL.pack [10]) (BB.byteString (BC.pack "chunky ") <> BB.lazyByteString (BLC.pack "lazy ") <> BB.shortByteString (SBS.pack [65, 66]) <> BB.charUtf8 'ü' <> BB.stringUtf8 "tf\n"))
  -- files
  TIO.writeFile "t.txt" (T.pack "alpha\nbeta\n") >> TIO.appendFile "t.txt" (T.pack "gamma\n")
  TLIO.writeFile "tl.txt" (TL.pack "lazy one\n") >> TLIO.appendFile "tl.txt" (TL.pack "lazy two\n")
  BS.writeFile "b.bin" (BS.pack [0, 1, 2]) >> BS.appendFile "b.bin" (BS.pack [3])
  BL.writeFile "bl.bin" (BL.pack [4, 5]) >> BL.appendFile "bl.bin" (BL.pack [6])
  TIO.readFile "t.txt" >>= print . T.lines
  TLIO.readFile "tl.txt" >>= print . TL.lines
  BS.readFile "b.bin" >>= print . BS.unpack
  BL.readFile "bl.bin" >>= print . BL.unpack
  h <- openFile "t.txt" ReadMode
  c1 <- TIO.hGetChunk h
  TIO.hGetChunk h >>= print . T.null
  hClose h
  print c1
  -- lazy text and bytestring APIs
  let lt = TL.fromChunks [T.pack "ab,cd", T.pack ",,ef"]
      lb = BL.fromChunks [BC.pack "12 34", BC.pack " 56\n7"]
  print (TL.breakOnAll (TL.pack ",") lt, TL.breakOn (TL.pack "cd") lt, TL.commonPrefixes (TL.pack "abx") lt, TL.take 7 (TL.cycle (TL.pack "xy")), TL.scanr max 'a' (TL.pack "bca"), TL.splitOn (TL.pack ",") lt)
  print (BL.split 32 lb, BL.splitAt 3 lb, BL.take 2 lb, BL.drop 4 lb, BL.index lb 6, BL.count 32 lb, BLC.break (== '\n') lb, BL.init lb, BL.group (BL.pack [1, 1, 2]), BL.unfoldr (\n -> if n > 3 then Nothing else Just (n, n + 1)) 0)
  print (BLC.lines lb, BLC.unlines [BLC.pack "a", BLC.pack "b"], BC.unfoldr (\n -> if n > 'c' then Nothing else Just (n, succ n)) 'a', BC.zip (BC.pack "ab") (BC.pack "xyz"), BC.readInt (BC.pack "-123x"), BC.dropSpace (BC.pack "  s"))
  print (BS.findSubstring (BC.pack "cd") (BC.pack "abcd"), BS.breakSubstring (BC.pack "c") (BC.pack "abc"), BS.unpack (BS.pack [1, 2] <> BS.pack [3]), BL.unpack (BL.pack [1] <> BL.pack [2]), SBS.unpack (SBS.pack [1] <> SBS.pack [2]))
  print (read "\"quoted\"" :: BS.ByteString, read "\"lazy\"" :: BL.ByteString, read "\"short\"" :: SBS.ShortByteString, read "\"text\"" :: T.Text, read "\"ltext\"" :: TL.Text, readList "[\"a\",\"b\"]" :: [([T.Text], String)])
  -- reading numbers
  print (TR.decimal (T.pack "123abc") :: Either String (Int, T.Text), TR.hexadecimal (T.pack "fFz") :: Either String (Integer, T.Text), TR.signed TR.decimal (T.pack "-42") :: Either String (Int, T.Text), TR.double (T.pack "1.5e3x"), TR.rational (T.pack "2.25") :: Either String (Double, T.Text), TR.decimal (T.pack "x") :: Either String (Int, T.Text))
  print (TLR.decimal (TL.pack "123abc") :: Either String (Int, TL.Text), TLR.hexadecimal (TL.pack "0x1f") :: Either String (Int, TL.Text), TLR.hexadecimal (TL.pack "Ab") :: Either String (Word, TL.Text), TLR.signed TLR.decimal (TL.pack "+7") :: Either String (Integer, TL.Text), TLR.double (TL.pack "-0.5"), TLR.rational (TL.pack "3e-2") :: Either String (Double, TL.Text))
  -- decoding
  let bad = BS.pack [104, 105, 0xff, 0xc3, 0xa9, 0xe2]
  print (TE.decodeUtf8With TEE.lenientDecode bad, TE.decodeUtf8With (TEE.replace '?') bad, TE.decodeUtf8' bad, TLE.decodeUtf8With TEE.lenientDecode (BL.fromStrict bad), TE.decodeLatin1 bad)
  r <- try (evaluate (TE.decodeUtf8With TEE.strictDecode bad))
  print (either (\e -> show (e :: TEE.UnicodeException)) show r)
  r2 <- try (evaluate (T.length (TE.decodeUtf8 bad)))
  print (either (\e -> displayException (e :: TEE.UnicodeException)) show r2)
  print (BL.unpack (TLE.encodeUtf16BE (TL.pack "aé")), TLE.decodeUtf16BE (BL.pack [0, 97, 0, 233]), TLE.decodeUtf32LE (BL.pack [98, 0, 0, 0]), BB.toLazyByteString (TE.encodeUtf8Builder (T.pack "bé")))
  case TE.streamDecodeUtf8 (BS.pack [0xc3]) of
    TE.Some t b f -> case f (BS.pack [0xa9, 0x21]) of TE.Some t2 b2 _ -> print (t, BS.unpack b, t2, BS.unpack b2)
  -- text builders
  print (TB.toLazyText (TBI.decimal (-120 :: Int) <> TB.singleton ' ' <> TBI.hexadecimal (255 :: Int) <> TB.fromString " " <> TBR.realFloat (1 / 3 :: Double) <> TB.fromText (T.pack " ") <> TBR.formatRealFloat TBR.Fixed (Just 2) (2.345 :: Double) <> TB.fromLazyText (TL.pack " ") <> TBR.formatRealFloat TBR.Exponent (Just 3) (12345.678 :: Float) <> TB.flush <> TBR.formatRealFloat TBR.Generic Nothing (0.01 :: Double)))
  print ([TBR.Exponent ..], read "Fixed" :: TBR.FPFormat, map fromEnum [TBR.Generic, TBR.Fixed], showsPrec 11 TBR.Generic "", TB.fromText (T.pack "x") == TB.fromString "x", TB.toLazyText (mconcat (map TB.singleton "concat")))
  print (T.concat [T.pack "a", T.empty, T.pack "b"], T.concatMap (T.pack . show) (T.pack "ab"), T.toCaseFold (T.pack "Straße"), T.pack "x" <> T.pack "y", sconcatT, TL.toCaseFold (TL.pack "ǅ"))
  where
    sconcatT = mconcat [T.pack "m", T.pack "n"]
