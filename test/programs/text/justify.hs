-- justifyLeft, justifyRight and center (the extra padding goes left),
-- counting characters, not code units.
import qualified Data.Text as T
import qualified Data.Text.IO as TIO

row :: [(String, Int)] -> T.Text
row cells = T.intercalate (T.pack "|") [T.justifyLeft 10 ' ' (T.pack s) `T.append` T.justifyRight n '.' (T.pack (show n)) | (s, n) <- cells]

main :: IO ()
main = do
  mapM_ (\w -> TIO.putStrLn (T.concat [T.pack "[", T.center w '*' (T.pack "mid"), T.pack "]"])) [0 .. 9]
  mapM_ (\s -> TIO.putStrLn (T.justifyRight 8 '0' (T.pack s))) ["1", "42", "𝒜𝒜", "123456789"]
  TIO.putStrLn (row [("apple", 3), ("größe", 5), ("😀x", 7)])
  print (T.justifyLeft 5 '\x1F600' (T.pack "ab"), T.length (T.center 7 '\x10400' (T.pack "x")))
  print [T.center k '-' (T.pack "ab") | k <- [-1, 2, 3, 4, 5]]
