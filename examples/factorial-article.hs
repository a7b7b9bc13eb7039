-- The factorial from "Turn GHC into a frontend for miniSTG" (2016),
-- written with pattern matching on a literal and pred, as in the article.
f :: Int -> Int
f 0 = 1
f n = n * f (pred n)

main :: IO ()
main = print (f 5)
