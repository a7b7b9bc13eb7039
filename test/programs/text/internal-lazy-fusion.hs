{-# OPTIONS_GHC -Wno-deprecations #-}
-- Lazy text streams (chunking of unstream/unstreamChunks) and the
-- ByteString decoders/encoders of the encoding fusion modules.
{-# LANGUAGE MagicHash #-}
import qualified Data.Text.Internal.Lazy.Fusion as LF
import qualified Data.Text.Internal.Fusion as F
import qualified Data.Text.Internal.Fusion.Common as S
import Data.Text.Internal.Fusion.Types
import Data.Text.Internal.Fusion.Size
import qualified Data.Text as T
import qualified Data.Text.Lazy as L
import qualified Data.Text.Internal.Encoding.Fusion as EF
import qualified Data.Text.Internal.Lazy.Encoding.Fusion as LEF
import qualified Data.Text.Internal.Encoding.Fusion.Common as EFC
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
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
v :: Show a => String -> a -> IO ()
v l x = do { r <- try (evaluate (length (show x))); putStrLn (l ++ ": " ++ either (\e -> "ERR " ++ show (e :: SomeException)) (const (show x)) r) }
main :: IO ()
main = do
  mapM_ (\n -> sh ("stream" ++ show n) (F.stream (T.pack (take n "abcdefg")))) [0..5]
  sh "streamSub" (F.stream (T.drop 2 (T.pack "abcdef")))
  sh "revSub" (F.reverseStream (T.take 3 (T.pack "abcdef")))
  sh "rcI" (S.replicateCharI (3::Int) '\x10000'); sh "repI" (S.replicateI 3 (F.stream (T.pack "ab")))
  let lt = L.fromChunks [T.pack "ab", T.pack "\x10000", T.pack "cd"]
  sh "lstream" (LF.stream lt); sh "lstreamE" (LF.stream L.empty)
  v "lunstream" (L.toChunks (LF.unstream (S.streamList (replicate 20 'x'))))
  v "lunstreamChunks" (L.toChunks (LF.unstreamChunks 4 (S.streamList "abcdefghij")), L.toChunks (LF.unstreamChunks 4 (S.streamList "ab\x10000\x10000\x10000\&cdefghij")))
  v "lunstreamBig" (map T.length (L.toChunks (LF.unstream (S.streamList (replicate 40000 'x')))))
  v "lunstreamChunks0" (L.toChunks (LF.unstreamChunks 0 (S.streamList "abc")))
  v "lothers" (LF.length (LF.stream lt), LF.countChar 'c' (LF.stream lt), LF.index (LF.stream lt) 2)
  v "lindexbad" (LF.index (LF.stream lt) 9)
  sh "lunfoldrN" (LF.unfoldrN 3 (\n -> if n > 5 then Nothing else Just (toEnum (n+65), n+1)) (0::Int))
  sh "utf8" (EF.streamUtf8 lenientDecode (B.pack [104, 0xc3, 0xa9, 0xff, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xe2, 0x82]))
  sh "ascii" (EF.streamASCII (B.pack [104, 105, 200]))
  sh "u16le" (EF.streamUtf16LE lenientDecode (B.pack [104, 0, 0x3d, 0xd8, 0, 0xde, 0, 0xd8, 65]))
  sh "u16be" (EF.streamUtf16BE lenientDecode (B.pack [0, 104, 0xd8, 0x3d, 0xde, 0, 0xdc, 0, 0]))
  sh "u32le" (EF.streamUtf32LE lenientDecode (B.pack [104, 0, 0, 0, 0, 0xd8, 0, 0, 0, 0, 0x11, 0, 1, 0xf6, 1, 0, 9]))
  sh "u32be" (EF.streamUtf32BE lenientDecode (B.pack [0, 0, 0, 104, 0, 1, 0xf6, 1, 7]))
  sh "utf8strict" (EF.streamUtf8 strictDecode (B.pack [104, 0xff]))
  sh "u16strict" (EF.streamUtf16LE strictDecode (B.pack [104, 0, 1]))
  sh "re16be" (EFC.restreamUtf16BE (S.streamList "a\x10000")); sh "re16le" (EFC.restreamUtf16LE (F.stream (T.pack "a\x10000")))
  sh "re32be" (EFC.restreamUtf32BE (S.streamList "a\x10000")); sh "re32le" (EFC.restreamUtf32LE (F.stream (T.pack "a\x10000")))
  v "unstreamBS" (EF.unstream (S.streamList [1,2,3]), LEF.unstream (S.streamList [1,2,3]))
  v "unstreamBSc" (BL.toChunks (LEF.unstream (S.streamList (replicate 40000 1))) == [], map B.length (BL.toChunks (LEF.unstream (S.streamList (replicate 40000 1)))))
  sh "lutf8" (LEF.streamUtf8 lenientDecode (BL.fromChunks [B.pack [104, 0xc3], B.pack [0xa9, 0xff, 0xe2, 0x82]]))
  sh "lu16le" (LEF.streamUtf16LE lenientDecode (BL.fromChunks [B.pack [104], B.pack [0, 0x3d, 0xd8, 0], B.pack [0xde, 0, 0xd8, 65]]))
  sh "lu32be" (LEF.streamUtf32BE lenientDecode (BL.fromChunks [B.pack [0, 0, 0], B.pack [104, 0, 1, 0xf6, 1, 7]]))
  sh "lutf8s" (LEF.streamUtf8 strictDecode (BL.fromChunks [B.pack [104, 0xc3]]))
