import Data.Semigroup

main :: IO ()
main = do
  let a = Arg 3 "three" :: Arg Int String
      b = Arg 1 "one"
  print a
  print (a == Arg 3 "other", a < b, compare a b, min a b, max a b)
  print (minimum [Arg 5 'a', Arg 2 'b', Arg 2 'c'], maximum [Arg 5 'a', Arg 9 'b'])
  let xs = [Arg (length w) w | w <- words "the quick brown fox jumps"]
  print (Min (Arg 4 'x') <> Min (Arg 2 'y'))
  print (getMin (foldr1 (<>) (map Min xs)), getMax (foldr1 (<>) (map Max xs)))
  print (sconcat' (map Min xs) :: ArgMin Int String)
  print (fmap length a)
  print (foldr (:) [] (Arg 1 'z'), length (Arg 1 'z'), sum (Arg 'a' 5))
  print (traverse (\s -> Just (s ++ "!")) a)
  print (showsPrec 11 a "")
  print (Arg (-1 :: Int) 'c')
  print (max (Arg 1 'a') (Arg 1 'b'), min (Arg 1 'a') (Arg 1 'b'))
  print (a > b, a >= b, a <= b, a /= b)
  where sconcat' = foldr1 (<>)
