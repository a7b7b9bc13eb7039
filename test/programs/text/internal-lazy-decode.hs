-- The lazy ByteString decoders: sequences across chunks, and what they
-- do after a sequence that is not well-formed (step output capped).
import qualified Data.Text.Internal.Lazy.Encoding.Fusion as LEF
import Data.Text.Internal.Fusion.Types
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as BL
import Data.Text.Encoding.Error
import Control.Exception
steps :: Show a => Stream a -> String
steps (Stream next s0 _) = go (12::Int) s0 where
  go 0 _ = "..."
  go n s = case next s of Done -> "D"; Skip s' -> 'S' : go (n-1) s'; Yield c s' -> show c ++ go (n-1) s'
sh :: Show a => String -> Stream a -> IO ()
sh l s = do { r <- try (evaluate (length (steps s))); case r of Left e -> putStrLn (l ++ " ERR " ++ show (e :: SomeException)); Right _ -> putStrLn (l ++ " " ++ steps s) }
u8 l cs = sh l (LEF.streamUtf8 lenientDecode (BL.fromChunks (map B.pack cs)))
main :: IO ()
main = do
  u8 "ff-end" [[65, 0xff]]; u8 "ff-mid" [[65, 0xff, 65]]; u8 "80-end" [[65,0x80]]; u8 "c3-end" [[65,0xc3]]; u8 "c328" [[0xc3,0x28]]; u8 "c3-28split" [[0xc3],[0x28]]
  u8 "e2-split" [[0xe2],[0x82,0xac,65]]; u8 "e2-bad-split" [[0xe2],[0x28,65]]; u8 "e0-80" [[0xe0,0x80]]; u8 "e0-80-41" [[0xe0,0x80,0x41]]; u8 "ed-a0" [[0xed,0xa0,0x80]]; u8 "ed-a0-end" [[0xed,0xa0]]
  u8 "f0-end3" [[0xf0,0x9f,0x98]]; u8 "f5" [[0xf5]]; u8 "f5mid" [[0xf5, 65]]; u8 "ff-split" [[65],[0xff],[66]]
  sh "u16-1" (LEF.streamUtf16LE lenientDecode (BL.fromChunks [B.pack [65,0,66]])); sh "u16-dc" (LEF.streamUtf16LE lenientDecode (BL.fromChunks [B.pack [65,0,0,0xdc,66,0]]))
  sh "u16-dcend" (LEF.streamUtf16LE lenientDecode (BL.fromChunks [B.pack [65,0,0,0xdc]])); sh "u16-d8end" (LEF.streamUtf16LE lenientDecode (BL.fromChunks [B.pack [65,0,0,0xd8]]))
  sh "u16-d8x" (LEF.streamUtf16LE lenientDecode (BL.fromChunks [B.pack [0,0xd8,65,0,66,0]]))
  sh "u32-end" (LEF.streamUtf32LE lenientDecode (BL.fromChunks [B.pack [65,0,0,0,1]]))
  sh "u8ignore" (LEF.streamUtf8 ignore (BL.fromChunks [B.pack [65,0xff,66]]))
