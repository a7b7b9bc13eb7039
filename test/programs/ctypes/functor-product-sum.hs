import Data.Functor.Product
import Data.Functor.Sum
import Data.Functor.Identity
import Data.Functor.Classes
import Control.Exception
import Data.Foldable (foldl', foldr', toList)

t :: Show a => a -> IO ()
t x = do { r <- try (evaluate x); case r of { Left e -> putStrLn ("exception: " ++ show (e :: SomeException)); Right v -> print v } }

type PMI = Product Maybe [] Int
type SMI = Sum Maybe [] Int

main :: IO ()
main = do
  let p = Pair (Just 1) [2, 3] :: PMI
      q = Pair Nothing [4] :: PMI
  print p
  print (showsPrec 11 p "", show [p, q], Pair (Identity 'x') (Just 'y'))
  print (p == p, p == q, p /= q, compare p q)
  print (compare q p, p < q, max p q, min p q)
  print (fmap (* 10) p, 0 <$ q, sum p, product p, length q)
  print (foldr (:) [] p, maximum p, elem 3 p, null (Pair Nothing [] :: PMI))
  print (traverse (\x -> if x > 0 then Just (x + 1) else Nothing) p, sequenceA (Pair (Just [1, 2]) [[3], [4, 5 :: Int]]))
  print (pure 5 :: Product Maybe [] Int, Pair (Just (+ 1)) [(* 2), (* 3)] <*> Pair (Just 10) [1, 2 :: Int], Pair (Just 1) [1, 2] >>= (\x -> Pair (Just (x * 7)) [x, x + 100]) :: PMI)
  let l = InL (Just 3) :: SMI
      r = InR [4, 5] :: SMI
  print (l, r, showsPrec 11 l "", [l, r])
  print (l == l, l == r, compare l r, compare r l, compare (InR [1]) r, l < r, max l r)
  print (fmap (+ 1) l, fmap (+ 1) r, sum r, length l, foldr (:) [] r, traverse (\x -> [x, x * 10]) l, traverse Just r)
  print (eq1 p p, compare1 l r, showsPrec1 11 (InL (Just 'c') :: Sum Maybe [] Char) "", liftEq (==) (Pair [1] [2]) (Pair [1] [2 :: Int]))
  let pd = Pair [1.5, 2.5] (Just 4) :: Product [] Maybe Double
  print (foldr1 (-) pd, foldl1 (-) pd, foldl' (+) 0 pd, foldr' (:) [] pd)
  print (maximum pd, minimum pd, sum pd, product pd)
  print (elem 4 pd, notElem 9 pd, length pd, null pd, toList pd, foldMap show pd, compare (Pair [1] (Just 2)) (Pair [1] (Just (3 :: Int))))
  print (foldr1 max (InR (Just 'x') :: Sum [] Maybe Char), foldl1 min (InL "hello" :: Sum [] Maybe Char), elem 'l' (InL "hello" :: Sum [] Maybe Char), sum (InL [1, 2, 3] :: Sum [] Maybe Int))
  t (foldr1 (+) (Pair [] Nothing :: Product [] Maybe Int))
  t (foldl1 (+) (Pair [] Nothing :: Product [] Maybe Int))
  t (maximum (Pair [] Nothing :: Product [] Maybe Int))
  t (minimum (InL [] :: Sum [] Maybe Int))
  t (foldr1 (+) (InR Nothing :: Sum [] Maybe Int))
