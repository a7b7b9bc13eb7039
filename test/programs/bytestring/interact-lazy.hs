-- Lazy interact over stdin: number the lines, reverse each word, totals.
import qualified Data.ByteString.Lazy.Char8 as L

main :: IO ()
main = L.interact $ \s ->
  let ls = L.lines s
      numbered = zipWith (\n l -> L.concat [L.pack (show n), L.pack ": ", L.unwords (map L.reverse (L.words l))]) [1 :: Int ..] ls
  in L.unlines (numbered ++ [L.pack ("lines=" ++ show (length ls) ++ " bytes=" ++ show (L.length s))])
