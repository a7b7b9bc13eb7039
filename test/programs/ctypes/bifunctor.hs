import Data.Bifunctor
import Data.Bifoldable
import Data.Bitraversable
import Data.Functor.Const
import Data.Monoid

main :: IO ()
main = do
  print (bimap (+ 1) show (1 :: Int, 2 :: Int), first negate (3 :: Int, 'x'), second length ('y', "abc"))
  print (bimap (+ 1) not (Left 4 :: Either Int Bool), bimap (+ 1) not (Right True :: Either Int Bool), first show (Right 'c' :: Either Int Char), second show (Left 'c' :: Either Char Int))
  print (bimap (* 2) (+ 1) ('a', 1 :: Int, 2 :: Int), first succ ('a', 'b', 'c', 'd'), second pred (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int))
  print (bimap show show (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int, 6 :: Int), first (: []) ('a', 'b', 'c', 'd', 'e', 'f', 'g'))
  print (getConst (bimap (+ 1) not (Const 5 :: Const Int Bool)), getConst (first show (Const 5 :: Const Int Bool)), getConst (second not (Const 'k' :: Const Char Bool)))
  print (fst (bimap (+ (1 :: Int)) (undefined :: Int -> Int) (2, 3)), case first (+ (1 :: Int)) (undefined :: (Int, Int)) of (_, _) -> "lazy")
  print (bifoldMap show show (1 :: Int, True), bifoldr (:) (:) [] ('a', 'b'), bifoldl (flip (:)) (flip (:)) [] ('a', 'b'), bifold ("ab", "cd"))
  print (bifoldMap show show (Left 3 :: Either Int Bool), bifoldr (+) (*) 10 (Right 3 :: Either Int Int), bifoldl (-) (-) 100 (Left 7 :: Either Int Int))
  print (biList (1 :: Int, 2), biList ('x', 'y', 'z'), biList (Left 'q' :: Either Char Char), biList (Const 'c' :: Const Char Char))
  print (binull (1 :: Int, 2 :: Int), bilength ((), 'a', 'b'), bielem 3 (3 :: Int, 4), binotElem 'z' ('x', 'y'), bisum (3 :: Int, 4), biproduct (Right 6 :: Either Int Int))
  print (biand (True, False), bior (Left True :: Either Bool Bool), biany even odd (2 :: Int, 4 :: Int), biall even odd (2 :: Int, 4 :: Int))
  print (biconcat ([1, 2], [3 :: Int]), biconcatMap show (replicate 2) (7 :: Int, 'x'), bifind (> 3) (2 :: Int, 5), bifind (> 9) (Left 2 :: Either Int Int))
  print (bimaximum (3 :: Int, 9), biminimum ('q', 'b'), bimaximumBy (\a b -> compare (snd a) (snd b)) ((1 :: Int, 'a'), (2, 'a')), biminimumBy compare (Right 3 :: Either Int Int))
  print (bifoldr1 (-) (10 :: Int, 3), bifoldl1 (-) (10 :: Int, 3), bifoldr' (+) (+) 0 (1 :: Int, 2), bifoldl' (flip (:)) (flip (:)) [] ('a', 'b'))
  r1 <- bifoldrM (\a acc -> print a >> return (acc + a)) (\b acc -> print b >> return (acc * b)) 1 (2 :: Int, 3 :: Int)
  r2 <- bifoldlM (\acc a -> print a >> return (acc + a)) (\acc b -> print b >> return (acc * b)) 1 (2 :: Int, 3 :: Int)
  print (r1, r2)
  bitraverse_ print print ('a', True)
  bifor_ (Left 1 :: Either Int Char) print print
  bimapM_ print print ((), "x", 'y')
  bisequence_ (putStrLn "first", putStrLn "second")
  print (biasum (Nothing, Just 3 :: Maybe Int), bimsum ([1, 2], [3 :: Int]), bisequenceA_ (Just 1 :: Maybe Int, Nothing :: Maybe Int))
  r3 <- bitraverse (\a -> print a >> return (a + 1)) (\b -> print b >> return (not b)) (1 :: Int, True)
  print r3
  print (bitraverse (\a -> [a, a + 1]) (\b -> [b]) (1 :: Int, 'c'), bitraverse Just (const Nothing :: Int -> Maybe Int) (Left 'x' :: Either Char Int))
  print (bisequenceA (Just 'a', Just 'b'), bisequence ([1, 2 :: Int], "xy"), bimapM (Just . show) Just (Right 'r' :: Either Int Char))
  print (bifor ('a', 'b', 'c') (: "1") (: "2"), biforM (Const "k" :: Const String Int) Just Just)
  print (bimapAccumL (\s a -> (s + a, show a)) (\s b -> (s * b, b)) (0 :: Int) (3 :: Int, 4 :: Int), bimapAccumR (\s a -> (s + a, show a)) (\s b -> (s * b, b)) (1 :: Int) (3 :: Int, 4 :: Int))
  print (bimapDefault (+ 1) not (1 :: Int, True), bifoldMapDefault show (: []) (Left 12 :: Either Int Char), getSum (bifoldMap Sum Sum (3 :: Int, 4)))
  print (bitraverse (\a -> [a, a]) (\b -> [b]) ('x', 1 :: Int, 'y'), bitraverse Just Just (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int), bitraverse (: []) (: []) ((), (), (), 'a', 'b'))
  print (bitraverse Just Just ('a', 'b', 'c', 'd', 'e', 'f'), bitraverse Just Just ('a', 'b', 'c', 'd', 'e', 'f', 'g'), bitraverse Just Just (Right 'r' :: Either Int Char))
  print (bimapAccumL (\s a -> (s ++ a, length s)) (\s b -> (s ++ b, b)) "" (Left "ab" :: Either String String), bimapAccumR (\s a -> (s ++ a, length s)) (\s b -> (s ++ b, b)) "x" ("ab", "cd"))
