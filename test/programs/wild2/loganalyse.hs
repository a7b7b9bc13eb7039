-- A web-server log analyser: Data.Map.Strict aggregation and Text.Printf reports.
module Main (main) where

import qualified Data.Map.Strict as M
import Text.Printf (printf, hPrintf)
import System.IO (stderr)
import Data.List (sortOn, foldl')
import Data.Ord (Down(..))

data Entry = Entry { ip :: String, method :: String, path :: String, status :: Int, bytes :: Int, ms :: Double }

parseLine :: String -> Either String Entry
parseLine l = case words l of
  [a, m, p, s, b, t] -> case (reads s, reads b, reads t) of
    ([(s', "")], [(b', "")], [(t', "")]) -> Right (Entry a m p s' b' t')
    _ -> Left ("bad numbers: " ++ l)
  _ -> Left ("bad line: " ++ l)

data Stats = Stats { hits :: !Int, totalBytes :: !Int, totalMs :: !Double, maxMs :: !Double }

instance Semigroup Stats where
  Stats a b c d <> Stats a' b' c' d' = Stats (a + a') (b + b') (c + c') (max d d')

one :: Entry -> Stats
one e = Stats 1 (bytes e) (ms e) (ms e)

main :: IO ()
main = do
  ls <- lines <$> getContents
  let parsed = map parseLine ls
      good = [e | Right e <- parsed]
  mapM_ (\err -> hPrintf stderr "warning: %s\n" err) [err | Left err <- parsed]
  let byPath = M.fromListWith (flip (<>)) [(path e, one e) | e <- good]
      byStatus = foldl' (\m e -> M.insertWith (+) (status e) (1 :: Int) m) M.empty good
      byIp = M.fromListWith (+) [(ip e, bytes e) | e <- good]
  printf "%-12s %5s %8s %9s %8s\n" "path" "hits" "bytes" "avg ms" "max ms"
  mapM_ (\(p, s) -> printf "%-12s %5d %8d %9.2f %8.1f\n" p (hits s) (totalBytes s) (totalMs s / fromIntegral (hits s)) (maxMs s))
    (sortOn (Down . hits . snd) (M.toList byPath))
  mapM_ (\(s, n) -> printf "status %d: %d (%.1f%%)\n" s n (100 * fromIntegral n / fromIntegral (length good) :: Double)) (M.toList byStatus)
  let (topIp, topBytes) = head (sortOn (Down . snd) (M.toList byIp))
  printf "top client %s with %d bytes (%x hex, %o oct)\n" topIp topBytes topBytes topBytes
  printf "%s|%10.3e|%-6c|%+d\n" (show (M.size byIp)) (1234.5678 :: Double) 'z' (42 :: Int)
