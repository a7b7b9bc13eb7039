-- SeekMode's derived instances (GHC.IO.Device: Eq, Ord, Enum,
-- Read and Show), as -O1 code calls them, and hSeek with each mode.

import Control.Exception
import GHC.IO.Device (SeekMode (..))
import System.IO

main :: IO ()
main = do
  let modes = [AbsoluteSeek, RelativeSeek, SeekFromEnd]
  print modes
  print (map fromEnum modes, toEnum 1 :: SeekMode)
  print [AbsoluteSeek ..]
  print [AbsoluteSeek, SeekFromEnd ..]
  print [SeekFromEnd, RelativeSeek ..]
  print (succ AbsoluteSeek, pred SeekFromEnd)
  print [(a, b, compare a b, a < b, a <= b, a > b, a >= b, max a b, min a b, a == b, a /= b) | a <- modes, b <- modes]
  print (read "SeekFromEnd" :: SeekMode, read " ( RelativeSeek ) " :: SeekMode)
  print (reads "AbsoluteSeek rest" :: [(SeekMode, String)])
  print (readsPrec 11 "RelativeSeek" :: [(SeekMode, String)])
  print (showsPrec 11 SeekFromEnd "", showList modes "")
  writeFile "seek.txt" "0123456789"
  h <- openFile "seek.txt" ReadMode
  mapM_ (\(m, o) -> hSeek h m o >> hGetChar h >>= print) [(AbsoluteSeek, 3), (RelativeSeek, 2), (SeekFromEnd, -1), (RelativeSeek, -5)]
  hClose h
  let boom x = (evaluate x >>= print) `catch` \(ErrorCall m) -> putStrLn ("error: " ++ m)
  boom (succ SeekFromEnd)
  boom (pred AbsoluteSeek)
  boom (toEnum 3 :: SeekMode)
  boom (toEnum (-1) :: SeekMode)
  boom (map toEnum [2, 0, 1] :: [SeekMode])
  boom (take 2 [RelativeSeek ..])
