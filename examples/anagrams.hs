-- Group the words of stdin into anagram classes.
import Data.Char (toLower)
import Data.List (groupBy, sort, sortBy)

key :: String -> String
key = sort . map toLower

main :: IO ()
main = do
  ws <- fmap words getContents
  let tagged = sortBy (\a b -> compare (fst a) (fst b)) [(key w, w) | w <- ws]
      classes = groupBy (\a b -> fst a == fst b) tagged
  mapM_ (putStrLn . unwords . map snd) [c | c <- classes, length c > 1]
  putStrLn (show (length classes) ++ " classes")
