-- Word frequencies of stdin with Data.Text: case folding, punctuation
-- stripped, sorted by count then word.
import Data.Char (isAlpha)
import Data.List (sortBy, group, sort)
import Data.Ord (comparing, Down (..))
import qualified Data.Text as T
import qualified Data.Text.IO as TIO

main :: IO ()
main = do
  input <- TIO.getContents
  let ws = filter (not . T.null) . map (T.filter isAlpha . T.toCaseFold) $ T.words input
      counts = map (\g -> (head g, length g)) . group . sort $ ws
      ranked = sortBy (comparing (\(w, n) -> (Down n, w))) counts
  putStrLn ("words: " ++ show (length ws) ++ ", distinct: " ++ show (length counts))
  mapM_ (\(w, n) -> TIO.putStrLn (T.justifyLeft 12 '.' w <> T.justifyRight 5 ' ' (T.pack (show n)))) (take 15 ranked)
  print (T.length input, length (T.lines input))
