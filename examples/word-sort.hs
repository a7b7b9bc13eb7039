-- Unique words of stdin, sorted, with counts; longest word.
import Data.Char (isAlpha, toLower)
import Data.List (group, maximumBy, sort)
import Data.Ord (comparing)

main :: IO ()
main = do
  s <- getContents
  let ws = words (map (\c -> if isAlpha c then toLower c else ' ') s)
      groups = group (sort ws)
  mapM_ (\g -> putStrLn (head g ++ " " ++ show (length g))) groups
  putStrLn ("longest: " ++ maximumBy (comparing length) ws)
