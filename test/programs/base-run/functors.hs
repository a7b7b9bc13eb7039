-- Functor combinators as library code stacks them: Identity, Const,
-- Compose, Product, Sum with their Eq/Ord/Show/Read (through
-- Data.Functor.Classes), Functor/Applicative/Alternative/Monad,
-- Foldable/Traversable, and the Eq1/Ord1/Show1 liftings of base types.
import Control.Applicative
import Data.Functor.Classes
import Data.Functor.Compose
import Data.Functor.Const
import Data.Functor.Identity
import qualified Data.Functor.Product as P
import qualified Data.Functor.Sum as S
import Data.Foldable (toList)
import Data.Traversable (mapAccumL)
import Data.Proxy

type CL = Compose [] Maybe

main :: IO ()
main = do
  let c1 = Compose [Just 1, Nothing, Just (3 :: Int)] :: CL Int
      c2 = Compose [Just 10, Just (20 :: Int)] :: CL Int
  print (c1, fmap (* 2) c1, (+) <$> c1 <*> c2, pure 7 :: CL Int, c1 == c1, c1 < c2, compare c2 c1, liftA2 (,) c2 c2)
  print (sum c1, length c1, toList c2, maximum c2, elem 3 c1, foldr (:) [] c1, null (Compose [] :: CL Int))
  print (traverse (\x -> if x > 0 then Right x else Left x) c1, sequenceA (Compose [Just [1, 2 :: Int]]), mapAccumL (\a x -> (a + x, a)) 0 c2)
  print (c1 <|> c2, empty :: CL Int, showsPrec 11 c2 "", read "Compose [Just 1,Nothing]" :: CL Int)
  print (Compose (Just [1, 2 :: Int]) *> Compose (Just "ab"), Compose (Just [1 :: Int]) <* Compose (Just "xy"), 'z' <$ c2)
  let i1 = Identity (5 :: Int)
  print (i1, fmap succ i1, i1 >>= \x -> Identity (x * 3), runIdentity (traverse Identity [1, 2 :: Int]), i1 == 5, compare i1 (Identity 6), read "Identity 4" :: Identity Int, showsPrec 11 i1 "")
  print (sum i1, product i1, length i1, maximum i1, toList i1, foldr (-) 1 i1, liftA2 (+) i1 i1, i1 <* Identity (), Identity (+ 1) <*> i1, i1 + 1, i1 * 2, negate i1, abs (Identity (-3 :: Int)))
  print (Identity 2.5 / (2 :: Identity Double), sqrt (Identity (16 :: Double)), fromIntegral (Identity (3 :: Int)) :: Double, Identity 'a' < Identity 'b', minBound :: Identity Bool, [Identity 1 .. Identity (3 :: Int)])
  let k1 = Const "ab" :: Const String Int
  print (k1, fmap (+ 1) k1, Const "x" <*> Const "y" :: Const String Int, pure 3 :: Const String Int, length k1, sum k1, toList k1, traverse Just k1, k1 == k1, compare k1 (Const "b"), showsPrec 11 k1 "", read "Const \"q\"" :: Const String Int)
  print (getConst (traverse (\x -> Const [x]) [1, 2, 3 :: Int]), Const (Sum' 2) <> Const (Sum' 3), mempty :: Const String Int)
  let p1 = P.Pair [1, 2] (Just 3) :: P.Product [] Maybe Int
      p2 = P.Pair [4] Nothing :: P.Product [] Maybe Int
  print (p1, fmap negate p1, p1 == p2, compare p1 p2, sum p1, toList p1, length p1, traverse (\x -> [x, x * 10]) (P.Pair (Identity 1) (Identity (2 :: Int))), pure 'q' :: P.Product Maybe [] Char)
  print (P.Pair [(+ 1)] (Just (* 2)) <*> p1, p1 <|> p2, empty :: P.Product [] Maybe Int, p1 >>= \x -> P.Pair [x, x] (Just x), read "Pair [1] (Just 2)" :: P.Product [] Maybe Int, showsPrec 11 p2 "")
  let s1 = S.InL (Just 'a') :: S.Sum Maybe [] Char
      s2 = S.InR "bc" :: S.Sum Maybe [] Char
  print (s1, s2, fmap succ s2, s1 == s2, compare s1 s2, compare s2 s1, toList s2, length s1, traverse (\c -> [c, succ c]) s1, read "InR \"x\"" :: S.Sum Maybe [] Char, showsPrec 11 s1 "", max s1 s2)
  print (liftEq (==) [1, 2] [1, 2 :: Int], liftCompare compare (Just 1) (Just (2 :: Int)), eq1 (Just 'a') (Just 'a'), compare1 [1] [1, 2 :: Int], liftEq (==) (Left 1 :: Either Int Int) (Left 1), liftCompare compare (Right 'a' :: Either () Char) (Left ()))
  print (eq2 (Left 1 :: Either Int Char) (Left 1), compare2 (1 :: Int, 'a') (1, 'b'), liftEq2 (==) (==) (1 :: Int, 'x') (1, 'x'), eq1 (Identity 3) (Identity (3 :: Int)), compare1 (Const 1 :: Const Int ()) (Const 2), eq1 (Proxy :: Proxy Int) Proxy)
  print (showsPrec1 11 (Just (3 :: Int)) "", showsPrec1 0 [1, 2 :: Int] "", showsPrec2 11 (Left 5 :: Either Int Bool) "", showsPrec1 11 (Identity 'c') "", showsPrec1 11 ('k', True) "", showsPrec1 11 (Const 1 :: Const Int ()) "")
  print (fst (head (readsPrec1 0 "Just 5" :: [(Maybe Int, String)])), fst (head (readsPrec1 0 "[1,2]" :: [([Int], String)])), fst (head (readsPrec2 0 "Right 'x'" :: [(Either Int Char, String)])), fst (head (readsPrec1 0 "Identity 9" :: [(Identity Int, String)])))
  print (fst (head (readsPrec2 0 "(1,'a')" :: [((Int, Char), String)])), fst (head (readsPrec1 0 "Proxy" :: [(Proxy Int, String)])), liftEq (==) ('a' , 1 :: Int) ('a', 1), liftCompare compare ("x", 'b') ("x", 'a'))
  print (Just 1 <|> Nothing <|> Just (2 :: Int), some (Nothing :: Maybe Int), many (Nothing :: Maybe Int), optional [1, 2 :: Int], getZipList (ZipList [(+ 1), (* 2)] <*> ZipList [10, 20 :: Int]), getZipList (liftA3 (,,) (ZipList "ab") (ZipList [1, 2 :: Int]) (ZipList [True])))
  print (ZipList [1, 2 :: Int], fmap (+ 1) (ZipList [1 :: Int]), sum (ZipList [1, 2, 3 :: Int]), traverse Just (ZipList "ab"), ZipList "a" <|> ZipList "bc", unwrapMonad (WrapMonad (Just 1) <|> WrapMonad Nothing :: WrappedMonad Maybe Int))
  where
    _unused = ()

newtype Sum' = Sum' Int deriving Show
instance Semigroup Sum' where Sum' a <> Sum' b = Sum' (a + b)
instance Monoid Sum' where mempty = Sum' 0
