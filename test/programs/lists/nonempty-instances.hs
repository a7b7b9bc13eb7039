import qualified Data.List.NonEmpty as NE
import Data.List.NonEmpty (NonEmpty (..))
import Data.Foldable (toList, foldl')
import Data.Semigroup

main :: IO ()
main = do
  let a = 1 :| [2, 3 :: Int]
      b = 10 :| [20 :: Int]
  print (a == a, a == b, a /= b, compare a b)
  print (a < b, max a b, min a b, compare (1 :| [2]) (1 :| [2, 0 :: Int]))
  print (show a, showsPrec 6 a "", showsPrec 5 a "", show (Just ('x' :| "yz")), show ((-1) :| [-2 :: Int]))
  print (fmap (* 2) a, (+ 1) <$> b, 'z' <$ a, pure 'p' :: NonEmpty Char)
  print ((,) <$> a <*> b, a <* b, a *> b, (+) <$> a <*> pure 100)
  print (a >>= \x -> x :| [x * 10], b >> a, do { x <- a; y <- b; return (x + y) })
  print (a <> b, sconcat (a :| [b, a]), stimes (3 :: Int) ('a' :| "b"))
  print (sum a, product b, length a, maximum b, minimum a)
  print (toList b, foldr (:) [] a, foldl' (-) 0 a, elem 2 a, null a)
  print (traverse (\x -> if x > 0 then Just x else Nothing) a, sequenceA (Just 1 :| [Just (2 :: Int)]), mapM (\x -> [x, -x]) b)
  print (fmap NE.toList (NE.nonEmpty [5 :: Int]), NE.fromList [1, 2 :: Int] <> NE.fromList [3])
  print (sconcat ("ab" :| ["cd", "ef"]), sconcat (Max 3 :| [Max (9 :: Int), Max 4]))
