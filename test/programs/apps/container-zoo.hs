{-# OPTIONS_GHC -Wno-deprecations #-}
-- A statistics report over base's containers and wrappers, each held as
-- "some Foldable" / "some Traversable" / "some Semigroup" in a list, so the
-- instance dictionaries of Maybe, Either, pairs, NonEmpty, Identity, Const,
-- Proxy, Down, the Monoid/Semigroup newtypes, ZipList, Compose, Product,
-- Sum, Complex and Array are built and used as user code does.
{-# LANGUAGE ExistentialQuantification #-}
import Control.Applicative
import Data.Array (Array, listArray)
import Data.Complex
import Data.Foldable
import Data.Functor.Compose
import Data.Functor.Const
import Data.Functor.Identity
import qualified Data.Functor.Product as FP
import qualified Data.Functor.Sum as FS
import Data.List.NonEmpty (NonEmpty (..))
import Data.Monoid
import Data.Ord (Down (..), comparing)
import Data.Proxy
import qualified Data.Semigroup as S
import Data.Traversable

data Fold = forall t. Foldable t => Fold String (t Int)

data Trav = forall t. (Traversable t, Show (t Int), Show (t Bool)) => Trav String (t Int)

data Semi = forall a. (Semigroup a, Show a) => Semi String a a

data Mon = forall a. (Monoid a, Show a, Eq a, Ord a) => Mon String [a]

data App = forall f. (Applicative f, Show (f Int), Show (f (Int, Int))) => App String (f Int) (f Int)

stats :: Fold -> String
stats (Fold n t) =
  n ++ ": " ++ show (toList t, length t, null t, sum t, product t, elem 2 t, notElem 2 t, foldr (:) [] t, foldl (flip (:)) [] t)
    ++ " " ++ show (foldr' (+) 0 t, foldl' (-) 0 t, foldMap (\x -> [x * 10]) t, foldMap' Sum t, and (fmap' (> 0) t), or (fmap' (> 5) t), any even t, all odd t, concatMap show t, find (> 1) t)
    ++ (if null t then "" else " " ++ show (maximum t, minimum t, maximumBy (comparing negate) t, minimumBy (comparing negate) t, foldr1 (-) t, foldl1 (-) t))
    ++ " " ++ show (length (asum (map Just (toList t))), getFirst (foldMap (First . Just) t), getLast (foldMap (Last . Just) t))
  where fmap' f = map f . toList

travs :: Trav -> String
travs (Trav n t) =
  n ++ ": " ++ show (traverse (\x -> if x >= 0 then Just (x + 1) else Nothing) t, sequenceA (fmap (\x -> [x, -x]) t), fmap (> 1) t, mapAccumL (\a x -> (a + x, a * x)) 1 t, mapAccumR (\a x -> (a + x, a * x)) 1 t)
    ++ " " ++ show (runIdentity (traverse (Identity . (* 3)) t), getConst (traverse (\x -> Const [x]) t), fmap length (sequence (fmap (\x -> Right x :: Either String Int) t)), length (for t (\x -> [x, x])), ((3 :: Int) <$ t))

semis :: Semi -> String
semis (Semi n a b) = n ++ ": " ++ show (a <> b, S.sconcat (a :| [b, a]), S.stimes (3 :: Int) a, S.stimes (1 :: Integer) b)

mons :: Mon -> String
mons (Mon n xs) = n ++ ": " ++ show (mconcat xs, mempty `asTypeOf` head xs, foldMap id xs, mappend (head xs) (last xs), maximum xs, minimum xs, head xs == last xs, compare (head xs) (last xs))

apps :: App -> String
apps (App n a b) = n ++ ": " ++ show (liftA2 (+) a b, (,) <$> a <*> b, a *> b, a <* b, pure 9 `asTypeOf` a, fmap negate a, (5 :: Int) <$ b)

main :: IO ()
main = do
  mapM_ (putStrLn . stats)
    [ Fold "Maybe" (Just 3), Fold "Nothing" (Nothing :: Maybe Int), Fold "Either" (Right 4 :: Either String Int), Fold "Left" (Left 'x' :: Either Char Int),
      Fold "pair" ("tag", 5), Fold "NonEmpty" (1 :| [2, 3, 4]), Fold "Identity" (Identity 6), Fold "Const" (Const "c" :: Const String Int),
      Fold "Proxy" (Proxy :: Proxy Int), Fold "Down" (Down 7), Fold "Dual" (Dual 8), Fold "Sum" (Sum 9), Fold "Product" (Product 10),
      Fold "First" (First (Just 11)), Fold "Last" (Last Nothing), Fold "S.Min" (S.Min 12), Fold "S.Max" (S.Max 13), Fold "S.First" (S.First 14), Fold "S.Last" (S.Last 15),
      Fold "ZipList" (ZipList [1, 2, 3]), Fold "Product" (FP.Pair [1, 2] (Just 3)), Fold "InL" (FS.InL (Just 4) :: FS.Sum Maybe [] Int),
      Fold "InR" (FS.InR [5, 6] :: FS.Sum Maybe [] Int), Fold "Complex" (3 :+ 4), Fold "Array" (listArray (0, 3) [4, 3, 2, 1] :: Array Int Int),
      Fold "S.Option" (S.Option (Just 16)), Fold "Arg" (S.Arg "k" 17 :: S.Arg String Int)
    ]
  mapM_ (putStrLn . travs)
    [ Trav "Maybe" (Just 3), Trav "Either" (Right 4 :: Either String Int), Trav "pair" ('p', 5), Trav "NonEmpty" (1 :| [2, -3]), Trav "Identity" (Identity 6),
      Trav "Const" (Const "c" :: Const String Int), Trav "Proxy" (Proxy :: Proxy Int), Trav "Down" (Down 7), Trav "Dual" (Dual 8), Trav "Sum" (Sum 9), Trav "Product" (Product 10),
      Trav "First" (First (Just 11)), Trav "Last" (Last (Just 1)), Trav "S.Min" (S.Min 12), Trav "S.Max" (S.Max 13), Trav "S.First" (S.First 14), Trav "S.Last" (S.Last 15),
      Trav "ZipList" (ZipList [1, 2, 3]), Trav "FProduct" (FP.Pair [1, 2] (Just 3)), Trav "InL" (FS.InL (Just 4) :: FS.Sum Maybe [] Int),
      Trav "Complex" (3 :+ 4), Trav "Array" (listArray (0, 2) [4, 3, 2] :: Array Int Int), Trav "S.Option" (S.Option (Just 1)), Trav "Arg" (S.Arg 'a' 2 :: S.Arg Char Int)
    ]
  mapM_ (putStrLn . semis)
    [ Semi "Sum" (Sum 2) (Sum 3 :: Sum Int), Semi "Product" (Product 2) (Product 5 :: Product Integer), Semi "Min" (S.Min 'q') (S.Min 'c'), Semi "Max" (S.Max 1.5) (S.Max (2.5 :: Double)),
      Semi "S.First" (S.First 'a') (S.First 'b'), Semi "S.Last" (S.Last 'a') (S.Last 'b'), Semi "First" (First Nothing) (First (Just 'f')), Semi "Last" (Last (Just 'l')) (Last Nothing),
      Semi "Dual" (Dual "ab") (Dual "cd"), Semi "Any" (Any False) (Any True), Semi "All" (All True) (All False), Semi "Endo-free list" [1, 2 :: Int] [3], Semi "Maybe" (Just [1 :: Int]) Nothing,
      Semi "Either" (Left 1 :: Either Int Char) (Right 'r'), Semi "Ordering" LT GT, Semi "unit" () (), Semi "pair" ("a", Sum (1 :: Int)) ("b", Sum 2), Semi "triple" ("x", [()], Any True) ("y", [], Any False),
      Semi "NonEmpty" ('a' :| "b") ('c' :| ""), Semi "Identity" (Identity "i") (Identity "j"), Semi "Const" (Const "k" :: Const String Int) (Const "l"), Semi "Proxy" (Proxy :: Proxy ()) Proxy,
      Semi "Down" (Down [1 :: Int]) (Down [2]), Semi "Option" (S.Option (Just (Sum (1 :: Int)))) (S.Option Nothing), Semi "Alt" (Alt Nothing) (Alt (Just 'z')), Semi "Ap" (Ap (Just "p")) (Ap (Just "q")),
      Semi "WrappedMonoid" (S.WrapMonoid "w") (S.WrapMonoid "m"), Semi "4-tuple" ("a", "b", "c", "d") ("e", "f", "g", "h"),
      Semi "5-tuple" ("a", "b", "c", "d", "e") ("f", "g", "h", "i", "j"), Semi "IO-free function" (Sum (3 :: Int)) (Sum 4)
    ]
  mapM_ (putStrLn . mons)
    [ Mon "Sum" [Sum 1, Sum (2 :: Int)], Mon "Product" [Product 3, Product (4 :: Int)], Mon "Any" [Any False, Any True], Mon "All" [All True, All True], Mon "First" [First (Just 1), First (Just (2 :: Int))],
      Mon "Last" [Last (Just 'a'), Last Nothing], Mon "Dual" [Dual "x", Dual "y"], Mon "Maybe" [Just "m", Nothing], Mon "Ordering" [EQ, LT, GT], Mon "unit" [(), ()], Mon "pair" [("a", [1 :: Int]), ("b", [])],
      Mon "Identity" [Identity "i", Identity "d"], Mon "Const" [Const "c" :: Const String (), Const "d"], Mon "Down" [Down "a", Down "b"], Mon "Option" [S.Option (Just (S.Max 'a')), S.Option (Just (S.Max 'z'))],
      Mon "Max-bounded" [S.Max (3 :: Int), S.Max 9], Mon "Min-bounded" [S.Min 'x', S.Min 'b'], Mon "Alt" [Alt [1 :: Int], Alt [2]], Mon "Ap" [Ap (Just [1 :: Int]), Ap (Just [2])], Mon "triple" [("a", "b", "c"), ("d", "e", "f")]
    ]
  mapM_ (putStrLn . apps)
    [ App "Maybe" (Just 1) (Just 2), App "Either" (Right 1 :: Either String Int) (Left "no"), App "pair" ("a", 1) ("b", 2), App "NonEmpty" (1 :| [2]) (3 :| []), App "Identity" (Identity 1) (Identity 2),
      App "Const" (Const "x" :: Const String Int) (Const "y"), App "Proxy" Proxy Proxy, App "Down" (Down 1) (Down 2), App "Dual" (Dual 1) (Dual 2), App "Sum" (Sum 1) (Sum 2), App "Product" (Product 3) (Product 4),
      App "First" (First (Just 1)) (First Nothing), App "S.Min" (S.Min 1) (S.Min 2), App "S.Max" (S.Max 1) (S.Max 2), App "S.First" (S.First 1) (S.First 2), App "S.Last" (S.Last 1) (S.Last 2),
      App "Compose" (Compose [Just 1, Nothing]) (Compose [Just 2]), App "FProduct" (FP.Pair [1] (Just 2)) (FP.Pair [3, 4] (Just 5)), App "Complex" (1 :+ 2) (3 :+ 4),
      App "Alt" (Alt [1]) (Alt [2]), App "Ap" (Ap (Just 1)) (Ap (Just 2)), App "Option" (S.Option (Just 1)) (S.Option Nothing)
    ]
  print (take 5 (S.cycle1 [1 :: Int, 2]), S.diff (Sum 3 :: Sum Int) `appEndo` Sum 4, S.mtimesDefault (3 :: Int) "ab", getAll (foldMap (All . even) [2, 4 :: Int]), appEndo (foldMap Endo [(+ 1), (* 2)]) (5 :: Int), S.option 0 S.getMax (S.Option (Just (S.Max (3 :: Int)))))
  print (Down 3 < Down (4 :: Int), getDown (max (Down 'a') (Down 'b')), compare (S.Arg 1 'z') (S.Arg (1 :: Int) 'a'), S.Arg 2 'x' == S.Arg (2 :: Int) 'y', minimum [S.Arg 3 'c', S.Arg (1 :: Int) 'a'], fmap succ (S.Arg 'k' 'v'), (S.Min 3 :: S.Min Int) < S.Min 4, [minBound, maxBound] :: [S.Min Bool])
  print (succ (S.Max 'a'), pred (S.Min (3 :: Int)), [S.First 1 .. S.First (3 :: Int)], toEnum 66 :: S.Last Char, fromEnum (S.WrapMonoid 'c') `seq` (), S.Min 2.5 + S.Min (1 :: Double), negate (S.Max (3 :: Int)), abs (Sum (-2 :: Int)), Product 3 * Product (4 :: Int), signum (Down (-5 :: Int)), fromInteger 3 :: Identity Int)
