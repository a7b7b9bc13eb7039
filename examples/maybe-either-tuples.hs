-- Maybe, Either and tuples as values: lookups, validation, swapping.
import Data.Tuple (swap)

data Err = TooSmall Int | TooBig Int | NotEven Int deriving (Show, Eq)

validate :: Int -> Either Err Int
validate n
  | n < 0 = Left (TooSmall n)
  | n > 100 = Left (TooBig n)
  | odd n = Left (NotEven n)
  | otherwise = Right (n `div` 2)

phoneBook :: [(String, Int)]
phoneBook = [("alice", 1234), ("bob", 5678), ("carol", 9999)]

main :: IO ()
main = do
  print (map validate [-1, 4, 7, 200])
  print (lookup "bob" phoneBook, lookup "dave" phoneBook)
  print (fmap (+ 1) (lookup "alice" phoneBook))
  print (map swap phoneBook)
  print (fst (1 :: Int, 'a'), snd (1 :: Int, 'a'), curry fst 'p' 'q', uncurry (+) (3, 4 :: Int))
  print (zip3 "ab" [True, False] [LT, GT])
  print ((,) 1 2 :: (Int, Int), (,,) 'a' 'b' 'c')
  print (maximum [(2, "b"), (2, "a"), (1, "z") :: (Int, String)])
  print (compare (1 :: Int, 'b') (1, 'a'), (1 :: Int, 2 :: Int) < (1, 3))
  print (either show (map succ) (Right "abc" :: Either Int String))
  print ((1, 2, 3, 4, 5) :: (Int, Int, Int, Int, Int))
