-- Edge cases of the stream functions: negative counts, Skips passed
-- through, size arithmetic at its limits, strict decoders' errors.
import qualified Data.Text.Internal.Fusion.Common as S
import qualified Data.Text.Internal.Fusion as F
import Data.Text.Internal.Fusion.Types
import Data.Text.Internal.Fusion.Size
import qualified Data.Text.Internal.Encoding.Fusion as EF
import qualified Data.ByteString as B
import qualified Data.Text as T
import Data.Text.Encoding.Error
import Control.Exception
sz :: Stream a -> Size
sz (Stream _ _ s) = s
steps :: Show a => Stream a -> String
steps (Stream next s0 _) = go (60::Int) s0 where
  go 0 _ = "..."
  go n s = case next s of Done -> "D"; Skip s' -> 'S' : go (n-1) s'; Yield c s' -> show c ++ go (n-1) s'
sh :: Show a => String -> Stream a -> IO ()
sh l s = do { r <- try (evaluate (length (steps s))); case r of Left e -> putStrLn (l ++ " ERR " ++ show (e :: SomeException)); Right _ -> putStrLn (l ++ " " ++ show (sz s) ++ " " ++ steps s) }
t :: String -> Size -> IO ()
t l x = do { r <- try (evaluate x); putStrLn (l ++ ": " ++ either (\e -> "ERR " ++ show (e :: SomeException)) show r) }
main :: IO ()
main = do
  t "a1" (exactSize (-1) + exactSize 0); t "a2" (exactSize (-1) + exactSize 1); t "a3" (betweenSize (-5) 3 + exactSize 2); t "m1" (exactSize (-2) * exactSize 3)
  sh "rc-1" (S.replicateCharI (-1::Int) 'a'); sh "rc2" (S.replicateCharI (2::Int) '\x10000'); sh "repI-1" (S.replicateI (-1) (F.stream (T.pack "ab"))); sh "repI2" (S.replicateI 2 (F.stream (T.pack "ab")))
  sh "just-1" (S.justifyLeftI (-1::Int) '.' (S.streamList "ab")); sh "justS" (S.justifyLeftI (4::Int) '\x10000' (F.stream (T.pack "ab")))
  sh "u8strict" (EF.streamUtf8 strictDecode (B.pack [104, 0xe2, 0x82])); sh "u8s2" (EF.streamUtf8 strictDecode (B.pack [0xe2, 0x82, 0x41]))
  sh "u8len" (EF.streamUtf8 lenientDecode (B.pack [0xe2, 0x82, 0x41, 0xc3, 0x28, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80]))
  sh "u16s" (EF.streamUtf16LE strictDecode (B.pack [0, 0xdc, 65, 0])); sh "u16s2" (EF.streamUtf16BE strictDecode (B.pack [0xd8, 0, 0, 65]))
  sh "u32s" (EF.streamUtf32LE strictDecode (B.pack [0, 0, 0x11, 0])); sh "u32t" (EF.streamUtf32LE lenientDecode (B.pack [65, 0, 0, 0, 1, 2, 3])); sh "u16t" (EF.streamUtf16LE lenientDecode (B.pack [65, 0, 1]))
  sh "u32s" (EF.streamUtf32BE strictDecode (B.pack [0, 0, 0x41]))
  sh "interE" (S.intercalate (S.streamList ",") []); sh "concatE" (S.concat []); sh "zipE" (S.zipWith max (S.streamList "") (S.streamList "ab"))
  sh "cmE" (S.concatMap (\_ -> S.streamList "") (S.streamList "ab")); sh "scanE" (S.scanl max 'a' (S.streamList ""))
  sh "tw" (S.takeWhile (<'b') (S.filter (/='x') (S.streamList "axab"))); sh "take0" (S.take (0::Int) (S.streamList "ab")); sh "takeS" (S.take (2::Int) (S.filter (/='x') (S.streamList "xaxbc")))
  sh "dropS" (S.drop (1::Int) (S.filter (/='x') (S.streamList "xaxbc")))
  sh "consS" (S.tail (S.filter (/='x') (S.streamList "xaxb"))); sh "initS" (S.init (S.filter (/='x') (S.streamList "xaxbx")))
  sh "rscan" (F.reverseScanr max 'b' (S.filter (/='x') (S.streamList "xaxb")))
  sh "unfN0" (F.unfoldrN 0 (\n -> Just ('a', n)) (0::Int)); sh "unfN-1" (F.unfoldrN (-1) (\n -> Just ('a', n)) (0::Int))
  sh "unconsS" (maybe (S.streamList "") snd (S.uncons (S.filter (/='x') (S.streamList "xaxb"))))
  print (F.unstream (S.filter (/='x') (S.streamList "xaxb")), F.mapAccumL (\a c -> (a, c)) 'q' (S.streamList "\x10000z"))
