-- read and reads at Int, Integer, lists and tuples.
main :: IO ()
main = do
  print (readsPrec 7 "-5" :: [(Int, String)])
  print (reads "5x" :: [(Int, String)], reads "5.0" :: [(Int, String)], reads "5e" :: [(Int, String)])
  print (reads " ( ( 7 ) ) rest" :: [(Int, String)], reads "- 5" :: [(Int, String)], reads "-(5)" :: [(Int, String)])
  print (reads "0x1F" :: [(Int, String)], reads "0o17 z" :: [(Integer, String)], reads "99999999999999999999" :: [(Int, String)])
  print (reads "[1, 2,3] z" :: [([Int], String)], reads "(1,-2)" :: [((Int, Integer), String)])
  print (read " [ ( 1 , 2 ) ] " :: [(Int, Int)], read "(1,2,3)" :: (Int, Int, Int), read "[]" :: [Integer])
  print (read "123456789012345678901234567890" :: Integer, read "  -42  " :: Int, read "[[1],[2,3]]" :: [[Int]])
  print (map read (words "1 2 -3 40") :: [Int])
