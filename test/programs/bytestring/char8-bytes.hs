-- Char8 truncates Chars to their low 8 bits; bytes >= 128 come back as
-- Latin-1 Chars; strict getContents reads raw bytes (the UTF-8 of stdin).
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy.Char8 as LC
import Data.Char (ord)

main :: IO ()
main = do
  let s = C.pack "caf\233 \955 \8364 \128512"
  print (B.unpack s)
  print (C.unpack s, map ord (C.unpack s))
  print (LC.unpack (LC.pack "\955\1234"), C.singleton '\256', C.replicate 3 '\511')
  print (C.elem '\955' s, C.count '\187' s, C.map succ (C.pack "\254\255"))
  input <- B.getContents
  print (B.length input, B.unpack (B.take 12 input))
  print (C.lines input)
  B.putStr input
  C.putStrLn (C.pack "\955 is truncated to \187")
  B.putStr (B.pack [0xCE, 0xBB, 10])
