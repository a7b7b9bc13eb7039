-- Word, line and number statistics of stdin with Data.ByteString.Char8.
import qualified Data.ByteString.Char8 as B
import Data.List (sortBy, foldl')
import Data.Ord (comparing, Down (..))
import qualified Data.Map.Strict as M

main :: IO ()
main = do
  s <- B.getContents
  let ls = B.lines s
      ws = B.words s
  print (length ls, length ws, B.length s)
  let freq = foldl' (\m w -> M.insertWith (+) w (1 :: Int) m) M.empty ws
  mapM_ (\(w, n) -> B.putStrLn (B.concat [w, B.pack ": ", B.pack (show n)]))
        (take 5 (sortBy (comparing (Down . snd)) (M.toList freq)))
  let nums = [n | w <- ws, Just (n, r) <- [B.readInt w], B.null r]
  print (sum nums, length nums)
  print (map B.readInt (B.words (B.pack "12 -7 +3 x 45abc 99999999999999999999")))
  print (B.count '\n' s, B.elemIndex 'q' s, B.findIndex (== 'z') s)
  print (map B.length ls)
